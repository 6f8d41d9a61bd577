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
import { MAX_FILE_NAME_LENGTH } from '../../../shared/ipc';
import type { Board } from '../../../shared/model';
import { createSampleBoard } from '../../../shared/sample';
import { SERIALIZE, record } from './files';

const sample = createSampleBoard();

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
    expect(Array.from(name).length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
    expect(name.endsWith(' - ownership map - 2026-03-14.ownership.json')).toBe(true);
  });

  it('names a board whose title is nothing but unsafe characters "Untitled board"', () => {
    expect(exportFileName({ ...sample, title: '///' }, '2026-03-14')).toBe(
      'Untitled board - ownership map - 2026-03-14.ownership.json',
    );
  });
});
