/**
 * The outcome editor and the board's title form, as a person leaves them: Escape or Cancel closes
 * at once, and what was typed and not saved is said to be lost, with "Bring them back" (the draft
 * as it was, the caret where it was); a blank board's "Untitled board" is replaced by what is
 * typed; "1.000" is asked about as "1,000" is, and a saved 1.125 is not refused untouched.
 * Rendered under jsdom with a real (fake-indexeddb) database, as first-run.test.tsx.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../renderer/app/App';
import { blankBoard } from './blankBoard';
import { useBoardStore } from '../../renderer/store/boardStore';
import { boardInStore as board, leaveDraftTest } from './boardState';
import { useUiStore } from '../../renderer/store/uiStore';
import { isolate } from '../../shared/text';
import { setupUser } from './user';
import { serializeBoard } from '../../shared/format';
import type { BoardId } from '../../shared/model';
import { createSampleBoard } from '../../shared/sample';
import { loadBoard } from '../../renderer/db/boards';
import { importBoardText } from '../../renderer/share/importBoard';

afterEach(leaveDraftTest);


const outcomeNamed = (title: string) => {
  const found = board().outcomes.find((o) => o.title === title);
  if (!found) throw new Error(`no outcome ${title}`);
  return found;
};

// Typing key by key into a whole App under jsdom: past the 5 s default on a slow or busy machine.
const TYPING = { timeout: 20_000 };

const notices = () => screen.getByRole('region', { name: 'Notifications' });

/** The sample board, with the editor of `title` open. */
async function editOutcome(title: string) {
  const user = setupUser();
  render(<App />);
  const card = await screen.findByRole('region', { name: title });
  await user.click(within(card).getByRole('button', { name: `Actions for outcome ${title}` }));
  await user.click(within(card).getByRole('button', { name: 'Edit outcome' }));
  const editor = within(card).getByRole('form', { name: `Edit ${title}` });
  return { user, card, editor };
}

describe('the outcome editor\'s notes', TYPING, () => {
  it('Ctrl+Enter in Notes saves the outcome; Enter alone starts a line', async () => {
    const { user, card, editor } = await editOutcome('Write the proposal');
    await user.type(within(editor).getByRole('textbox', { name: 'Notes' }), 'By Friday{Enter}Ask Leo');
    expect(within(card).getByRole('form', { name: 'Edit Write the proposal' })).toBeDefined();
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(within(card).queryByRole('form')).toBeNull();
    expect(outcomeNamed('Write the proposal').notes).toBe('By Friday\nAsk Leo');
  });
});

describe('closing the outcome editor with changes not saved', TYPING, () => {
  it('Escape closes it at once, says the changes were not saved, and "Bring them back" reopens the draft with the caret in Notes', async () => {
    const { user, card, editor } = await editOutcome('Write the proposal');
    const before = outcomeNamed('Write the proposal');
    await user.type(within(editor).getByRole('textbox', { name: 'Metric (what is counted)' }), 'Proposals');
    await user.type(within(editor).getByRole('textbox', { name: 'Target' }), '6');
    await user.type(within(editor).getByRole('textbox', { name: 'Current value' }), '2');
    await user.type(within(editor).getByRole('textbox', { name: 'Notes' }), 'By Friday');
    // Two characters back from the end, as someone fixing a word.
    await user.keyboard('{ArrowLeft}{ArrowLeft}{Escape}');
    expect(within(card).queryByRole('form')).toBeNull();
    expect(outcomeNamed('Write the proposal')).toBe(before);
    expect(within(notices()).getByText('Your changes to “Write the proposal” were not saved.')).toBeDefined();

    await user.click(within(notices()).getByRole('button', { name: 'Bring them back' }));
    const back = within(card).getByRole('form', { name: 'Edit Write the proposal' });
    expect(within(back).getByRole('textbox', { name: 'Metric (what is counted)' })).toHaveProperty('value', 'Proposals');
    expect(within(back).getByRole('textbox', { name: 'Target' })).toHaveProperty('value', '6');
    expect(within(back).getByRole('textbox', { name: 'Current value' })).toHaveProperty('value', '2');
    const notes = within(back).getByRole<HTMLTextAreaElement>('textbox', { name: 'Notes' });
    expect(notes).toHaveProperty('value', 'By Friday');
    expect(document.activeElement).toBe(notes);
    expect([notes.selectionStart, notes.selectionEnd]).toEqual([7, 7]);
    // The notice has done its work.
    expect(within(notices()).queryByText(/were not saved/u)).toBeNull();
    // Saved now, as if never closed.
    await user.click(within(back).getByRole('button', { name: 'Save' }));
    expect(outcomeNamed('Write the proposal')).toMatchObject({ metric: 'Proposals', target: 6, current: 2, notes: 'By Friday' });
  });

  it('Cancel does the same; brought back, the caret is in the first field changed', async () => {
    const { user, card, editor } = await editOutcome('Deals closed');
    await user.clear(within(editor).getByRole('textbox', { name: 'Period' }));
    await user.type(within(editor).getByRole('textbox', { name: 'Period' }), 'per month');
    await user.click(within(editor).getByRole('checkbox', { name: 'Revenue-critical' }));
    await user.click(within(editor).getByRole('button', { name: 'Cancel' }));
    expect(within(card).queryByRole('form')).toBeNull();
    expect(outcomeNamed('Deals closed')).toMatchObject({ period: 'per quarter', revenueCritical: true });
    await user.click(within(notices()).getByRole('button', { name: 'Bring them back' }));
    const back = within(card).getByRole('form', { name: 'Edit Deals closed' });
    expect(document.activeElement).toBe(within(back).getByRole('textbox', { name: 'Period' }));
    expect(within(back).getByRole('checkbox', { name: 'Revenue-critical' })).toHaveProperty('checked', false);
  });

  it('says nothing when nothing was changed, or when it was typed back as it was', async () => {
    const { user, card, editor } = await editOutcome('Deals closed');
    await user.keyboard('{Escape}');
    expect(within(card).queryByRole('form')).toBeNull();
    await user.click(within(card).getByRole('button', { name: 'Actions for outcome Deals closed' }));
    await user.click(within(card).getByRole('button', { name: 'Edit outcome' }));
    const again = within(card).getByRole('form', { name: 'Edit Deals closed' });
    const target = within(again).getByRole('textbox', { name: 'Target' });
    await user.clear(target);
    await user.type(target, '12');
    await user.click(within(again).getByRole('button', { name: 'Cancel' }));
    expect(editor.isConnected).toBe(false);
    expect(within(notices()).queryByText(/were not saved/u)).toBeNull();
  });

  it('names the outcome isolated, as the other notices do, and offers the way back only while the board is as it was', async () => {
    const user = setupUser();
    render(<App />);
    await screen.findByRole('region', { name: 'Deals closed' });
    const hebrew = 'תוכנית גיוס';
    act(() => {
      useBoardStore.getState().dispatch({ type: 'outcome/edit', outcomeId: outcomeNamed('Deals closed').id, patch: { title: hebrew } });
    });
    const card = await screen.findByRole('region', { name: hebrew });
    await user.click(within(card).getByRole('button', { name: `Actions for outcome ${hebrew}` }));
    await user.click(within(card).getByRole('button', { name: 'Edit outcome' }));
    await user.type(within(card).getByRole('textbox', { name: 'Unit' }), 's');
    await user.keyboard('{Escape}');
    expect(within(notices()).getByText(`Your changes to “${isolate(hebrew)}” were not saved.`)).toBeDefined();
    // Another change since: the draft was of the board before it, and Save would undo that change.
    act(() => {
      useBoardStore.getState().dispatch({ type: 'outcome/edit', outcomeId: outcomeNamed(hebrew).id, patch: { notes: 'Changed meanwhile' } });
    });
    expect(within(notices()).queryByRole('button', { name: 'Bring them back' })).toBeNull();
  });

  it('brought back from the people view, shows the board view with the editor open', async () => {
    const { user, card, editor } = await editOutcome('Deals closed');
    await user.type(within(editor).getByRole('textbox', { name: 'Unit' }), ' won');
    await user.keyboard('{Escape}');
    act(() => {
      useUiStore.getState().setView('people');
    });
    await user.click(within(notices()).getByRole('button', { name: 'Bring them back' }));
    expect(useUiStore.getState().view).toBe('board');
    expect(within(card).getByRole('textbox', { name: 'Unit' })).toHaveProperty('value', 'deals won');
  });
});

describe('an editor open while the board changes elsewhere (another window taken in, an undo)', TYPING, () => {
  const elsewhere = (title: string, notes: string) => {
    act(() => {
      useBoardStore.getState().dispatch({ type: 'outcome/edit', outcomeId: outcomeNamed(title).id, patch: { notes } });
    });
  };

  it('Escape with nothing typed says nothing: the change made elsewhere is not the person’s', async () => {
    const { user, card } = await editOutcome('Write the proposal');
    elsewhere('Write the proposal', 'From elsewhere');
    await user.keyboard('{Escape}');
    expect(within(card).queryByRole('form')).toBeNull();
    expect(within(notices()).queryByText(/were not saved/u)).toBeNull();
  });

  it('brought back and saved, writes what was typed, not the values the editor first opened with', async () => {
    const { user, card, editor } = await editOutcome('Write the proposal');
    await user.type(within(editor).getByRole('textbox', { name: 'Metric (what is counted)' }), 'Proposals');
    elsewhere('Write the proposal', 'From elsewhere');
    await user.keyboard('{Escape}');
    await user.click(within(notices()).getByRole('button', { name: 'Bring them back' }));
    await user.click(within(card).getByRole('button', { name: 'Save' }));
    expect(outcomeNamed('Write the proposal')).toMatchObject({ metric: 'Proposals', notes: 'From elsewhere' });
  });

  it('opened afresh, withdraws an older draft’s "Bring them back", which would replace what is typed now', async () => {
    const { user, card, editor } = await editOutcome('Write the proposal');
    await user.type(within(editor).getByRole('textbox', { name: 'Metric (what is counted)' }), 'Old');
    await user.keyboard('{Escape}');
    expect(within(notices()).getByRole('button', { name: 'Bring them back' })).toBeDefined();
    await user.click(within(card).getByRole('button', { name: 'Actions for outcome Write the proposal' }));
    await user.click(within(card).getByRole('button', { name: 'Edit outcome' }));
    expect(within(notices()).queryByRole('button', { name: 'Bring them back' })).toBeNull();
  });

  it('the title form saves only what was typed: a purpose changed meanwhile stays', async () => {
    const user = setupUser();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: /Edit title/u }));
    act(() => {
      useBoardStore.getState().dispatch({ type: 'board/edit', patch: { purpose: 'From elsewhere' } });
    });
    await user.type(screen.getByRole('textbox', { name: 'Title' }), ' 2');
    await user.keyboard('{Enter}');
    expect(board().purpose).toBe('From elsewhere');
    expect(board().title).toMatch(/ 2$/u);
  });
});

describe('leaving the board for the library with an editor open', TYPING, () => {
  it('says the outcome’s changes were not saved, and back on the board "Bring them back" reopens them', async () => {
    const { user, card, editor } = await editOutcome('Deals closed');
    await user.type(within(editor).getByRole('textbox', { name: 'Notes' }), 'Ask Leo');
    await user.click(screen.getByRole('button', { name: 'All boards' }));
    await screen.findByRole('heading', { level: 1, name: 'Your boards' });
    expect(card.isConnected).toBe(false);
    expect(outcomeNamed('Deals closed').notes).not.toContain('Ask Leo');
    // Said on the library, where the board is not shown: the way back waits for it.
    expect(await within(notices()).findByText('Your changes to “Deals closed” were not saved.')).toBeDefined();
    expect(within(notices()).queryByRole('button', { name: 'Bring them back' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Back to the open board' }));
    await user.click(await within(notices()).findByRole('button', { name: 'Bring them back' }));
    const back = within(screen.getByRole('region', { name: 'Deals closed' })).getByRole('form', { name: 'Edit Deals closed' });
    const notes = within(back).getByRole<HTMLTextAreaElement>('textbox', { name: 'Notes' });
    expect(notes.value).toMatch(/Ask Leo$/u);
    expect(document.activeElement).toBe(notes);
    await user.click(within(back).getByRole('button', { name: 'Save' }));
    expect(outcomeNamed('Deals closed').notes).toMatch(/Ask Leo$/u);
  });

  it('says the same of the board’s title and purpose; nothing when nothing was typed, or after Save', async () => {
    const user = setupUser();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Edit title and purpose' }));
    await user.click(screen.getByRole('button', { name: 'All boards' }));
    await screen.findByRole('heading', { level: 1, name: 'Your boards' });
    await user.click(screen.getByRole('button', { name: 'Back to the open board' }));
    await user.click(await screen.findByRole('button', { name: 'Edit title and purpose' }));
    await user.type(screen.getByRole('textbox', { name: 'Title' }), ' Q3');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.click(screen.getByRole('button', { name: 'All boards' }));
    await screen.findByRole('heading', { level: 1, name: 'Your boards' });
    expect(within(notices()).queryByText(/were not saved/u)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Back to the open board' }));
    await user.click(await screen.findByRole('button', { name: 'Edit title and purpose' }));
    await user.type(screen.getByRole('textbox', { name: /^Purpose/u }), ' and who decides');
    await user.click(screen.getByRole('button', { name: 'All boards' }));
    expect(await within(notices()).findByText('Your changes to the board’s title and purpose were not saved.')).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Back to the open board' }));
    await user.click(await within(notices()).findByRole('button', { name: 'Bring them back' }));
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: /^Purpose/u }).value).toMatch(/ and who decides$/u);
  });
});

describe('leaving the board for the library with a quick-add field typed in', TYPING, () => {
  // "Add an activity…", the new outcome's title and a new person's name and role were empty on the
  // way back, with no word of what was typed in them.
  it('keeps the typing in each, there again on the way back; what Enter added is not', async () => {
    const user = setupUser();
    render(<App />);
    const card = await screen.findByRole('region', { name: 'Deals closed' });
    const fields = () => ({
      activity: within(screen.getByRole('region', { name: 'Deals closed' })).getByRole<HTMLInputElement>('textbox', { name: 'Add activity to Deals closed' }),
      outcome: screen.getByRole<HTMLInputElement>('textbox', { name: 'New outcome title' }),
      name: screen.getByRole<HTMLInputElement>('textbox', { name: 'New person\'s name' }),
      role: screen.getByRole<HTMLInputElement>('textbox', { name: 'New person\'s role' }),
    });
    await user.type(fields().activity, 'Call the top ten');
    await user.type(fields().outcome, 'Churn below 2%');
    await user.type(fields().name, 'Ana Ruiz');
    await user.type(fields().role, 'CFO');
    await user.click(screen.getByRole('button', { name: 'All boards' }));
    await screen.findByRole('heading', { level: 1, name: 'Your boards' });
    expect(card.isConnected).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Back to the open board' }));
    await screen.findByRole('region', { name: 'Deals closed' });
    expect(Object.values(fields()).map((field) => field.value)).toEqual(['Call the top ten', 'Churn below 2%', 'Ana Ruiz', 'CFO']);
    // Added with Enter, or cleared: nothing comes back.
    await user.type(fields().activity, '{Enter}');
    await user.type(fields().name, '{Enter}');
    await user.clear(fields().outcome);
    await user.click(screen.getByRole('button', { name: 'All boards' }));
    await user.click(await screen.findByRole('button', { name: 'Back to the open board' }));
    await screen.findByRole('region', { name: 'Deals closed' });
    expect(Object.values(fields()).map((field) => field.value)).toEqual(['', '', '', '']);
    expect(board().activities.some((a) => a.title === 'Call the top ten')).toBe(true);
    expect(board().people.find((p) => p.name === 'Ana Ruiz')?.role).toBe('CFO');
  });
});

describe('another board opened (an import) with an editor open', TYPING, () => {
  // The title form stayed open over the imported board with the sample's typing, and its Save
  // renamed the imported board; the sample never got it.
  it('the editors close, say their typing was not saved, and offer no way back onto the other board', async () => {
    const { user, card, editor } = await editOutcome('Deals closed');
    const sample = board();
    await user.type(within(editor).getByRole('textbox', { name: 'Notes' }), ' Ask Leo');
    await user.click(screen.getByRole('button', { name: 'Edit title and purpose' }));
    await user.type(within(screen.getByRole('form', { name: 'Board title and purpose' })).getByRole('textbox', { name: 'Title' }), ' typed for the sample');
    const other = { ...createSampleBoard(), id: 'imported-board' as BoardId, title: 'Imported board' };
    await act(() => importBoardText('imported.ownership.json', serializeBoard(other, { appVersion: 'test', now: '2026-03-14T12:00:00.000Z' })));
    await screen.findByRole('heading', { level: 1, name: 'Imported board' });
    expect(card.isConnected).toBe(false);
    expect(screen.queryByRole('form', { name: 'Board title and purpose' })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Edit Deals closed' })).toBeNull();
    expect(await within(notices()).findByText('Your changes to the board’s title and purpose were not saved: another board was opened.')).toBeDefined();
    expect(within(notices()).getByText('Your changes to “Deals closed” were not saved: another board was opened.')).toBeDefined();
    expect(within(notices()).queryByRole('button', { name: 'Bring them back' })).toBeNull();
    expect(board().title).toBe('Imported board');
    expect(board().outcomes.find((o) => o.title === 'Deals closed')?.notes).not.toContain('Ask Leo');
    const kept = await loadBoard(sample.id);
    expect(kept?.title).toBe(sample.title);
  });
});

describe('numbers in the outcome editor', TYPING, () => {
  it('asks about "12.500" as about "1,000", with both readings written so they are read as meant', async () => {
    const { user, editor } = await editOutcome('Deals closed');
    const target = within(editor).getByRole('textbox', { name: 'Target' });
    await user.clear(target);
    await user.type(target, '12.500');
    await user.click(within(editor).getByRole('button', { name: 'Save' }));
    expect(within(editor).getByRole('alert').textContent).toBe('“12.500” could mean 12500 or 12.5: choose or type the one you mean.');
    expect(target.getAttribute('aria-invalid')).toBe('true');
    expect(outcomeNamed('Deals closed').target).toBe(12);
    // One and an eighth, which "1.125" would be asked about again, is offered as 1.1250.
    await user.clear(target);
    await user.type(target, '1.125');
    await user.click(within(editor).getByRole('button', { name: 'Save' }));
    expect(within(editor).getByRole('alert').textContent).toBe('“1.125” could mean 1125 or 1.1250: choose or type the one you mean.');
    const current = within(editor).getByRole('textbox', { name: 'Current value' });
    await user.clear(target);
    await user.type(target, '12.5');
    await user.clear(current);
    await user.type(current, '500.000');
    await user.click(within(editor).getByRole('button', { name: 'Save' }));
    expect(within(editor).getByRole('alert').textContent).toBe('“500.000” could mean 500000 or 500: choose or type the one you mean.');
    expect(current.getAttribute('aria-invalid')).toBe('true');
  });

  // A US facilitator types a target as it is written on a slide: these were "must be a number,
  // like 20 or 2.5", which did not say what was wrong with "$250,000".
  it('says what to type for "$250,000", "95%", "250k" and "$1.5M": the number alone or in full, the sign in Unit', async () => {
    const { user, editor } = await editOutcome('Deals closed');
    const field = (name: string) => within(editor).getByRole('textbox', { name });
    const saveWith = async (name: string, typed: string) => {
      await user.clear(field(name));
      await user.type(field(name), typed);
      await user.click(within(editor).getByRole('button', { name: 'Save' }));
      return within(editor).getByRole('alert').textContent;
    };
    await expect(saveWith('Target', '$250000')).resolves.toBe('“$250000”: type the number alone, 250000, and “$” in Unit.');
    // Its comma is asked about as ever: a thousand separator to some, a decimal mark to others.
    await expect(saveWith('Target', '$250,000')).resolves.toBe('“$250,000”: type the number alone, 250000 or 250 (the one you mean), and “$” in Unit.');
    await expect(saveWith('Target', '250k')).resolves.toBe('“250k”: type the number in full, 250000.');
    await expect(saveWith('Target', '$1.5M')).resolves.toBe('“$1.5M”: type the number in full, 1500000, and “$” in Unit.');
    await expect(saveWith('Target', '-€ 0.3k')).resolves.toBe('“-€ 0.3k”: type the number in full, -300, and “€” in Unit.');
    expect(field('Target').getAttribute('aria-invalid')).toBe('true');
    await user.clear(field('Target'));
    await user.type(field('Target'), '95');
    await user.clear(field('Unit'));
    await user.type(field('Unit'), '%');
    await expect(saveWith('Current value', '91 %')).resolves.toBe('“91 %”: type the number alone, 91 (Unit says “%” already).');
    expect(field('Current value').getAttribute('aria-invalid')).toBe('true');
    // Words are not a number with a sign: the field's own example, as before.
    await expect(saveWith('Current value', '$ lots')).resolves.toBe('The current value must be a number, like 14, or empty.');
    // The unit's words typed after the number (these were the field's own example too).
    await user.clear(field('Unit'));
    await user.type(field('Unit'), 'days');
    await expect(saveWith('Current value', '16 Days')).resolves.toBe('“16 Days”: type the number alone, 16 (Unit says “days” already).');
    await expect(saveWith('Current value', '16 weeks')).resolves.toBe('“16 weeks”: type the number alone, 16 (Unit says “days”).');
    await user.clear(field('Unit'));
    await expect(saveWith('Target', '3 deals signed')).resolves.toBe('“3 deals signed”: type the number alone, 3, and “deals signed” in Unit.');
    expect(within(editor).getAllByRole('button', { name: /^Use / }).map((button) => button.textContent)).toEqual(['Use 3 deals signed']);
    // A lone "m" may be metres, minutes or millions: not guessed.
    await expect(saveWith('Target', '1.1m')).resolves.toBe('The target must be a number, like 20 or 2.5.');
    await user.clear(field('Target'));
    await user.type(field('Target'), '95');
    await user.type(field('Unit'), '%');
    expect(outcomeNamed('Deals closed').target).toBe(12);
    await user.clear(field('Current value'));
    await user.type(field('Current value'), '91');
    await user.click(within(editor).getByRole('button', { name: 'Save' }));
    expect(outcomeNamed('Deals closed')).toMatchObject({ target: 95, unit: '%', current: 91 });
  });

  it('offers each reading of an amount it asks about as a button that saves it: "Use 1000", "Use $250 000" (the sign to Unit)', async () => {
    const { user, card, editor } = await editOutcome('Deals closed');
    const target = within(editor).getByRole('textbox', { name: 'Target' });
    await user.clear(target);
    await user.type(target, '1,000');
    await user.click(within(editor).getByRole('button', { name: 'Save' }));
    expect(within(editor).getByRole('alert').textContent).toBe('“1,000” could mean 1000 or 1: choose or type the one you mean.');
    expect(within(editor).getAllByRole('button', { name: /^Use / }).map((button) => button.textContent)).toEqual(['Use 1000', 'Use 1']);
    // Unit typed after the question is kept when a reading is chosen.
    await user.type(within(editor).getByRole('textbox', { name: 'Unit' }), ' signed');
    await user.click(within(editor).getByRole('button', { name: 'Use 1000' }));
    // Saved as if typed so: the editor closes, focus back on the menu it was opened from.
    await waitFor(() => {
      expect(within(card).queryByRole('form')).toBeNull();
    });
    expect(outcomeNamed('Deals closed')).toMatchObject({ target: 1000, unit: 'deals signed' });
    await waitFor(() => {
      expect(document.activeElement).toBe(within(card).getByRole('button', { name: 'Actions for outcome Deals closed' }));
    });
    // A price tag: the sign goes to an empty Unit, as the sentence says, and the button shows it so.
    await user.click(within(card).getByRole('button', { name: 'Actions for outcome Deals closed' }));
    await user.click(within(card).getByRole('button', { name: 'Edit outcome' }));
    const again = within(card).getByRole('form', { name: 'Edit Deals closed' });
    await user.clear(within(again).getByRole('textbox', { name: 'Unit' }));
    await user.clear(within(again).getByRole('textbox', { name: 'Target' }));
    await user.type(within(again).getByRole('textbox', { name: 'Target' }), '$250,000');
    await user.click(within(again).getByRole('button', { name: 'Save' }));
    expect(within(again).getAllByRole('button', { name: /^Use / }).map((button) => button.textContent)).toEqual(['Use $250\u202f000', 'Use $250']);
    await user.click(within(again).getByRole('button', { name: 'Use $250\u202f000' }));
    await waitFor(() => {
      expect(within(card).queryByRole('form')).toBeNull();
    });
    expect(outcomeNamed('Deals closed')).toMatchObject({ target: 250000, unit: '$' });
    // Words have no reading to offer.
    await user.click(within(card).getByRole('button', { name: 'Actions for outcome Deals closed' }));
    await user.click(within(card).getByRole('button', { name: 'Edit outcome' }));
    const third = within(card).getByRole('form', { name: 'Edit Deals closed' });
    await user.clear(within(third).getByRole('textbox', { name: 'Current value' }));
    await user.type(within(third).getByRole('textbox', { name: 'Current value' }), 'lots');
    await user.click(within(third).getByRole('button', { name: 'Save' }));
    expect(within(third).getByRole('alert').textContent).toBe('The current value must be a number, like 14, or empty.');
    expect(within(third).queryAllByRole('button', { name: /^Use / })).toEqual([]);
  });

  it('saves a number already on the outcome as it is, untouched, even where typed it would be asked about', async () => {
    const user = setupUser();
    render(<App />);
    await screen.findByRole('region', { name: 'Deals closed' });
    act(() => {
      // As a board file from before the question, or from a colleague, may hold it.
      useBoardStore.getState().dispatch({ type: 'outcome/edit', outcomeId: outcomeNamed('Deals closed').id, patch: { target: 1.125 } });
    });
    const card = screen.getByRole('region', { name: 'Deals closed' });
    await user.click(within(card).getByRole('button', { name: 'Actions for outcome Deals closed' }));
    await user.click(within(card).getByRole('button', { name: 'Edit outcome' }));
    expect(within(card).getByRole('textbox', { name: 'Target' })).toHaveProperty('value', '1.125');
    await user.type(within(card).getByRole('textbox', { name: 'Unit' }), ' won');
    await user.click(within(card).getByRole('button', { name: 'Save' }));
    expect(within(card).queryByRole('form')).toBeNull();
    expect(outcomeNamed('Deals closed')).toMatchObject({ target: 1.125, unit: 'deals won' });
  });
  // A stored 1e21 (saved before amounts were limited) and 1.5e-7 (from a file, or typed so) showed as
  // "1e+21" and "1.5e-7" in the editor, beside cards that write them in digits.
  it('shows a stored amount in digits, never "1e+21" or "1.5e-7", and saved untouched keeps it exactly', async () => {
    const user = setupUser();
    render(<App />);
    await screen.findByRole('region', { name: 'Deals closed' });
    const id = outcomeNamed('Deals closed').id;
    const tinyId = outcomeNamed('Write the proposal').id;
    act(() => {
      const stored = board();
      const amounts = (o: (typeof stored.outcomes)[number]) =>
        o.id === id ? { ...o, target: 1e21, current: 1.5e-7 } : o.id === tinyId ? { ...o, target: 1, current: 5e-324 } : o;
      // Past the editor's and the commands' limit, as a board saved before it holds them.
      useBoardStore.setState({ load: { status: 'ready', board: { ...stored, outcomes: stored.outcomes.map(amounts) } } });
    });
    const card = screen.getByRole('region', { name: 'Deals closed' });
    await user.click(within(card).getByRole('button', { name: 'Actions for outcome Deals closed' }));
    await user.click(within(card).getByRole('button', { name: 'Edit outcome' }));
    expect(within(card).getByRole('textbox', { name: 'Target' })).toHaveProperty('value', '1000000000000000000000');
    expect(within(card).getByRole('textbox', { name: 'Current value' })).toHaveProperty('value', '0.00000015');
    await user.type(within(card).getByRole('textbox', { name: 'Unit' }), ' won');
    await user.click(within(card).getByRole('button', { name: 'Save' }));
    expect(within(card).queryByRole('form')).toBeNull();
    expect(outcomeNamed('Deals closed')).toMatchObject({ target: 1e21, current: 1.5e-7, unit: 'deals won' });

    // 5e-324, 325 digits, is "0" in its field, as on its card; left alone, it stays as stored.
    const tiny = screen.getByRole('region', { name: 'Write the proposal' });
    await user.click(within(tiny).getByRole('button', { name: 'Actions for outcome Write the proposal' }));
    await user.click(within(tiny).getByRole('button', { name: 'Edit outcome' }));
    expect(within(tiny).getByRole('textbox', { name: 'Current value' })).toHaveProperty('value', '0');
    await user.click(within(tiny).getByRole('button', { name: 'Save' }));
    expect(within(tiny).queryByRole('form')).toBeNull();
    expect(outcomeNamed('Write the proposal').current).toBe(5e-324);
  });

  it('writes only the fields typed in: a value changed meanwhile (another window’s, taken in) in a field left alone stays', async () => {
    const { user, card, editor } = await editOutcome('Outbound pipeline');
    expect(within(editor).getByRole('textbox', { name: 'Current value' })).toHaveProperty('value', '14');
    act(() => {
      // As another window's save, taken in while this editor is open.
      useBoardStore.getState().dispatch({ type: 'outcome/edit', outcomeId: outcomeNamed('Outbound pipeline').id, patch: { current: 18 } });
    });
    await user.type(within(editor).getByRole('textbox', { name: 'Notes' }), 'Call Maya');
    await user.click(within(editor).getByRole('button', { name: 'Save' }));
    expect(within(card).queryByRole('form')).toBeNull();
    expect(outcomeNamed('Outbound pipeline')).toMatchObject({ current: 18, target: 20 });
    expect(outcomeNamed('Outbound pipeline').notes).toContain('Call Maya');
  });
});

describe('a Save the outcome editor refuses', TYPING, () => {
  // Focus stayed on Save, under the message, and the field marked invalid was Shift+Tabs away.
  it('takes focus to the field that is wrong, which the message describes: a target too large, a current value in words, a blank title', async () => {
    const { user, editor } = await editOutcome('Deals closed');
    const field = (name: string) => within(editor).getByRole('textbox', { name });
    const saveByKeyboard = async () => {
      within(editor).getByRole('button', { name: 'Save' }).focus();
      await user.keyboard('{Enter}');
    };
    await user.clear(field('Target'));
    await user.type(field('Target'), '1e308');
    await saveByKeyboard();
    expect(document.activeElement).toBe(field('Target'));
    expect(field('Target').getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(field('Target').getAttribute('aria-describedby') ?? '')).toBe(within(editor).getByRole('alert'));
    await user.clear(field('Target'));
    await user.type(field('Target'), '20');
    await user.clear(field('Current value'));
    await user.type(field('Current value'), 'lots');
    await saveByKeyboard();
    expect(within(editor).getByRole('alert').textContent).toBe('The current value must be a number, like 14, or empty.');
    expect(document.activeElement).toBe(field('Current value'));
    await user.clear(field('Current value'));
    // Refused by the board, not the editor: a title of spaces alone.
    await user.clear(field('Title'));
    await user.type(field('Title'), '   ');
    await saveByKeyboard();
    expect(within(editor).getByRole('alert').textContent).toBe('An outcome needs a title.');
    expect(document.activeElement).toBe(field('Title'));
    expect(outcomeNamed('Deals closed')).toMatchObject({ target: 12, current: 5 });
  });
});

describe('the board’s title and purpose form', TYPING, () => {
  it('on a blank board, opens with "Untitled board" selected, so what is typed replaces it', async () => {
    const user = await blankBoard();
    await user.click(screen.getByRole('button', { name: 'Edit title, add a purpose' }));
    await user.keyboard('Leadership workshop');
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveProperty('value', 'Leadership workshop');
  });

  it('with a real title, opens with the caret after it', async () => {
    const user = setupUser();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Edit title and purpose' }));
    const title = screen.getByRole('textbox', { name: 'Title' });
    expect(document.activeElement).toBe(title);
    await user.keyboard(' 2');
    expect(title).toHaveProperty('value', 'Revenue ownership workshop (sample) 2');
  });

  it('Escape says a purpose typed was not saved, and "Bring them back" reopens it with the caret where it was', async () => {
    const user = await blankBoard();
    await user.click(screen.getByRole('button', { name: 'Edit title, add a purpose' }));
    await user.keyboard('Leadership workshop');
    await user.type(screen.getByRole('textbox', { name: /^Purpose/u }), 'Who owns what');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('form', { name: 'Board title and purpose' })).toBeNull();
    expect(board()).toMatchObject({ title: 'Untitled board', purpose: '' });
    expect(within(notices()).getByText('Your changes to the board’s title and purpose were not saved.')).toBeDefined();
    await user.click(within(notices()).getByRole('button', { name: 'Bring them back' }));
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveProperty('value', 'Leadership workshop');
    const purpose = screen.getByRole('textbox', { name: /^Purpose/u });
    expect(purpose).toHaveProperty('value', 'Who owns what');
    expect(document.activeElement).toBe(purpose);
    expect(screen.getByRole('button', { name: 'Edit title, add a purpose' }).getAttribute('aria-expanded')).toBe('true');
    await user.keyboard(' this quarter');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(board()).toMatchObject({ title: 'Leadership workshop', purpose: 'Who owns what this quarter' });
  });

  // Enter in a text area starts a new line: the way to Save was Tab past it, or the mouse.
  it('Ctrl+Enter in the purpose saves the form, its lines as typed; Enter alone starts a line', async () => {
    const user = await blankBoard();
    await user.click(screen.getByRole('button', { name: 'Edit title, add a purpose' }));
    await user.keyboard('Leadership workshop');
    await user.type(screen.getByRole('textbox', { name: /^Purpose/u }), 'Who owns what{Enter}this quarter');
    expect(screen.getByRole('form', { name: 'Board title and purpose' })).toBeDefined();
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(screen.queryByRole('form', { name: 'Board title and purpose' })).toBeNull();
    expect(board()).toMatchObject({ title: 'Leadership workshop', purpose: 'Who owns what\nthis quarter' });
  });

  it('Cancel with nothing changed says nothing', async () => {
    const user = await blankBoard();
    await user.click(screen.getByRole('button', { name: 'Edit title, add a purpose' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => {
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit title, add a purpose' }));
    });
    expect(within(notices()).queryByText(/were not saved/u)).toBeNull();
  });
});
