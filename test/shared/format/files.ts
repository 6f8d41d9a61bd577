/**
 * Files for the import tests: the sample board as version-1 file text, and a way to take it apart
 * the way a hand edit, a foreign tool or an attacker would before handing it to parseBoardFile.
 */
import { expect } from 'vitest';
import { parseBoardFile, serializeBoard, type FormatProblem, type ImportOptions } from '../../../shared/format';
import { mapIdOf, type Board } from '../../../shared/model';
import { createSampleBoard } from '../../../shared/sample';

export const NOW = '2026-03-14T12:00:00.000Z';
export const NEW_BOARD_ID = 'imported-board';
export const OPTIONS: ImportOptions = { newId: () => NEW_BOARD_ID, now: NOW };
export const SERIALIZE = { appVersion: '0.1.0', now: '2026-03-14T11:59:00.000Z' } as const;

export type JsonRecord = Record<string, unknown>;

export function isJsonRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function record(value: unknown): JsonRecord {
  if (!isJsonRecord(value)) throw new Error('expected an object in the test file');
  return value;
}

function records(value: unknown): JsonRecord[] {
  if (!Array.isArray(value)) throw new Error('expected a list in the test file');
  return value.map(record);
}

export interface EditableFile {
  readonly root: JsonRecord;
  readonly board: JsonRecord;
  /** The very objects inside `board`: changing one changes the file. */
  readonly people: JsonRecord[];
  readonly outcomes: JsonRecord[];
  readonly activities: JsonRecord[];
}

export function sampleText(board: Board = createSampleBoard()): string {
  return serializeBoard(board, SERIALIZE);
}

export function editable(text: string = sampleText()): EditableFile {
  const root = record(JSON.parse(text));
  const board = record(root.board);
  const people = records(board.people);
  const outcomes = records(board.outcomes);
  const activities = records(board.activities);
  board.people = people;
  board.outcomes = outcomes;
  board.activities = activities;
  return { root, board, people, outcomes, activities };
}

/** The sample file after `edit`, as text. */
export function edited(edit: (file: EditableFile) => void, text?: string): string {
  const file = editable(text);
  edit(file);
  return JSON.stringify(file.root, null, 2);
}

export function expectRefused(text: string, options: ImportOptions = OPTIONS): FormatProblem {
  const result = parseBoardFile(text, options);
  if (result.ok) throw new Error(`expected the file to be refused, but it opened (warnings: ${result.warnings.join(' | ')})`);
  expect(result.error.message.length).toBeGreaterThan(0);
  return result.error;
}

export function expectOpened(text: string, options: ImportOptions = OPTIONS): { board: Board; warnings: string[]; warningCount: number } {
  const result = parseBoardFile(text, options);
  if (!result.ok) throw new Error(`expected the file to open, but: ${result.error.message}`);
  return { board: result.board, warnings: result.warnings, warningCount: result.warningCount };
}

/** The board as import makes it from a file of `board`: a new id, a version of the board's map (its times kept). */
export function asImported(board: Board): Board {
  return { ...board, id: NEW_BOARD_ID as Board['id'], origin: mapIdOf(board) };
}
