/**
 * Files a colleague sends: two people of one name, a field written twice by a hand edit, and the
 * wrong file altogether (the PDF, the CSV, an empty file). Each is either opened so that the room
 * can still tell everyone apart, or refused with a sentence naming what the file is.
 */
import { describe, expect, it } from 'vitest';
import {
  CSV_MESSAGE,
  EMPTY_FILE_MESSAGE,
  NOT_JSON_MESSAGE,
  PDF_MESSAGE,
  UTF16_MESSAGE,
  boardToCsv,
  foreignFileMessage,
} from '../../../shared/format';
import { LIMITS } from '../../../shared/model';
import { createSampleBoard } from '../../../shared/sample';
import { edited, expectOpened, expectRefused, sampleText } from './files';
import { assertBoardInvariants } from './invariants';

const MAYA = 'sample-person-maya';
const LEO = 'sample-person-leo';
const PRIYA = 'sample-person-priya';

/** The sample file with people renamed (and re-roled) by id. */
function withPeople(changes: Record<string, { name?: string; role?: string }>): string {
  return edited((file) => {
    for (const person of file.people) Object.assign(person, changes[String(person.id)] ?? {});
  });
}

describe('two people of one name in an imported file', () => {
  it('are both kept; the later one gets their role in brackets, with a warning, and keeps what they own', () => {
    const { board, warnings } = expectOpened(withPeople({ [LEO]: { name: 'Maya Chen', role: 'Engineer' } }));
    expect(board.people.map((person) => person.name)).toEqual(['Maya Chen', 'Maya Chen (Engineer)', 'Priya Nair', 'Sam Okafor']);
    expect(warnings).toEqual([
      'Two people in the file are called "Maya Chen"; the later one (the 2nd person) is now "Maya Chen (Engineer)", so that they can be told apart. Rename them on the board if you like.',
    ]);
    // Nobody merged: the renamed person is still the same id, owning and assigned as before.
    const original = createSampleBoard();
    expect(board.outcomes.map((outcome) => outcome.ownerId)).toEqual(original.outcomes.map((outcome) => outcome.ownerId));
    expect(board.activities.map((activity) => activity.assigneeIds)).toEqual(original.activities.map((activity) => activity.assigneeIds));
    expect(board.people[1]?.id).toBe(LEO);
    assertBoardInvariants(board);
  });

  it('a right-to-left name stays inside its quotes: the warning reads the right way round', () => {
    // Unisolated, the Hebrew name took the quote and the words after it into its own direction.
    // (A U+202E, the harsher case, is taken out of a file's text before names are compared.)
    const name = 'דליה כהן';
    const { warnings } = expectOpened(withPeople({ [MAYA]: { name }, [LEO]: { name, role: 'Engineer' } }));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^Two people in the file are called \u2068"דליה כהן"\u2069; the later one \(the 2nd person\) is now \u2068"דליה כהן \(Engineer\)"\u2069, so/u);
  });

  it('names differing only in case and spaces are namesakes too, as the people form sees them', () => {
    const { board, warnings } = expectOpened(withPeople({ [LEO]: { name: '  maya   CHEN ', role: 'Engineer' } }));
    expect(board.people[1]?.name).toBe('maya   CHEN (Engineer)');
    // Both names as they are written: "called "maya   CHEN"" alone was not the first one's name.
    expect(warnings[0]).toMatch(/^Two people in the file are called "Maya Chen" and "maya {3}CHEN"; the later one/u);
  });

  // "José" with its "é" as one character and as "e" and an accent: the same name on the chips.
  it('names differing only in how an accent is written (NFC, NFD) are namesakes too', () => {
    const composed = 'Jos\u00e9 Garc\u00eda';
    const decomposed = 'Jose\u0301 Garci\u0301a';
    const { board, warnings } = expectOpened(withPeople({ [MAYA]: { name: composed }, [LEO]: { name: decomposed, role: 'Engineer' } }));
    expect(board.people[1]?.name).toBe(`${decomposed} (Engineer)`);
    expect(warnings).toHaveLength(1);
  });

  it('with the same role, or none, the later ones are numbered, skipping a number already taken', () => {
    const text = withPeople({
      [LEO]: { name: 'Maya Chen', role: 'Head of Sales' },
      [PRIYA]: { name: 'Maya Chen (2)', role: '' },
      'sample-person-sam': { name: 'Maya Chen', role: '' },
    });
    const { board, warnings } = expectOpened(text);
    expect(board.people.map((person) => person.name)).toEqual(['Maya Chen', 'Maya Chen (3)', 'Maya Chen (2)', 'Maya Chen (4)']);
    expect(warnings).toHaveLength(2);
    assertBoardInvariants(board);
  });

  it('a name at the length limit is shortened to make room, never over the limit', () => {
    const long = `${'L'.repeat(LIMITS.nameLength - 1)}🚀`.slice(0, LIMITS.nameLength);
    const { board } = expectOpened(withPeople({ [MAYA]: { name: long }, [LEO]: { name: long, role: 'Engineer' } }));
    const renamed = board.people[1]?.name ?? '';
    expect(renamed.endsWith(' (Engineer)')).toBe(true);
    expect(renamed.length).toBeLessThanOrEqual(LIMITS.nameLength);
    assertBoardInvariants(board);
  });
});

describe('a field written twice in one object', () => {
  // JSON.parse keeps the last: two ownerId keys silently chose one of two owners.
  it('two ownerId keys on one outcome are refused, naming the outcome, instead of the last silently winning', () => {
    const text = sampleText().replace(`"ownerId": "${MAYA}",`, `"ownerId": "${MAYA}",\n      "ownerId": "${LEO}",`);
    const error = expectRefused(text);
    expect(error.message).toBe(
      'The 1st outcome has "ownerId" twice, so it is unclear which one is meant. Remove one of them and import the file again.',
    );
    expect(error.path).toBe('board.outcomes[0].ownerId');
  });

  it('a key written with an escape ("own\\u0065rId") is the same key', () => {
    const text = sampleText().replace(`"ownerId": "${MAYA}",`, `"ownerId": "${MAYA}",\n      "own\\u0065rId": "${MAYA}",`);
    expect(expectRefused(text).path).toBe('board.outcomes[0].ownerId');
  });

  // The scan that finds a key written twice steps over an escaped quote in a text ("The 12\" screen");
  // out of step after it, it missed the duplicate, and the last owner silently won.
  it('a title with an escaped quote before the twice-written key does not hide it', () => {
    const titled = sampleText().replace('"title": "Outbound pipeline"', '"title": "The 12\\" screen"');
    expect(titled).toContain('The 12\\" screen');
    const text = titled.replace(`"ownerId": "${MAYA}",`, `"ownerId": "${MAYA}",\n      "ownerId": "${LEO}",`);
    expect(expectRefused(text)).toEqual({
      message: 'The 1st outcome has "ownerId" twice, so it is unclear which one is meant. Remove one of them and import the file again.',
      path: 'board.outcomes[0].ownerId',
    });
  });

  it('in a list, the path names the item; at the top, the file', () => {
    const inList = sampleText().replace(`"id": "${LEO}",`, `"id": "${LEO}",\n      "name": "Leo F.",`);
    expect(expectRefused(inList).path).toBe('board.people[1].name');
    const top = sampleText().replace('"version": 1,', '"version": 1,\n  "version": 1,');
    expect(expectRefused(top).message).toMatch(/^The file has "version" twice/u);
  });

  it('any other JSON with a key written twice is told it is not an ownership map, not about its keys', () => {
    const message = expectRefused('{"name": "a", "name": "b"}').message;
    expect(message).not.toMatch(/twice/u);
    expect(message).toBe(expectRefused('{"name": "a"}').message);
  });

  it('the same key in different objects, or as a value, is no duplicate', () => {
    expect(expectOpened(sampleText()).warnings).toEqual([]);
    const asValue = sampleText().replace('"notes": ""', '"notes": "title"');
    expectOpened(asValue);
  });
});

describe('initials are one line, like every single-line field', () => {
  it('a control character in initials becomes a space, with a warning; initials of nothing but controls are derived', () => {
    const bell = edited((file) => {
      Object.assign(file.people[0] ?? {}, { initials: 'M\u0007C' });
      Object.assign(file.people[1] ?? {}, { initials: '\u001b\u001b' });
    });
    const { board, warnings } = expectOpened(bell);
    expect(board.people[0]?.initials).toBe('M C');
    expect(board.people[1]?.initials).toBe('LF');
    expect(warnings[0]).toBe("The 1st person's initials had line breaks or control characters in one line of text; they are now spaces.");
    assertBoardInvariants(board);
  });
});

describe('the wrong file altogether is named for what it is', () => {
  it.each([
    ['an empty file', '', EMPTY_FILE_MESSAGE],
    ['a file of only spaces and line breaks', '  \r\n\t ', EMPTY_FILE_MESSAGE],
    ['the outcomes CSV the app exports', boardToCsv(createSampleBoard()).outcomes, CSV_MESSAGE],
    ['the activities CSV the app exports', boardToCsv(createSampleBoard()).activities, CSV_MESSAGE],
    ['a semicolon spreadsheet', 'Outcome;Owner\nPipeline;Maya\n', CSV_MESSAGE],
    ['a PDF that happens to be text', '%PDF-1.7\n1 0 obj\n<< >>\nendobj\n', PDF_MESSAGE],
    ['a sentence with a comma', 'Maya, here is the map.', NOT_JSON_MESSAGE],
    ['a truncated map', sampleText().slice(0, 300), NOT_JSON_MESSAGE],
  ])('%s', (_name, text, message) => {
    expect(expectRefused(text).message).toBe(message);
  });

  // A spreadsheet: the first line holds commas, semicolons or tabs, the second at least as many of the same one, and the text does not start like JSON.
  it.each([
    ['a tab-separated spreadsheet', 'Outcome\tOwner\nPipeline\tMaya\n'],
    ['a spreadsheet with old Mac line ends', 'Outcome,Owner\rPipeline,Maya\r'],
    ['a spreadsheet with Windows line ends', 'Outcome;Owner;Target\r\nPipeline;Maya;40\r\n'],
    ['a second row with more commas than the first (a quoted cell)', 'Outcome,Owner\n"Pipeline, Q3",Maya\n'],
    // Every cell quoted, as many exports write them: it started with a quote, as a JSON string does.
    ['a spreadsheet with every cell quoted', '"Outcome","Owner","Target"\n"Pipeline, Q3","Maya ""MC"" Chen",40\n'],
    ['a spreadsheet with its quoted cells split by semicolons', '"Outcome";"Owner"\r\n"Pipeline";"Maya"\r\n'],
  ])('%s is named a spreadsheet', (_name, text) => {
    expect(expectRefused(text).message).toBe(CSV_MESSAGE);
  });

  it.each([
    ['two lines without a comma, semicolon or tab', 'Hello Maya\nhere is the map as you asked'],
    ['a second line with fewer commas than the first', 'Dear Maya, Leo, Priya,\nhere is the map, at last.'],
    ['commas on the first line, semicolons on the second', 'Outcome,Owner\nPipeline;Maya\n'],
    ['lines separated by bars', 'Outcome|Owner\nPipeline|Maya\n'],
    // Each of these would be a spreadsheet but for starting like JSON.
    ['a broken JSON list', '[1, 2,\n3, 4, 5'],
    ['a broken JSON object, after spaces', '  {"title": "Growth, Q3",\n"purpose": "Who, what, when",'],
    ['a broken JSON string', '"Maya, Leo,\nPriya, Sam, Kai'],
  ])('%s is not called a spreadsheet', (_name, text) => {
    expect(expectRefused(text).message).toBe(NOT_JSON_MESSAGE);
  });

  it('a PDF, a zip (an Excel or Word file) or an image is recognised by its first bytes, before decoding', () => {
    const bytes = (...values: number[]) => Uint8Array.from([...values, 0xff, 0xfe, 0x00]);
    expect(foreignFileMessage(bytes(0x25, 0x50, 0x44, 0x46, 0x2d, 0x31))).toBe(PDF_MESSAGE);
    expect(foreignFileMessage(bytes(0x50, 0x4b, 0x03, 0x04))).toMatch(/^This is a compressed file \(a zip, or an Excel or Word document\)/u);
    expect(foreignFileMessage(bytes(0x89, 0x50, 0x4e, 0x47))).toMatch(/^This is an image \(PNG\)/u);
    expect(foreignFileMessage(bytes(0xff, 0xd8, 0xff))).toMatch(/^This is an image \(JPEG\)/u);
    expect(foreignFileMessage(new TextEncoder().encode(sampleText()))).toBeNull();
    expect(foreignFileMessage(new Uint8Array())).toBeNull();
  });

  it('text saved as UTF-16 (Notepad\'s "Unicode") is named so, with or without its byte-order mark, in either byte order', () => {
    const text = sampleText().slice(0, 200);
    const unit = (index: number) => text.charCodeAt(Math.floor(index / 2));
    const littleEndian = Uint8Array.from({ length: text.length * 2 }, (_, index) => (index % 2 === 0 ? unit(index) & 0xff : unit(index) >> 8));
    const bigEndian = littleEndian.map((_, index) => littleEndian[index % 2 === 0 ? index + 1 : index - 1] ?? 0);
    for (const bytes of [littleEndian, bigEndian, Uint8Array.from([0xff, 0xfe, ...littleEndian]), Uint8Array.from([0xfe, 0xff, ...bigEndian])]) {
      expect(foreignFileMessage(bytes)).toBe(UTF16_MESSAGE);
    }
    // Judged from 8 bytes on: "{}" and a line break in UTF-16 are 8 bytes with the Windows line end, 6 without.
    const utf16 = (plain: string) => Uint8Array.from({ length: plain.length * 2 }, (_, index) => (index % 2 === 0 ? plain.charCodeAt(index / 2) : 0));
    expect(foreignFileMessage(utf16('{}\r\n'))).toBe(UTF16_MESSAGE);
    expect(foreignFileMessage(utf16('{}\n'))).toBeNull();
    // UTF-8 with its byte-order mark, or with letters beyond Latin, is not.
    expect(foreignFileMessage(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(sampleText())]))).toBeNull();
    expect(foreignFileMessage(new TextEncoder().encode('{"format":"ownership-board","title":"Ελληνικά 日本語"}'))).toBeNull();
  });
});
