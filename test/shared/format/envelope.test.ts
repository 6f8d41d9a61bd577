/**
 * What an exported file looks like: the envelope, a stable key order, readable JSON, and a file
 * name that is safe everywhere and always keeps its extension.
 */
import { describe, expect, it } from 'vitest';
import {
  APP_NAME,
  FORMAT_NAME,
  FORMAT_VERSION,
  exportFileName,
  serializeBoard,
} from '../../../shared/format';
import {
  ACTIVITY_KEYS,
  APP_KEYS,
  AUTHORITY_KEYS,
  BOARD_KEYS,
  FILE_KEYS,
  OUTCOME_KEYS,
  PERSON_KEYS,
} from '../../../shared/format/envelope';
import { MAX_FILE_NAME_BYTES, safeFileName } from '../../../shared/ipc';
import type { Board } from '../../../shared/model';
import { createSampleBoard } from '../../../shared/sample';
import { SERIALIZE, record } from './files';

const sample = createSampleBoard();

const utf8Bytes = (text: string): number => new TextEncoder().encode(text).length;

/** Where a person's characters begin and end in `text` (UTF-16 offsets), the end included. */
function graphemeBoundaries(text: string): number[] {
  const segments = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)];
  return [...segments.map((segment) => segment.index), text.length];
}

describe('serializeBoard', () => {
  it('writes the envelope: format name, version, export time and the app that wrote it', () => {
    const file = record(JSON.parse(serializeBoard(sample, { appVersion: '1.2.3', now: '2026-05-01T08:00:00.000Z' })));
    expect(file.format).toBe(FORMAT_NAME);
    expect(file.version).toBe(FORMAT_VERSION);
    expect(file.exportedAt).toBe('2026-05-01T08:00:00.000Z');
    expect(file.app).toEqual({ name: APP_NAME, version: '1.2.3' });
    expect(record(file.board).id).toBe(sample.id);
  });

  it('writes every object with its keys in one stable order', () => {
    const file = record(JSON.parse(serializeBoard(sample, SERIALIZE)));
    const board = record(file.board);
    expect(Object.keys(file)).toEqual(FILE_KEYS);
    expect(Object.keys(record(file.app))).toEqual(APP_KEYS);
    expect(Object.keys(board)).toEqual(BOARD_KEYS);
    const first = (key: string): Record<string, unknown> => record((board[key] as unknown[])[0]);
    expect(Object.keys(first('people'))).toEqual(PERSON_KEYS);
    expect(Object.keys(first('outcomes'))).toEqual(OUTCOME_KEYS);
    expect(Object.keys(record(first('outcomes').authority))).toEqual(AUTHORITY_KEYS);
    expect(Object.keys(first('activities'))).toEqual(ACTIVITY_KEYS);
  });

  it('is pretty JSON with two-space indents and a final newline, and the same every time', () => {
    const text = serializeBoard(sample, SERIALIZE);
    expect(text.startsWith('{\n  "format": "ownership-board",\n  "version": 1,\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(serializeBoard(createSampleBoard(), SERIALIZE)).toBe(text);
  });

  it('writes only the model\'s fields, even if a board object carries more at run time', () => {
    const withExtras = {
      ...sample,
      secret: 'do not export',
      outcomes: sample.outcomes.map((outcome) => ({ ...outcome, cache: { big: true } })),
    } as Board;
    expect(serializeBoard(withExtras, SERIALIZE)).toBe(serializeBoard(sample, SERIALIZE));
  });

  // A purpose stored before the app took a last Enter off (shared/text's withoutBlankEdges) is shown
  // and printed without its blank edges; a file written from it had them, for the next app to show.
  it('writes the purpose without blank lines before it or spaces and line breaks after it, its lines between as they are', () => {
    const text = serializeBoard({ ...sample, purpose: '\n  \n  Who owns what?\n\nAnd how.  \n\n' }, SERIALIZE);
    expect(record(record(JSON.parse(text)).board).purpose).toBe('  Who owns what?\n\nAnd how.');
  });

  it('writes the notes so too', () => {
    const text = serializeBoard({ ...sample, outcomes: sample.outcomes.map((outcome) => ({ ...outcome, notes: '\n  Agreed:\n\n  - review in March \n\n' })) }, SERIALIZE);
    const outcomes = record(record(JSON.parse(text)).board).outcomes as unknown[];
    expect(outcomes.map((outcome) => record(outcome).notes)).toEqual(sample.outcomes.map(() => '  Agreed:\n\n  - review in March'));
  });

  // The board writes 2 500 000 € grouped for people; the file keeps the number itself.
  it('writes a large amount as a JSON number, never as the grouped text the board shows', () => {
    const [first, ...rest] = sample.outcomes;
    if (first === undefined) throw new Error('the sample has outcomes');
    const text = serializeBoard({ ...sample, outcomes: [{ ...first, target: 2_500_000, current: 12_345.678 }, ...rest] }, SERIALIZE);
    const written = record((record(JSON.parse(text)).board as { outcomes: unknown[] }).outcomes[0]);
    expect([written.target, written.current]).toEqual([2_500_000, 12_345.678]);
    expect(text).toContain('"target": 2500000,');
    expect(text).not.toMatch(/[\u00a0\u2009\u202f]/u);
  });
});

describe('exportFileName', () => {
  it('is "<board title> - ownership map - <date>.ownership.json"', () => {
    expect(exportFileName(sample, '2026-03-14')).toBe(
      'Revenue ownership workshop (sample) - ownership map - 2026-03-14.ownership.json',
    );
  });

  it('makes a title with slashes, colons and quotes safe for every file system', () => {
    const board = { ...sample, title: 'Q1/Q2: "Growth" <draft>?' };
    expect(exportFileName(board, '2026-03-14')).toBe('Q1 Q2 Growth draft - ownership map - 2026-03-14.ownership.json');
  });

  it('shortens a 200-character title so the whole name fits and keeps its extension', () => {
    const board = { ...sample, title: 'W'.repeat(200) };
    const name = exportFileName(board, '2026-03-14');
    expect(utf8Bytes(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(name.endsWith(' - ownership map - 2026-03-14.ownership.json')).toBe(true);
  });

  // Linux and macOS cap a file name at 255 bytes of UTF-8, not 255 characters: a 200-character
  // title in Japanese is 600 bytes, and saving under the suggested name failed (ENAMETOOLONG).
  it.each([
    ['Japanese', '収益責任ワークショップ東京本社'],
    ['Chinese', '收入责任研讨会北京总部'],
    ['Cyrillic', 'Семинар по ответственности'],
    ['Greek', 'Εργαστήριο ευθύνης εσόδων'],
    ['emoji', '👩‍💻🚀🇫🇷'],
    ['decomposed accents', 'E\u0301quipe'],
  ])('cuts a 200-character %s title by bytes, on a whole character, and keeps the extension', (_script, words) => {
    const title = words.repeat(200).slice(0, 200);
    const name = exportFileName({ ...sample, title }, '2026-03-14');
    expect(utf8Bytes(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(name.endsWith(' - ownership map - 2026-03-14.ownership.json')).toBe(true);
    const kept = name.slice(0, -' - ownership map - 2026-03-14.ownership.json'.length);
    // The kept part is the start of the title ending between two characters as a person sees
    // them: no surrogate pair, emoji sequence or letter-and-accent is cut in two. (The emoji's
    // joiners are not in a file name: safeFileName takes invisible format characters out.)
    const named = title.replace(/\p{Cf}/gu, '');
    expect(named.startsWith(kept)).toBe(true);
    expect(kept.length).toBeGreaterThan(0);
    expect(graphemeBoundaries(named)).toContain(kept.length);
  });

  it('never makes a hidden file: dots and spaces come off the front together', () => {
    expect(safeFileName('. . .Team')).toBe('Team');
    expect(safeFileName(' ..\u200b. Team. ')).toBe('Team.');
    expect(safeFileName('...')).toBe('Ownership map');
    expect(safeFileName('Team 2.0')).toBe('Team 2.0');
  });

  it('leaves file names within the byte limit as they are, and cuts safeFileName by bytes too', () => {
    expect(safeFileName('Revenue workshop')).toBe('Revenue workshop');
    const cyrillic = 'Ж'.repeat(150); // 300 bytes
    expect(safeFileName(cyrillic)).toBe('Ж'.repeat(MAX_FILE_NAME_BYTES / 2));
    expect(safeFileName('🚀'.repeat(60))).toBe('🚀'.repeat(MAX_FILE_NAME_BYTES / 4));
  });

  // Chromium saved "Board [U+202E]gnp.exe[U+202C]" as "Board _gnp.exe_" while the notice named the
  // file with the override in it ("Board exe.png"); the desktop's save dialog offered it as it was.
  it('safeFileName takes out bidirectional controls and the other invisible format characters', () => {
    expect(safeFileName('Board \u202Egnp.exe\u202C')).toBe('Board gnp.exe');
    expect(safeFileName('Pay \u2067\u2066Alice\u2069 \u2066Bob\u2069\u2069 \u200F10')).toBe('Pay Alice Bob 10');
    // Zero-width space and joiners, soft hyphen, byte-order mark, word joiner, an Arabic number sign.
    expect(safeFileName('Team\u200B A\u00AD\uFEFF\u2060 👩\u200D💻 می\u200Cخواهم \u0600x')).toBe('Team A 👩💻 میخواهم x');
    expect(safeFileName('\u202E\u200B\u2066', 'Untitled board')).toBe('Untitled board');
    expect(exportFileName({ ...sample, title: 'Board \u202Egnp.exe' }, '2026-03-14')).toBe('Board gnp.exe - ownership map - 2026-03-14.ownership.json');
  });

  it('names a board whose title is nothing but unsafe characters "Untitled board"', () => {
    expect(exportFileName({ ...sample, title: '///' }, '2026-03-14')).toBe(
      'Untitled board - ownership map - 2026-03-14.ownership.json',
    );
  });
});
