/**
 * A first board, from blank, by keyboard: where focus goes when the screen changes, a blank
 * board's title and purpose set on the board, people added one after the other, the outcome
 * editor taking focus, and a menu that closes when Tab leaves it. Rendered under jsdom with a real
 * (fake-indexeddb) database, as App.test.tsx.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import Dexie from 'dexie';
import { App } from '../../renderer/app/App';
import { blankBoard } from './blankBoard';
import { closeDatabase, DATABASE_NAME } from '../../renderer/db/database';
import { useBoardStore } from '../../renderer/store/boardStore';
import { boardInStore as board } from './boardState';
import { useUiStore } from '../../renderer/store/uiStore';
import { setupUser } from './user';

afterEach(async () => {
  act(() => {
    useUiStore.getState().setScreen('board');
  });
  closeDatabase();
  await Dexie.delete(DATABASE_NAME);
});



describe('going between the library and a board', () => {
  it('hands focus to the new screen’s heading, not to the page', async () => {
    const user = setupUser();
    render(<App />);
    const sample = await screen.findByRole('heading', { level: 1, name: 'Revenue ownership workshop (sample)' });
    await user.click(screen.getByRole('button', { name: 'All boards' }));
    await waitFor(() => {
      expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Your boards' }));
    });
    await user.click(screen.getByRole('button', { name: 'Back to the open board' }));
    await waitFor(() => {
      expect(document.activeElement?.textContent).toBe(sample.textContent);
    });
    await user.click(screen.getByRole('button', { name: 'All boards' }));
    await user.click(await screen.findByRole('button', { name: 'New board' }));
    await waitFor(() => {
      expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Untitled board' }));
    });
  });
});

describe('a blank board’s title and purpose', () => {
  it('are set on the board, as one step to undo; an empty title is refused with a reason', async () => {
    const user = await blankBoard();
    const edit = screen.getByRole('button', { name: 'Edit title, add a purpose' });
    await user.click(edit);
    const title = screen.getByRole('textbox', { name: 'Title' });
    expect(document.activeElement).toBe(title);
    await user.clear(title);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alert').textContent).toBe('The board needs a title.');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(title);
    await user.type(title, 'Acme offsite');
    await user.type(screen.getByRole('textbox', { name: /^Purpose/u }), 'Who owns what we need this quarter');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Acme offsite' })).toBeDefined();
    expect(screen.getByText('Who owns what we need this quarter')).toBeDefined();
    expect(board()).toMatchObject({ title: 'Acme offsite', purpose: 'Who owns what we need this quarter' });
    // Closed, focus is back on the button, which now says there is a purpose.
    await waitFor(() => {
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit title and purpose' }));
    });
    useBoardStore.getState().undo();
    expect(board()).toMatchObject({ title: 'Untitled board', purpose: '' });
  });

  // A last Enter in the purpose showed as an empty line under the title (and in Present, and on
  // the PDF's cover); the line between is the author's and stays.
  it('a purpose typed with an Enter after it is saved without the empty line, its lines kept', async () => {
    const user = await blankBoard();
    await user.click(screen.getByRole('button', { name: 'Edit title, add a purpose' }));
    await user.type(screen.getByRole('textbox', { name: /^Purpose/u }), '{Enter}Who owns what{Enter}this quarter{Enter}{Shift>}{Enter}{/Shift}  ');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(board().purpose).toBe('Who owns what\nthis quarter');
    const shown = document.querySelector('.board-header__purpose');
    expect(shown?.textContent).toBe('Who owns what\nthis quarter');
  });

  it('Escape closes the form, changes nothing and gives focus back', async () => {
    const user = await blankBoard();
    await user.click(screen.getByRole('button', { name: 'Edit title, add a purpose' }));
    await user.type(screen.getByRole('textbox', { name: 'Title' }), ' draft');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('form', { name: 'Board title and purpose' })).toBeNull();
    expect(board().title).toBe('Untitled board');
    await waitFor(() => {
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit title, add a purpose' }));
    });
  });
});

describe('adding people', () => {
  it('one after the other: after Enter, focus is back in the name field', async () => {
    const user = await blankBoard();
    await user.click(screen.getByRole('textbox', { name: "New person's name" }));
    await user.keyboard('Ana Ruiz{Tab}Founder{Enter}');
    await user.keyboard('Ben Okafor{Tab}Head of Customer Success{Enter}');
    expect(board().people.map((p) => [p.name, p.role])).toEqual([
      ['Ana Ruiz', 'Founder'],
      ['Ben Okafor', 'Head of Customer Success'],
    ]);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: "New person's name" }));
  });

  it('says why nothing was added: a role without a name, a name already on the board', async () => {
    const user = await blankBoard();
    const people = screen.getByRole('region', { name: 'People' });
    await user.type(within(people).getByRole('textbox', { name: "New person's role" }), 'Founder{Enter}');
    expect(within(people).getByRole('alert').textContent).toBe('Type the person’s name first, then their role.');
    const name = within(people).getByRole('textbox', { name: "New person's name" });
    expect(document.activeElement).toBe(name);
    await user.keyboard('Ana Ruiz{Enter}');
    expect(within(people).queryByRole('alert')).toBeNull();
    await user.keyboard(' ana  ruiz {Tab}Sales{Enter}');
    expect(within(people).getByRole('alert').textContent).toBe('Ana Ruiz is already on this board. Add a surname or an initial, so the room can tell the two apart.');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(board().people.map((p) => p.name)).toEqual(['Ana Ruiz']);
  });

  it('renaming a person to another person’s name is refused too', async () => {
    const user = await blankBoard();
    await user.click(screen.getByRole('textbox', { name: "New person's name" }));
    await user.keyboard('Ana Ruiz{Enter}Ben Okafor{Enter}');
    await user.click(screen.getByRole('button', { name: 'Actions for Ben Okafor' }));
    const name = screen.getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Ana Ruiz{Enter}');
    // In the editor, beside the field, as its other refusals: the field marked and focused.
    const editor = screen.getByRole('group', { name: 'Actions for Ben Okafor' });
    expect(within(editor).getByRole('alert').textContent).toBe('Ana Ruiz is already on this board. Add a surname or an initial, so the room can tell the two apart.');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(name);
    expect(board().people.map((p) => p.name)).toEqual(['Ana Ruiz', 'Ben Okafor']);
  });
});

describe('the parking lot of a board without activities', () => {
  it('does not say every activity serves an outcome when there is none yet', async () => {
    const user = await blankBoard();
    const lot = screen.getByRole('region', { name: 'Parking lot' });
    expect(within(lot).getByText('Empty. An activity added here waits until the room decides which outcome it serves.')).toBeDefined();
    await user.type(screen.getByRole('textbox', { name: 'New outcome title' }), 'Reduce churn{Enter}');
    const card = await screen.findByRole('region', { name: 'Reduce churn' });
    await user.type(within(card).getByRole('textbox', { name: 'Add activity to Reduce churn' }), 'Call the leavers{Enter}');
    expect(await within(lot).findByText('Empty: every activity serves an outcome.')).toBeDefined();
  });
});

describe('an outcome’s editor', () => {
  it('takes focus in its title when opened from the actions menu', async () => {
    const user = await blankBoard();
    await user.type(screen.getByRole('textbox', { name: 'New outcome title' }), 'Reduce churn{Enter}');
    const card = await screen.findByRole('region', { name: 'Reduce churn' });
    await user.click(within(card).getByRole('button', { name: 'Actions for outcome Reduce churn' }));
    await user.click(within(card).getByRole('button', { name: 'Edit outcome' }));
    expect(document.activeElement).toBe(within(card).getByRole('textbox', { name: 'Title' }));
  });

  it('marks its sample values as examples, so an empty field does not look filled in', async () => {
    const user = await blankBoard();
    await user.type(screen.getByRole('textbox', { name: 'New outcome title' }), 'Reduce churn{Enter}');
    const card = await screen.findByRole('region', { name: 'Reduce churn' });
    await user.click(within(card).getByRole('button', { name: 'Actions for outcome Reduce churn' }));
    await user.click(within(card).getByRole('button', { name: 'Edit outcome' }));
    const editor = within(card).getByRole('textbox', { name: 'Title' }).closest('form');
    if (!editor) throw new Error('no editor form');
    const examples = within(editor)
      .getAllByRole('textbox')
      .map((field) => field.getAttribute('placeholder'))
      .filter((placeholder): placeholder is string => placeholder !== null);
    // Target, unit, period, current value and metric: "20" in an empty target read as a target of 20.
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const example of examples) expect(example).toMatch(/^e\.g\. /u);
  });
});

describe('an actions menu', () => {
  it('closes when Tab takes focus out of it, and stays open while focus is inside', async () => {
    const user = await blankBoard();
    await user.type(screen.getByRole('textbox', { name: 'New outcome title' }), 'Reduce churn{Enter}');
    const card = await screen.findByRole('region', { name: 'Reduce churn' });
    await user.type(within(card).getByRole('textbox', { name: 'Add activity to Reduce churn' }), 'Fix onboarding emails{Enter}');
    const menuButton = within(card).getByRole('button', { name: 'Actions for Fix onboarding emails' });
    await user.click(menuButton);
    expect(within(card).getByRole('group', { name: 'Actions for Fix onboarding emails' })).toBeDefined();
    // Title, Rename, Move to, Assign, Delete activity: all inside.
    for (let i = 0; i < 5; i++) await user.tab();
    expect(document.activeElement?.textContent).toBe('Delete activity');
    expect(within(card).getByRole('group', { name: 'Actions for Fix onboarding emails' })).toBeDefined();
    await user.tab();
    expect(within(card).queryByRole('group', { name: 'Actions for Fix onboarding emails' })).toBeNull();
    expect(menuButton.getAttribute('aria-expanded')).toBe('false');
  });
});
