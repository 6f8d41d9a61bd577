/**
 * "Copy as template" in the library as a person meets it: rendered by React under jsdom with a real (fake-indexeddb) database, found by role and
 * name, the notice read as a screen reader hears it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { App } from '../../renderer/app/App';
import { loadBoard } from '../../renderer/db/boards';
import { listBoards } from '../../renderer/db/library';
import { closeDatabase, DATABASE_NAME } from '../../renderer/db/database';
import { useBoardStore } from '../../renderer/store/boardStore';
import { useUiStore } from '../../renderer/store/uiStore';
import { NO_AUTHORITY } from '../../shared/model';

const SAMPLE_TITLE = 'Revenue ownership workshop (sample)';
const TEMPLATE_TITLE = `${SAMPLE_TITLE} (template)`;

afterEach(async () => {
  useUiStore.getState().setScreen('board');
  closeDatabase();
  await Dexie.delete(DATABASE_NAME);
});

const notices = () => within(screen.getByRole('region', { name: 'Notifications' }));

async function toLibrary(): Promise<void> {
  await userEvent.click(screen.getByRole('button', { name: 'All boards' }));
}

describe('Copy as template', () => {
  it('makes a board of the outcomes and activities without the people, says what it left out, and hands focus to its Rename', async () => {
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: SAMPLE_TITLE });
    const original = useBoardStore.getState().load;
    if (original.status !== 'ready') throw new Error('not open');
    await toLibrary();
    const card = await screen.findByRole('article', { name: SAMPLE_TITLE });
    // Beside Duplicate, named like it by its visible words and the board.
    const buttons = within(card).getAllByRole('button').map((button) => button.textContent);
    expect(buttons.indexOf('Copy as template')).toBe(buttons.indexOf('Duplicate') + 1);
    await userEvent.click(within(card).getByRole('button', { name: `Copy as template ${SAMPLE_TITLE}` }));

    await notices().findByText(`Copied \u2068${SAMPLE_TITLE}\u2069 as a template: its outcomes and activities, without people, owners, authority, assignees, done ticks or current values.`);
    const template = await screen.findByRole('article', { name: TEMPLATE_TITLE });
    // "4 outcomes · 0 of 4 owned": the outcomes came, their owners did not.
    expect(within(template).getByText(/4 outcomes · 0 of 4 owned/u)).toBeDefined();
    await vi.waitFor(() => {
      expect(document.activeElement).toBe(within(template).getByRole('button', { name: `Rename ${TEMPLATE_TITLE}` }));
    });

    const id = (await listBoards()).find((board) => board.title === TEMPLATE_TITLE)?.id;
    if (id === undefined) throw new Error('no template stored');
    const stored = await loadBoard(id);
    expect(stored?.people).toEqual([]);
    expect(stored?.purpose).toBe(original.board.purpose);
    expect(stored?.outcomes.map((outcome) => [outcome.title, outcome.ownerId, outcome.authority, outcome.current])).toEqual(
      original.board.outcomes.map((outcome) => [outcome.title, null, NO_AUTHORITY, null]),
    );
    expect(stored?.activities.map((activity) => [activity.title, activity.assigneeIds, activity.done])).toEqual(
      original.board.activities.map((activity) => [activity.title, [], false]),
    );
    // The board it was made from is as it was.
    expect((await loadBoard(original.board.id))?.people).toHaveLength(original.board.people.length);
  });

  it('is there by keyboard: Tab from Duplicate, then Enter', async () => {
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: SAMPLE_TITLE });
    await toLibrary();
    const card = await screen.findByRole('article', { name: SAMPLE_TITLE });
    within(card).getByRole('button', { name: `Duplicate ${SAMPLE_TITLE}` }).focus();
    await userEvent.tab();
    expect(document.activeElement?.getAttribute('aria-label')).toBe(`Copy as template ${SAMPLE_TITLE}`);
    await userEvent.keyboard('{Enter}');
    const template = await screen.findByRole('article', { name: TEMPLATE_TITLE });
    await vi.waitFor(() => {
      expect(document.activeElement).toBe(within(template).getByRole('button', { name: `Rename ${TEMPLATE_TITLE}` }));
    });
  });

  // Made twice, two boards of one title: two cards alike in every word, and a screen reader's list
  // of buttons held two "Open … (template)".
  it('made twice, numbers the second, so no two cards read alike', async () => {
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: SAMPLE_TITLE });
    await toLibrary();
    const card = await screen.findByRole('article', { name: SAMPLE_TITLE });
    await userEvent.click(within(card).getByRole('button', { name: `Copy as template ${SAMPLE_TITLE}` }));
    await screen.findByRole('article', { name: TEMPLATE_TITLE });
    await userEvent.click(within(card).getByRole('button', { name: `Copy as template ${SAMPLE_TITLE}` }));
    const second = await screen.findByRole('article', { name: `${SAMPLE_TITLE} (template 2)` });
    await vi.waitFor(() => {
      expect(document.activeElement).toBe(within(second).getByRole('button', { name: `Rename ${SAMPLE_TITLE} (template 2)` }));
    });
    expect(screen.getAllByRole('article', { name: TEMPLATE_TITLE })).toHaveLength(1);
    expect((await listBoards()).map((board) => board.title).sort()).toEqual([SAMPLE_TITLE, TEMPLATE_TITLE, `${SAMPLE_TITLE} (template 2)`].sort());
  });
});
