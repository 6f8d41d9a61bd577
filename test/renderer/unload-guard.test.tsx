/**
 * Leaving the page while a change to the open board is not stored asks first, on every screen:
 * rendered by React under jsdom with a real (fake-indexeddb) database, a 'beforeunload' event is
 * cancelled (the browser's "Leave site?", the desktop app's retried close) while a write is on its
 * way — also on the library, right after renaming the open board — and after a save that failed,
 * whose change exists only on screen (a browser asks "Leave site?"; the desktop shell asks its own
 * question, electron/lifecycle.ts).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { App } from '../../renderer/app/App';
import { holdsUnload } from '../../renderer/app/unloadGuard';
import { closeDatabase, DATABASE_NAME } from '../../renderer/db/database';
import { setBridgeForTesting } from '../../renderer/platform/bridge';
import { useBoardStore } from '../../renderer/store/boardStore';
import { useUiStore } from '../../renderer/store/uiStore';
import { fakeBackupBridge } from './fake-backup-bridge';
import { SlowWorker, WORKER_DELAY_MS } from './slow-worker';
import { setupUser } from './user';

const SAMPLE_TITLE = 'Revenue ownership workshop (sample)';

afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  SlowWorker.delayMs = WORKER_DELAY_MS;
  setBridgeForTesting(null);
  useUiStore.getState().setScreen('board');
  closeDatabase();
  await Dexie.delete(DATABASE_NAME);
});

/** Whether the page holds a close or reload now. */
function leavingIsHeld(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

function fullDisk() {
  vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
}

async function failedSave(): Promise<void> {
  const { load } = useBoardStore.getState();
  if (load.status !== 'ready') throw new Error('not open');
  fullDisk();
  useBoardStore.getState().dispatch({ type: 'board/edit', patch: { purpose: 'Only on screen' } });
  await vi.waitFor(() => {
    expect(useBoardStore.getState().save.status).toBe('failed');
  });
}

describe('leaving with a change not stored', () => {
  it('on the library, right after renaming the open board, waits for the save', async () => {
    vi.stubGlobal('Worker', SlowWorker);
    SlowWorker.delayMs = 500;
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: SAMPLE_TITLE });
    expect(leavingIsHeld()).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: 'All boards' }));
    const card = await screen.findByRole('article', { name: SAMPLE_TITLE });
    await userEvent.click(within(card).getByRole('button', { name: `Rename ${SAMPLE_TITLE}` }));
    const input = within(card).getByRole('textbox', { name: `New title for ${SAMPLE_TITLE}` });
    await userEvent.clear(input);
    await userEvent.type(input, 'Q1 workshop{Enter}');
    await vi.waitFor(() => {
      expect(useBoardStore.getState().save.status).toBe('saving');
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Your boards' })).toBeDefined();
    expect(leavingIsHeld()).toBe(true);
    await vi.waitFor(() => {
      expect(useBoardStore.getState().save.status).toBe('saved');
    });
    // The field closes once the save has answered (a moment after "Saved", a promise later; under
    // load the check came between the two, with the typing still on the page and rightly held).
    await screen.findByRole('button', { name: 'Rename Q1 workshop' });
    expect(leavingIsHeld()).toBe(false);
  });

  it('after a new board is made while the last change of the board left is on its way, waits for that save', async () => {
    vi.stubGlobal('Worker', SlowWorker);
    SlowWorker.delayMs = 500;
    const user = setupUser();
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: SAMPLE_TITLE });
    await user.type(screen.getByRole('textbox', { name: 'New outcome title' }), 'Churn{Enter}');
    await vi.waitFor(() => {
      expect(useBoardStore.getState().save.status).toBe('saving');
    });
    await user.click(screen.getByRole('button', { name: 'All boards' }));
    await user.click(await screen.findByRole('button', { name: 'New board' }));
    // The new board is stored: its status is "Saved". The sample's change is still on its way.
    await screen.findByRole('heading', { level: 1, name: 'Untitled board' });
    expect(screen.getByRole('status', { name: 'Save status' }).textContent).toBe('Saved');
    expect(leavingIsHeld()).toBe(true);
    await vi.waitFor(() => {
      expect(leavingIsHeld()).toBe(false);
    });
  });

  it('after a failed save, in a browser, asks — on the board and on the library', async () => {
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: SAMPLE_TITLE });
    await failedSave();
    expect(leavingIsHeld()).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'All boards' }));
    await screen.findByRole('heading', { level: 1, name: 'Your boards' });
    expect(leavingIsHeld()).toBe(true);
    // Saved on Retry: nothing to ask any more.
    vi.restoreAllMocks();
    await useBoardStore.getState().retrySave();
    expect(useBoardStore.getState().save.status).toBe('saved');
    expect(leavingIsHeld()).toBe(false);
  });

  it('after a failed save, in the desktop app, holds its close too: the shell then asks (electron/lifecycle.ts)', async () => {
    setBridgeForTesting(fakeBackupBridge({ shell: 'desktop' }));
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: SAMPLE_TITLE });
    await failedSave();
    expect(leavingIsHeld()).toBe(true);
  });
});

describe('leaving with typing not saved in an open editor', () => {
  it('holds while the outcome editor’s Notes differ from what is saved, not when typed back or saved', async () => {
    const user = setupUser();
    render(<App />);
    const card = await screen.findByRole('region', { name: 'Deals closed' });
    await user.click(within(card).getByRole('button', { name: 'Actions for outcome Deals closed' }));
    await user.click(within(card).getByRole('button', { name: 'Edit outcome' }));
    // Open, nothing typed: nothing to ask.
    expect(leavingIsHeld()).toBe(false);
    const notes = within(card).getByRole('textbox', { name: 'Notes' });
    await user.type(notes, 'Ask Leo');
    // The board itself is stored: the toolbar says "Saved", and only the editor holds the typing.
    expect(useBoardStore.getState().save.status).toBe('saved');
    expect(holdsUnload(useBoardStore.getState().save)).toBe(true);
    expect(leavingIsHeld()).toBe(true);
    await user.type(notes, '{Backspace>7/}');
    expect(leavingIsHeld()).toBe(false);
    await user.type(notes, 'Ask Leo');
    await user.click(within(card).getByRole('button', { name: 'Save' }));
    await vi.waitFor(() => {
      expect(useBoardStore.getState().save.status).toBe('saved');
    });
    expect(leavingIsHeld()).toBe(false);
  });

  it('holds while the board’s title and purpose form, a person’s editor or a quick-add field holds typing', async () => {
    const user = setupUser();
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: SAMPLE_TITLE });
    await user.click(screen.getByRole('button', { name: 'Edit title and purpose' }));
    await user.type(screen.getByRole('textbox', { name: /^Purpose/u }), 'Who owns what');
    expect(leavingIsHeld()).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(leavingIsHeld()).toBe(false);
    const newOutcome = screen.getByRole('textbox', { name: 'New outcome title' });
    await user.type(newOutcome, 'Churn');
    expect(leavingIsHeld()).toBe(true);
    await user.clear(newOutcome);
    expect(leavingIsHeld()).toBe(false);
    await user.type(screen.getByRole('textbox', { name: 'New person\'s name' }), 'Sam');
    expect(leavingIsHeld()).toBe(true);
  });
});

describe('holdsUnload', () => {
  it('holds while saving and after a failure, nothing once saved', () => {
    expect(holdsUnload({ status: 'saved' })).toBe(false);
    expect(holdsUnload({ status: 'saving' })).toBe(true);
    expect(holdsUnload({ status: 'failed', message: 'Full' })).toBe(true);
    expect(holdsUnload({ status: 'failed', message: 'Changed elsewhere', conflict: true })).toBe(true);
  });
});
