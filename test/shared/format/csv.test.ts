/**
 * The spreadsheet export: files Excel, Numbers and LibreOffice open correctly (BOM, CRLF, RFC 4180
 * quoting), that cannot run formulas hidden in titles, and that say what the board says.
 */
import { describe, expect, it } from 'vitest';
import {
  ACTIVITY_COLUMNS,
  OUTCOME_COLUMNS,
  PARKING_LOT_LABEL,
  boardToCsv,
  csvCell,
  csvFileNames,
} from '../../../shared/format';
import { VERDICT_LABELS } from '../../../shared/health';
import type { Board, Outcome, OutcomeId, PersonId } from '../../../shared/model';
import { createSampleBoard } from '../../../shared/sample';
import { largeBoard } from './boards';

const sample = createSampleBoard();

/** RFC 4180, strictly: records end in CRLF, quoted fields may hold anything, quotes are doubled. */
function parseCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 1;
  while (i < text.length) {
    const char = text[i] ?? '';
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else cell += char;
      i++;
      continue;
    }
    if (char === '"') {
      expect(cell).toBe(''); // a quote may only open a field
      quoted = true;
    } else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r') {
      expect(text[i + 1]).toBe('\n'); // no bare CR outside quotes
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      expect(char).not.toBe('\n'); // no bare LF outside quotes
      cell += char;
    }
    i++;
  }
  expect(cell).toBe('');
  expect(row).toEqual([]); // the last record ends in CRLF too
  return rows;
}

function withOutcome(patch: Partial<Outcome>): Board {
  const first = sample.outcomes[0];
  if (first === undefined) throw new Error('the sample has outcomes');
  return { ...sample, outcomes: [{ ...first, ...patch }, ...sample.outcomes.slice(1)] };
}

describe('csvCell', () => {
  it('quotes cells with commas, quotes, CR or LF, doubling quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
  });

  it('guards text that a spreadsheet would run as a formula with a leading apostrophe', () => {
    expect(csvCell('=HYPERLINK("http://evil","click")')).toBe('"\'=HYPERLINK(""http://evil"",""click"")"');
    expect(csvCell('+1+1')).toBe("'+1+1");
    expect(csvCell('-1+1')).toBe("'-1+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('\rcmd')).toBe('"\'\rcmd"');
    expect(csvCell('a=1')).toBe('a=1');
  });

  it('keeps numbers as numbers, negative ones included, and writes booleans as Yes/No', () => {
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell(0.001)).toBe('0.001');
    expect(csvCell(null)).toBe('');
    expect(csvCell(true)).toBe('Yes');
    expect(csvCell(false)).toBe('No');
  });
});

describe('boardToCsv', () => {
  it('begins each file with a UTF-8 byte-order mark and ends every line with CRLF', () => {
    const csv = boardToCsv(sample);
    for (const text of [csv.outcomes, csv.activities]) {
      expect(text.startsWith('\uFEFF')).toBe(true);
      expect(text.endsWith('\r\n')).toBe(true);
      expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/u);
    }
  });

  it('writes the sample board\'s outcomes with their owners, authority and verdicts', () => {
    expect(boardToCsv(sample).outcomes).toBe(
      '\uFEFF' +
        [
          OUTCOME_COLUMNS.join(','),
          'Outbound pipeline,Qualified opportunities created,20,qualified opportunities,per month,14,At least,Yes,Maya Chen,Head of Sales,Yes,Yes,Yes,Owned,0,2,No,No,Maya decides channels and budget for outbound.',
          'Deals closed,New deals closed,12,deals,per quarter,5,At least,Yes,,,No,No,No,Nobody owns it,1,1,No,Yes,',
          'Write the proposal,,,,,,At least,No,,,No,No,No,"Task, not an outcome",0,0,,No,',
          'Forecast accuracy,Quarters forecast within 10% of actual,90,%,per quarter,75,At least,No,Priya Nair,RevOps Manager,No,No,No,"Task assignment, not ownership",0,0,No,No,',
        ].join('\r\n') +
        '\r\n',
    );
  });

  // The method's central point, and whether the result is reached, for a reader of the
  // spreadsheet: before, the row said "Owned" and left both to be worked out from the numbers.
  it('says whether each result is met, and when every activity is done while it is not', () => {
    const rows = parseCsv(boardToCsv(sample).outcomes).slice(1);
    const column = (name: (typeof OUTCOME_COLUMNS)[number]) => rows.map((row) => row[OUTCOME_COLUMNS.indexOf(name)]);
    expect(column('Result met')).toEqual(['No', 'No', '', 'No']);
    expect(column('Tasks done but result missed')).toEqual(['No', 'Yes', 'No', 'No']);
    const [pipeline] = sample.outcomes;
    if (!pipeline) throw new Error('the sample has outcomes');
    const met = parseCsv(boardToCsv({ ...sample, outcomes: [{ ...pipeline, current: 20 }] }).outcomes);
    expect(met[1]?.[OUTCOME_COLUMNS.indexOf('Result met')]).toBe('Yes');
  });

  // The sample's rows hold all three facets or none: two columns could trade places unseen, and the
  // spreadsheet would say the owner may do what the room did not agree.
  it.each([
    [{ decidesHow: true, prioritisesResources: true, choosesApproaches: false }, ['Yes', 'Yes', 'No']],
    [{ decidesHow: false, prioritisesResources: true, choosesApproaches: true }, ['No', 'Yes', 'Yes']],
    [{ decidesHow: true, prioritisesResources: false, choosesApproaches: true }, ['Yes', 'No', 'Yes']],
  ])('writes each authority facet under its own column (%o)', (authority, cells) => {
    const [first] = sample.outcomes;
    if (!first) throw new Error('the sample has outcomes');
    const rows = parseCsv(boardToCsv({ ...sample, outcomes: [{ ...first, authority }] }).outcomes);
    const facets = ['Decides how', 'Prioritises resources', 'Chooses approaches'] as const;
    expect(facets.map((facet) => rows[1]?.[OUTCOME_COLUMNS.indexOf(facet)])).toEqual(cells);
  });

  // A colleague's file may keep the authority agreed for an outcome whose owner left; the PDF says
  // nobody holds it, and the spreadsheet said Yes, Yes, Yes beside no owner.
  it('writes No under each authority facet of an outcome with no owner, or one no longer on the board', () => {
    const [first] = sample.outcomes;
    if (!first) throw new Error('the sample has outcomes');
    const full = { decidesHow: true, prioritisesResources: true, choosesApproaches: true };
    const facets = ['Decides how', 'Prioritises resources', 'Chooses approaches'] as const;
    for (const ownerId of [null, 'someone-who-left' as PersonId]) {
      const rows = parseCsv(boardToCsv({ ...sample, outcomes: [{ ...first, ownerId, authority: full }] }).outcomes);
      expect(facets.map((facet) => rows[1]?.[OUTCOME_COLUMNS.indexOf(facet)])).toEqual(['No', 'No', 'No']);
    }
  });

  it('carries each outcome’s notes, a line break and a formula-like start kept as text', () => {
    const [first] = sample.outcomes;
    if (!first) throw new Error('the sample has outcomes');
    // Stored with a last Enter (before the app took it off as typed): not written.
    const board = { ...sample, outcomes: [{ ...first, notes: '=To be escalated\nto the CFO\n\n' }] };
    const rows = parseCsv(boardToCsv(board).outcomes);
    expect(rows[1]?.[OUTCOME_COLUMNS.indexOf('Notes')]).toBe("'=To be escalated\nto the CFO");
  });

  it('has a verdict for every outcome, using the labels the board shows', () => {
    const rows = parseCsv(boardToCsv(sample).outcomes);
    const verdicts = rows.slice(1).map((row) => row[OUTCOME_COLUMNS.indexOf('Verdict')]);
    expect(verdicts).toEqual([
      VERDICT_LABELS.owned,
      VERDICT_LABELS['nobody-owns'],
      VERDICT_LABELS['task-not-outcome'],
      VERDICT_LABELS['task-assignment'],
    ]);
  });

  it('writes activities grouped by outcome in board order, then the parking lot, with assignees joined by "; "', () => {
    expect(parseCsv(boardToCsv(sample).activities)).toEqual([
      [...ACTIVITY_COLUMNS],
      ['Run the campaign', 'Outbound pipeline', 'Leo Fischer; Sam Okafor', 'No'],
      ['Schedule the calls', 'Outbound pipeline', 'Sam Okafor', 'No'],
      ['Write the proposal', 'Deals closed', 'Maya Chen', 'Yes'],
      ['Update the CRM', PARKING_LOT_LABEL, 'Priya Nair', 'No'],
    ]);
  });

  it('names an activity whose outcome is not on the board as in the parking lot', () => {
    const board: Board = {
      ...sample,
      activities: [{ id: 'a' as Board['activities'][number]['id'], title: 'Lost', outcomeId: 'gone' as OutcomeId, assigneeIds: [], done: true }],
    };
    expect(parseCsv(boardToCsv(board).activities)[1]).toEqual(['Lost', PARKING_LOT_LABEL, '', 'Yes']);
  });

  it('keeps a negative target a number and guards a title that starts like a formula', () => {
    const board = withOutcome({ title: '=1+2', target: -5, current: -7.25, direction: 'at-most', unit: '-' });
    const row = parseCsv(boardToCsv(board).outcomes)[1] ?? [];
    expect(row.slice(0, 7)).toEqual(["'=1+2", 'Qualified opportunities created', '-5', "'-", 'per month', '-7.25', 'At most']);
  });

  // The board writes 2 500 000 € grouped for people; a spreadsheet must get a number it can sum.
  it('writes large and fractional amounts as plain numbers, with no digit grouping, whatever the board shows', () => {
    const board = withOutcome({ target: 2_500_000, current: 12_345.678, unit: '€' });
    const csv = boardToCsv(board).outcomes;
    const row = parseCsv(csv)[1] ?? [];
    expect([row[2], row[5]]).toEqual(['2500000', '12345.678']);
    expect(csv).not.toMatch(/[\u00a0\u2009\u202f]/u);
  });

  it('text with commas, quotes, line breaks, HTML and emoji comes back cell for cell', () => {
    const title = 'Say "yes", then\r\nnewline, <b>bold</b> 🚀';
    const rows = parseCsv(boardToCsv(withOutcome({ title })).outcomes);
    expect(rows[1]?.[0]).toBe(title);
    expect(rows.every((row) => row.length === OUTCOME_COLUMNS.length)).toBe(true);
  });

  it('a large board gives one row per outcome and per activity, every row as wide as the header', () => {
    const board = largeBoard();
    const csv = boardToCsv(board);
    const outcomes = parseCsv(csv.outcomes);
    const activities = parseCsv(csv.activities);
    expect(outcomes).toHaveLength(board.outcomes.length + 1);
    expect(activities).toHaveLength(board.activities.length + 1);
    expect(outcomes.every((row) => row.length === OUTCOME_COLUMNS.length)).toBe(true);
    expect(activities.every((row) => row.length === ACTIVITY_COLUMNS.length)).toBe(true);
    // No cell a spreadsheet would run: every text cell starting with a formula character is guarded.
    for (const row of [...outcomes, ...activities]) {
      for (const cell of row) expect(/^[=+@\t\r]/u.test(cell)).toBe(false);
    }
    // Not a timed test: a large board takes seconds on a slow or busy machine.
  }, 60_000);
});

describe('csvFileNames', () => {
  it('names the two files after the board, what they hold and the date', () => {
    expect(csvFileNames(sample, '2026-03-14')).toEqual({
      outcomes: 'Revenue ownership workshop (sample) - outcomes - 2026-03-14.csv',
      activities: 'Revenue ownership workshop (sample) - activities - 2026-03-14.csv',
    });
  });
});
