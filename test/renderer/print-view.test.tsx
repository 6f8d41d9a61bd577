/**
 * The print view under jsdom, read like the handout: the cover, the map with results, owners,
 * authority and activities, the health check with the three questions, a page per person; only
 * the chosen parts; the ready signal the PDF printers wait for; and hostile text kept as text.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import Dexie from 'dexie';
import { QUESTIONS, VERDICT_LABELS } from '../../shared/health';
import { FULL_AUTHORITY, type Activity, type Board, type BoardId } from '../../shared/model';
import { printHash, type PrintRequest } from '../../shared/print';
import { SAMPLE_BOARD_TITLE, createSampleBoard } from '../../shared/sample';
import { App } from '../../renderer/app/App';
import { saveBoard } from '../../renderer/db/boards';
import { closeDatabase, DATABASE_NAME } from '../../renderer/db/database';
import { FOOTER_TITLE_LENGTH, PrintView, cssString, footerTitle } from '../../renderer/print/PrintView';
import { printReadiness } from '../../renderer/print/printReady';

const ALL: PrintRequest = { boardId: 'sample-board' as BoardId, paper: 'A4', orientation: 'portrait', sections: ['cover', 'map', 'health', 'people'] };

async function renderPrint(board: Board, request: Partial<PrintRequest> = {}) {
  await saveBoard(board);
  const result = render(<PrintView request={{ ...ALL, boardId: board.id, ...request }} />);
  await waitFor(() => {
    expect(printReadiness(document)).toBe('true');
  });
  return result;
}

afterEach(async () => {
  closeDatabase();
  await Dexie.delete(DATABASE_NAME);
  window.location.hash = '';
});

describe('the print view of the sample board', () => {
  it('has a cover with the title, date, purpose and participants', async () => {
    await renderPrint(createSampleBoard());
    const cover = screen.getByRole('region', { name: SAMPLE_BOARD_TITLE });
    expect(within(cover).getByRole('heading', { level: 1, name: SAMPLE_BOARD_TITLE })).toBeDefined();
    expect(within(cover).getByText('Printed')).toBeDefined();
    // When the board was started, not only when it was printed: a reader weeks later took the print
    // date for the workshop's.
    expect(within(cover).getByText('Board').nextElementSibling?.textContent).toMatch(/^started and last changed \d{1,2} [A-Z][a-z]+ \d{4}$/u);
    expect(within(cover).getByText(/^Sample board: who owns each revenue outcome/u)).toBeDefined();
    expect(within(cover).getByRole('heading', { name: 'Participants (4)' })).toBeDefined();
    expect(within(cover).getByText('1 of 4 outcomes owned; revenue-critical: 1 of 2.')).toBeDefined();
  });

  it('prints a purpose stored with blank lines around it without them', async () => {
    await renderPrint({ ...createSampleBoard(), purpose: '\n\nWho owns what\nthis quarter\n \n' });
    const cover = screen.getByRole('region', { name: SAMPLE_BOARD_TITLE });
    expect(within(cover).getByText(/^Who owns what/u).textContent).toBe('Who owns what\nthis quarter');
  });

  it('prints an outcome’s notes stored with blank lines around them without them, and notes of blank lines not at all', async () => {
    const sample = createSampleBoard();
    await renderPrint({ ...sample, outcomes: sample.outcomes.map((outcome, k) => ({ ...outcome, notes: k === 0 ? '\n\nReview in March\nwith the team\n\n' : ' \n\n' })) });
    expect([...document.querySelectorAll('.print-card__notes')].map((notes) => notes.textContent)).toEqual(['Review in March\nwith the team']);
  });

  // The method's central point on the page a forwarded map opens at: the cover said "1 of 4
  // outcomes owned" and nothing of an outcome whose tasks are all done while its result is missed.
  it('names on the cover the outcomes whose tasks are all done while the result is missed, and nothing when none is', async () => {
    const sample = createSampleBoard();
    const first = await renderPrint(sample);
    const cover = () => screen.getByRole('region', { name: SAMPLE_BOARD_TITLE });
    const term = within(cover()).getByText('Tasks done, result missed');
    expect(term.tagName).toBe('DT');
    expect(term.nextElementSibling?.textContent).toBe('1 outcome: Deals closed.');
    first.unmount();
    await renderPrint({ ...sample, outcomes: sample.outcomes.map((outcome) => (outcome.title === 'Deals closed' ? { ...outcome, current: 12 } : outcome)) });
    expect(within(cover()).queryByText('Tasks done, result missed')).toBeNull();
  });

  it('prints a person’s initials dark on a light colour from a file, white on the board’s own colours', async () => {
    const sample = createSampleBoard();
    // A colleague's file gave Maya a yellow chip; the others keep the board's colours.
    await renderPrint({ ...sample, people: sample.people.map((person) => (person.name === 'Maya Chen' ? { ...person, colour: '#fde047' } : person)) });
    const cover = screen.getByRole('region', { name: SAMPLE_BOARD_TITLE });
    const initials = (name: string) => within(cover).getByText(name).closest('li')?.querySelector<HTMLElement>('.print-swatch')?.style.color;
    // Was: white, 1.3:1 on the yellow, and gone when printed in grey.
    expect(initials('Maya Chen')).toBe('rgb(17, 24, 39)');
    expect(initials('Leo Fischer')).toBe('rgb(255, 255, 255)');
  });

  it('shows each outcome with its result, where it stands, owner, authority and activities', async () => {
    await renderPrint(createSampleBoard());
    const pipeline = screen.getByRole('article', { name: 'Outbound pipeline' });
    expect(within(pipeline).getByText('20 qualified opportunities per month')).toBeDefined();
    expect(within(pipeline).getByText('14 of 20 qualified opportunities (not met yet)')).toBeDefined();
    expect(within(pipeline).getByText('Maya Chen')).toBeDefined();
    expect(within(pipeline).getByText('Owned')).toBeDefined();
    // Each facet's mark says yes or no in words: an image named so (a figure with that alternate
    // text in the PDF).
    const decides = within(pipeline).getAllByRole('listitem').find((li) => li.textContent === '✓ Decides how');
    expect(decides && within(decides).getByRole('img', { name: 'Yes' }).textContent).toBe('✓');
    const noes = screen.getAllByRole('img', { name: 'No' });
    expect(noes.length).toBeGreaterThan(0);
    expect(noes.map((mark) => mark.textContent)).toEqual(noes.map(() => '✗'));
    expect(screen.getAllByRole('img', { name: 'Yes' }).every((mark) => mark.textContent === '✓')).toBe(true);
    expect(within(pipeline).getByText('Run the campaign')).toBeDefined();
    // Each name is its own element (isolated: see the right-to-left tests below).
    expect(within(pipeline).getByText('Run the campaign').closest('li')?.querySelector('.print-activity__who')?.textContent).toBe('Leo Fischer, Sam Okafor');
    const deals = screen.getByRole('article', { name: 'Deals closed' });
    expect(within(deals).getByText('No owner')).toBeDefined();
    // Without an owner nobody holds the authority: no ticks beside "No owner", as on the board's card.
    expect(within(deals).getByText('Nobody holds it (no owner)')).toBeDefined();
    expect(within(deals).queryAllByRole('img', { name: /^(Yes|No)$/u })).toEqual([]);
    expect(screen.getByRole('article', { name: 'Parking lot' }).textContent).toContain('Update the CRM');
  });

  it('prints a small target and current value as entered, not as 0', async () => {
    const sample = createSampleBoard();
    const [first, ...rest] = sample.outcomes;
    if (first === undefined) throw new Error('the sample board has outcomes');
    const small = { ...first, target: 0.001, current: 0.004, unit: '%', period: 'per quarter', direction: 'at-most' as const };
    await renderPrint({ ...sample, outcomes: [small, ...rest] });
    const card = screen.getByRole('article', { name: first.title });
    expect(within(card).getByText('at most 0.001% per quarter')).toBeDefined();
    expect(within(card).getByText('0.004%, target at most 0.001% (not met yet)')).toBeDefined();
  });

  it('says where an outcome stands when the room measured it before agreeing a target', async () => {
    const sample = createSampleBoard();
    const [first, ...rest] = sample.outcomes;
    if (first === undefined) throw new Error('the sample board has outcomes');
    const untargeted = { ...first, metric: 'Net promoter score', target: null, current: 38, unit: 'points', period: '' };
    await renderPrint({ ...sample, outcomes: [untargeted, ...rest] });
    const card = screen.getByRole('article', { name: first.title });
    // Was: "No target to measure against", the 38 points in no part of the handout.
    expect(within(card).getByText('Current').nextElementSibling?.textContent).toBe('38 points (no target to measure against)');
    // And with nothing measured either, as before.
    expect(within(screen.getByRole('article', { name: 'Write the proposal' })).getByText('Current').nextElementSibling?.textContent).toBe('No target to measure against');
    // On its owner's sheet, handed to her without the map, too.
    const owns = within(screen.getByRole('region', { name: 'Maya Chen' })).getByText(first.title).closest('li');
    expect(owns?.querySelector('.print-owns__result')?.textContent).toBe('No measurable result · Current: 38 points (no target to measure against)');
  });

  it('has the health check: the three questions per outcome, every verdict, the findings and the score', async () => {
    await renderPrint(createSampleBoard());
    const health = screen.getByRole('region', { name: 'Health check' });
    for (const label of Object.values(VERDICT_LABELS)) expect(within(health).getAllByText(label).length).toBeGreaterThan(0);
    for (const question of QUESTIONS) expect(within(health).getAllByText(question, { exact: false })).toHaveLength(4);
    expect(within(health).getAllByText('✓ Pass').length + within(health).getAllByText('✗ Fail').length).toBe(12);
    expect(within(health).getByText('Deals closed: its only activity done, result missed (5 of 12 deals).')).toBeDefined();
  });

  // A blank board's handout printed the heading of the three questions with nothing under it.
  it('says there are no outcomes to ask the three questions of, on a board without outcomes', async () => {
    await renderPrint({ ...createSampleBoard(), outcomes: [], activities: [] });
    const health = screen.getByRole('region', { name: 'Health check' });
    expect(within(health).getByText('No outcomes on this board yet.')).toBeDefined();
    // The people on it still own nothing: that is said too.
    expect(within(health).getByText('Leo Fischer is not the owner of any outcome.')).toBeDefined();
  });

  it('has a page per person with what they own and are assigned', async () => {
    await renderPrint(createSampleBoard());
    const maya = screen.getByRole('region', { name: 'Maya Chen' });
    expect(within(maya).getByText('As owner (1)')).toBeDefined();
    expect(within(maya).getByText('Outbound pipeline')).toBeDefined();
    expect(within(maya).getByText('Assigned (1)')).toBeDefined();
    expect(within(maya).getByText('Write the proposal')).toBeDefined();
    // Done is said in words, as on the map: the tick box is an image named "Done" (in the PDF, a
    // figure with that alternate text); an open activity's box is not read at all.
    const proposal = within(maya).getByText('Write the proposal').closest('li');
    expect(proposal && within(proposal).getByRole('img', { name: 'Done' }).textContent).toBe('☑');
    const map = screen.getByRole('region', { name: 'The map' });
    const open = within(map).getByText('Run the campaign').closest('li');
    expect(open && within(open).queryByRole('img')).toBeNull();
    expect(open?.textContent).not.toMatch(/done/iu);
    const leo = screen.getByRole('region', { name: 'Leo Fischer' });
    expect(within(leo).getByText('No outcome.')).toBeDefined();
  });

  it('lists a person’s activities as the map does: by outcome in the map’s order, then the parking lot', async () => {
    const sample = createSampleBoard();
    const maya = sample.people.find((p) => p.name === 'Maya Chen');
    const [first, , , last] = sample.outcomes;
    if (!maya || !first || !last) throw new Error('the sample has Maya and four outcomes');
    // Stored in the order they were added: a parked idea, then the last outcome's, then the first's.
    const added = [
      { id: 'a-idea', title: 'An idea', outcomeId: null },
      { id: 'a-last', title: 'For the last outcome', outcomeId: last.id },
      { id: 'a-first', title: 'For the first outcome', outcomeId: first.id },
    ].map((a) => ({ ...a, id: a.id as Activity['id'], assigneeIds: [maya.id], done: false }));
    await renderPrint({ ...sample, activities: [...sample.activities.filter((a) => !a.assigneeIds.includes(maya.id)), ...added] });
    const page = screen.getByRole('region', { name: 'Maya Chen' });
    const titles = within(page).getAllByText(/^(An idea|For the last outcome|For the first outcome)$/u).map((element) => element.textContent);
    expect(titles).toEqual(['For the first outcome', 'For the last outcome', 'An idea']);
  });

  it('a person\'s page carries what the health check warns of them, as the People view does', async () => {
    const sample = createSampleBoard();
    const maya = sample.people.find((p) => p.name === 'Maya Chen');
    const sam = sample.people.find((p) => p.name === 'Sam Okafor');
    if (!maya || !sam) throw new Error('the sample has Maya and Sam');
    // Maya owns every outcome but one, Sam (new to the role) the last.
    const more = sample.outcomes.slice(0, 2).map((o, i) => ({ ...o, id: `${o.id}-again` as typeof o.id, title: `${o.title} ${String(i + 2)}` }));
    const all = [...sample.outcomes, ...more];
    // Sam's with full authority: the health check's advice to someone new to the role.
    const outcomes = all.map((o, i) => (i === all.length - 1 ? { ...o, ownerId: sam.id, authority: FULL_AUTHORITY } : { ...o, ownerId: maya.id }));
    await renderPrint({ ...sample, outcomes });
    const mayaSheet = screen.getByRole('region', { name: 'Maya Chen' });
    expect(within(within(mayaSheet).getByRole('list', { name: 'Warnings for Maya Chen' })).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      `WarningMaya Chen is the owner of ${String(outcomes.length - 1)} outcomes — more than 3 is hard to hold.`,
    ]);
    const samSheet = screen.getByRole('region', { name: 'Sam Okafor' });
    expect(within(samSheet).getByRole('list', { name: 'Warnings for Sam Okafor' }).textContent).toContain('Sam Okafor is new to the role and has full authority over');
    // A note is not repeated: the sheet says "No outcome." itself.
    expect(within(screen.getByRole('region', { name: 'Leo Fischer' })).queryByRole('list', { name: /^Warnings/u })).toBeNull();
  });

  // The PDF's bookmarks are these headings: the board, its parts, each outcome and person.
  it('heads the handout with the board, its parts with h2, and each outcome and person with h3', async () => {
    await renderPrint(createSampleBoard());
    const headings = (level: number) => screen.queryAllByRole('heading', { level }).map((h) => h.textContent);
    expect(headings(1)).toEqual([SAMPLE_BOARD_TITLE]);
    expect(headings(2)).toEqual(['Purpose', 'Participants (4)', 'The map', 'Health check', 'People']);
    expect(headings(3)).toEqual([
      'Outbound pipeline',
      'Deals closed',
      'Write the proposal',
      'Forecast accuracy',
      'Parking lot',
      'What the board says',
      'The three questions, outcome by outcome',
      'Maya Chen',
      'Leo Fischer',
      'Priya Nair',
      'Sam Okafor',
    ]);
    expect(headings(4)).toEqual(['Outbound pipeline', 'Deals closed', 'Write the proposal', 'Forecast accuracy']);
  });

  it('without the cover, still has the board’s title as its first heading', async () => {
    await renderPrint(createSampleBoard(), { sections: ['map'] });
    expect(screen.getByRole('heading', { level: 1, name: SAMPLE_BOARD_TITLE })).toBeDefined();
  });

  it('prints only the chosen parts, in print order, on the chosen paper', async () => {
    const { container } = await renderPrint(createSampleBoard(), { sections: ['map', 'cover'], paper: 'Letter', orientation: 'landscape' });
    expect(screen.queryByRole('region', { name: 'Health check' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Maya Chen' })).toBeNull();
    const sections = Array.from(container.querySelectorAll('main > section')).map((s) => s.getAttribute('aria-labelledby'));
    expect(sections).toEqual(['print-cover-title', 'print-map-title']);
    expect(container.querySelector('main')?.className).toBe('print print--letter-landscape');
  });
});

describe('the ready signal and the page', () => {
  it('says "failed" (and why) for a board that is not on this computer', async () => {
    render(<PrintView request={{ ...ALL, boardId: 'gone' as BoardId }} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The ownership map could not be printed');
    await waitFor(() => {
      expect(printReadiness(document)).toBe('failed');
    });
  });

  it('clears the signal, the page title and the print styling when it goes away', async () => {
    const { unmount } = await renderPrint(createSampleBoard());
    expect(document.title).toMatch(/^Revenue ownership workshop \(sample\) - ownership map - \d{4}-\d{2}-\d{2}$/u);
    expect(document.documentElement.classList.contains('print-document')).toBe(true);
    unmount();
    expect(printReadiness(document)).toBeUndefined();
    expect(document.documentElement.classList.contains('print-document')).toBe(false);
    expect(document.documentElement.style.getPropertyValue('--print-board-title')).toBe('');
  });

  it('the app shows the print view, not the board, on a print address', async () => {
    const board = createSampleBoard();
    await saveBoard(board);
    window.location.hash = printHash({ ...ALL, sections: ['map'] });
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'The map' })).toBeDefined();
    expect(screen.queryByRole('region', { name: 'Board tools' })).toBeNull();
  });
});

describe('hostile text in print', () => {
  it('stays text: no element is made from a title, owner or activity', async () => {
    const sample = createSampleBoard();
    const markup = '<img src=x onerror="window.__pwned=1">';
    const board: Board = {
      ...sample,
      title: markup,
      people: sample.people.map((p, i) => (i === 0 ? { ...p, name: '<script>alert(1)</script>' } : p)),
      activities: sample.activities.map((a, i) => (i === 0 ? { ...a, title: '<b>bold</b>' } : a)),
    };
    await renderPrint(board);
    expect(screen.getByRole('heading', { level: 1, name: markup })).toBeDefined();
    expect(screen.getAllByText('<script>alert(1)</script>').length).toBeGreaterThan(0);
    expect(screen.getAllByText('<b>bold</b>').length).toBeGreaterThan(0);
    expect(document.querySelector('main img, main script, main b')).toBeNull();
    expect(document.title.startsWith(markup)).toBe(true);
  });

  it('puts the board title into the page footer as one escaped CSS string', () => {
    expect(cssString('Q3 "final" \\ plan')).toBe('"Q3 \\22 final\\22  \\5c  plan"');
    expect(cssString('a\nb')).toBe('"a\\a b"');
  });

  it('shortens a long title in the footer, by whole characters, with an ellipsis', () => {
    expect(footerTitle('Q3 plan')).toBe('Q3 plan');
    const exact = 'x'.repeat(FOOTER_TITLE_LENGTH);
    expect(footerTitle(exact)).toBe(exact);
    const long = footerTitle('T'.repeat(200));
    expect(Array.from(long)).toHaveLength(FOOTER_TITLE_LENGTH);
    expect(long.endsWith('…')).toBe(true);
    // Emoji are not cut in half.
    const emoji = footerTitle('🎯'.repeat(100));
    expect(emoji).toBe(`${'🎯'.repeat(FOOTER_TITLE_LENGTH - 1)}…`);
  });

  it('sets the shortened title as the footer text of the pages, as written: no isolates around left-to-right letters (they went into the PDF\'s text)', async () => {
    await renderPrint({ ...createSampleBoard(), title: 'W'.repeat(150) });
    expect(document.documentElement.style.getPropertyValue('--print-board-title')).toBe(cssString(footerTitle('W'.repeat(150))));
  });
});

describe('right-to-left and bidirectional text in print', () => {
  // U+202E RIGHT-TO-LEFT OVERRIDE, as text pasted from elsewhere can carry: unclosed, it reversed
  // everything after it in the same line (the next names, " · Marketing Lead").
  const OVERRIDE = '\u202e';

  function bidiBoard(): Board {
    const sample = createSampleBoard();
    return {
      ...sample,
      title: 'خطة المبيعات 2026 بنسبة 20%',
      people: sample.people.map((p) => (p.name === 'Leo Fischer' ? { ...p, name: `Leo Fischer${OVERRIDE}` } : p.name === 'Maya Chen' ? { ...p, name: 'מאיה כהן', role: 'مديرة المبيعات' } : p)),
      outcomes: sample.outcomes.map((o, i) => (i === 0 ? { ...o, title: 'زيادة المبيعات بنسبة 20%', metric: 'עסקאות' } : o)),
    };
  }

  const isolated = (element: Element | null): string[] => Array.from(element?.querySelectorAll('bdi') ?? [], (bdi) => bdi.textContent);

  it('isolates each assignee in a list, so one name’s letters or controls do not reorder the others', async () => {
    await renderPrint(bidiBoard());
    const card = screen.getByRole('article', { name: 'زيادة المبيعات بنسبة 20%' });
    const campaign = within(card).getByText('Run the campaign').closest('li');
    expect(isolated(campaign?.querySelector('.print-activity__who') ?? null)).toEqual([`Leo Fischer${OVERRIDE}`, 'Sam Okafor']);
    expect(campaign?.querySelector('.print-activity__who')?.textContent).toBe(`Leo Fischer${OVERRIDE}, Sam Okafor`);
  });

  it('isolates titles, names, roles and the metric from the words printed around them', async () => {
    const { container } = await renderPrint(bidiBoard());
    const card = screen.getByRole('article', { name: 'زيادة المبيعات بنسبة 20%' });
    expect(isolated(card.querySelector('.print-card__title'))).toEqual(['زيادة المبيعات بنسبة 20%']);
    expect(isolated(card.querySelector('.print-owner'))).toEqual(['מאיה כהן', 'مديرة المبيعات']);
    expect(within(card).getByText('עסקאות').tagName).toBe('BDI');
    expect(isolated(container.querySelector('.print-cover__title'))).toEqual(['خطة المبيعات 2026 بنسبة 20%']);
    const leo = screen.getAllByText(`Leo Fischer${OVERRIDE}`);
    // On the cover, in the person's page heading, and as an assignee.
    expect(leo.length).toBeGreaterThanOrEqual(3);
    for (const name of leo) expect(name.tagName).toBe('BDI');
    expect(screen.getAllByText('Marketing Lead').every((role) => role.tagName === 'BDI')).toBe(true);
    const health = screen.getByRole('region', { name: 'Health check' });
    expect(isolated(health.querySelector('.print-check__title'))).toEqual(['زيادة المبيعات بنسبة 20%']);
    const maya = screen.getByRole('region', { name: 'מאיה כהן' });
    expect(isolated(maya.querySelector('.print-owns__title'))).toEqual(['زيادة المبيعات بنسبة 20%']);
    expect(isolated(maya.querySelector('.print-assignments .print-activity'))).toEqual(['Write the proposal', 'Deals closed']);
  });

  it('lets purpose and notes take their own direction, and isolates the title in the footer', async () => {
    const board = bidiBoard();
    await renderPrint({ ...board, purpose: 'لماذا نجتمع', outcomes: board.outcomes.map((o, i) => (i === 0 ? { ...o, notes: 'הערה' } : o)) });
    expect(screen.getByText('لماذا نجتمع').getAttribute('dir')).toBe('auto');
    expect(screen.getByText('הערה').getAttribute('dir')).toBe('auto');
    expect(document.documentElement.style.getPropertyValue('--print-board-title')).toBe(cssString('\u2068خطة المبيعات 2026 بنسبة 20%\u2069'));
  });
});
