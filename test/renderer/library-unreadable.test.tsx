/**
 * When the boards cannot be read — a storage the browser will not open (a private window, site
 * data turned off, Chromium's UnknownError), or one a newer version wrote — the app says that,
 * in words about reading, and the library shows only the reason: no "Boards (0) – No boards yet"
 * or "The trash is empty" telling a person their boards are gone, and no New board that can only
 * fail. Rendered by React under jsdom with a real (fake-indexeddb) database.
 */
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { App } from '../../renderer/app/App';
import { describeStorageError } from '../../renderer/db/boards';
import { closeDatabase, DATABASE_NAME, SCHEMA_VERSION } from '../../renderer/db/database';
import { LibraryScreen } from '../../renderer/library/LibraryScreen';
import { useBoardStore } from '../../renderer/store/boardStore';
import { useUiStore } from '../../renderer/store/uiStore';

const COULD_NOT_OPEN = /^Ownership Board could not open its storage on this computer, so boards can be neither read nor saved here\./u;

/** indexedDB.open answering with an error event, as a browser that refuses the storage does. */
function refuseToOpen(errorName: string): MockInstance {
  return vi.spyOn(indexedDB, 'open').mockImplementation(() => {
    const request = new EventTarget() as EventTarget & { onerror: ((event: Event) => void) | null; error: DOMException };
    request.onerror = null;
    request.error = new DOMException('Internal error opening backing store for indexedDB.open.', errorName);
    setTimeout(() => {
      const event = new Event('error', { cancelable: true });
      request.dispatchEvent(event);
      request.onerror?.(event);
    }, 0);
    return request as unknown as IDBOpenDBRequest;
  });
}

/** What the library shows besides the reason: sections, their empty text, the create buttons. */
function libraryContent() {
  return {
    sections: screen.queryAllByRole('heading', { level: 2 }).map((heading) => heading.textContent),
    emptyTexts: screen.queryAllByText(/^(No boards yet|The trash is empty)/u).length,
    create: screen.queryAllByRole('button', { name: /^New (board|copy of the sample)$/u }).length,
    search: screen.queryAllByRole('searchbox').length,
  };
}

beforeEach(() => {
  closeDatabase();
  useBoardStore.setState({ load: { status: 'loading' }, past: [], future: [], save: { status: 'saved' } });
  useUiStore.setState({ screen: 'board' });
});

afterEach(async () => {
  vi.restoreAllMocks();
  closeDatabase();
  await Dexie.delete(DATABASE_NAME);
});

describe('a storage the browser will not open', () => {
  it('at start-up says the storage could not be opened, not that something could not be saved', async () => {
    const refused = refuseToOpen('UnknownError');
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(<App />);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'The board could not be opened' })).toBeDefined();
    expect(alert.textContent).toMatch(/could not open its storage/u);
    expect(alert.textContent).not.toMatch(/could not be saved/u);

    await userEvent.click(screen.getByRole('button', { name: 'All boards' }));
    await screen.findByRole('heading', { level: 1, name: 'Your boards' });
    const reason = await screen.findByRole('alert');
    expect(within(reason).getByText(COULD_NOT_OPEN)).toBeDefined();
    expect(libraryContent()).toEqual({ sections: [], emptyTexts: 0, create: 0, search: 0 });

    // Allowed again (a normal window): Try again reads the library.
    refused.mockRestore();
    await userEvent.click(within(reason).getByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { level: 2, name: 'Boards (0)' });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(libraryContent().create).toBe(2);
    await vi.waitFor(() => {
      expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Search boards by title or purpose' }));
    });
  });

  it('says the same when opening it is refused outright (SecurityError)', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    useUiStore.setState({ screen: 'library' });
    render(<LibraryScreen />);
    expect((await screen.findByRole('alert')).textContent).toMatch(COULD_NOT_OPEN);
    expect(libraryContent()).toEqual({ sections: [], emptyTexts: 0, create: 0, search: 0 });
  });
});

describe('a storage written by a newer version', () => {
  it('the library keeps its message and shows no sections, no create buttons and no Try again', async () => {
    const newer = new Dexie(DATABASE_NAME);
    newer.version(SCHEMA_VERSION + 5).stores({ boards: 'id', extra: 'id' });
    await newer.open();
    newer.close();
    useUiStore.setState({ screen: 'library' });
    render(<LibraryScreen />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/newer version of Ownership Board\. Update the app to open them; nothing was changed\./u);
    expect(within(alert).queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(libraryContent()).toEqual({ sections: [], emptyTexts: 0, create: 0, search: 0 });
  });
});

describe('describeStorageError', () => {
  it('tells a failed read as a read', () => {
    const broken = Object.assign(new Error('broken record'), { name: 'DataError' });
    expect(describeStorageError(broken, 'reading')).toBe('Your boards could not be read from this computer’s storage; nothing was changed. Reload to try again.');
    expect(describeStorageError(broken)).toBe('The board could not be saved to this computer’s storage. Try again.');
    expect(describeStorageError({ name: 'MissingAPIError' }, 'reading')).toMatch(COULD_NOT_OPEN);
  });
});
