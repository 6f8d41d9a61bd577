/**
 * Files that are not ownership maps at all, named for what they are. A colleague sends "the map"
 * and it is the PDF, or the CSV, or an empty file; "not valid JSON" or "not UTF-8" tells them
 * nothing they can act on. Recognised by their first bytes (or first line), never guessed beyond
 * that; anything unrecognised keeps the general message.
 */

/** What to import instead, said after every "this is not a map" message. */
export const IMPORT_HINT = 'Import opens the .ownership.json files that Export → JSON makes.';

export const EMPTY_FILE_MESSAGE = 'This file is empty: there is no ownership map in it.';
export const PDF_MESSAGE = `This is a PDF, not an ownership map file: a PDF cannot be imported back. ${IMPORT_HINT}`;
export const CSV_MESSAGE = `This looks like a spreadsheet (CSV), not an ownership map file: a CSV export cannot be imported back. ${IMPORT_HINT}`;

const SIGNATURES: readonly { readonly bytes: readonly number[]; readonly message: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], message: PDF_MESSAGE }, // %PDF-
  {
    bytes: [0x50, 0x4b, 0x03, 0x04], // PK: zip, and so .xlsx, .docx, .numbers
    message: `This is a compressed file (a zip, or an Excel or Word document), not an ownership map file. ${IMPORT_HINT}`,
  },
  { bytes: [0x89, 0x50, 0x4e, 0x47], message: `This is an image (PNG), not an ownership map file. ${IMPORT_HINT}` },
  { bytes: [0xff, 0xd8, 0xff], message: `This is an image (JPEG), not an ownership map file. ${IMPORT_HINT}` },
];

/**
 * A sentence for a file that is plainly not text, by its first bytes (a PDF, a zip or Office
 * document, an image), or null. Both platforms ask before decoding the bytes as UTF-8.
 */
export function foreignFileMessage(bytes: Uint8Array): string | null {
  const known = SIGNATURES.find((signature) => signature.bytes.every((byte, index) => bytes[index] === byte));
  if (known) return known.message;
  return isUtf16(bytes) ? UTF16_MESSAGE : null;
}

/**
 * Text saved as UTF-16, as Windows Notepad's "Unicode" saves it. With its byte-order mark it was
 * called "not UTF-8 … such as Windows-1252", which points the wrong way; without one, its Latin
 * letters each followed (or preceded) by a zero byte decode as UTF-8 and it was called "not valid
 * JSON".
 */
export const UTF16_MESSAGE =
  'The file’s text is in UTF-16 (what Windows Notepad calls “Unicode”), not UTF-8, the only encoding the app reads. Save it again as UTF-8, then import it.';

/** A UTF-16 byte-order mark, or a start whose every other byte is zero (Latin text in UTF-16). */
function isUtf16(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const head = bytes.subarray(0, 64);
  if (head.length < 8) return false;
  const even = head.filter((_, index) => index % 2 === 0);
  const odd = head.filter((_, index) => index % 2 === 1);
  const lettersBesideZeros = (letters: Uint8Array, zeros: Uint8Array) => letters.every((byte) => byte !== 0) && zeros.every((byte) => byte === 0);
  return lettersBesideZeros(even, odd) || lettersBesideZeros(odd, even);
}

/**
 * A sentence for text that did not parse as JSON when it plainly is something else, or null.
 * Only called after JSON.parse failed, so a real map is never misnamed.
 */
export function foreignTextMessage(text: string): string | null {
  if (text.trim() === '') return EMPTY_FILE_MESSAGE;
  if (text.startsWith('%PDF-')) return PDF_MESSAGE;
  return looksLikeCsv(text) ? CSV_MESSAGE : null;
}

/**
 * The first line holds commas, semicolons or tabs, the second at least as many, and the text does
 * not start like JSON: how the app's own CSV export, and most spreadsheets, look.
 */
function looksLikeCsv(text: string): boolean {
  const head = text.slice(0, 10_000);
  if (startsLikeJson(head)) return false;
  const [first, second] = head.split(/\r\n|\n|\r/u);
  if (first === undefined || second === undefined) return false;
  return [',', ';', '\t'].some((separator) => {
    const count = first.split(separator).length - 1;
    // At least as many: a quoted cell of the second row may hold the separator too.
    return count > 0 && second.split(separator).length - 1 >= count;
  });
}

/**
 * An object, a list, or a string — but not a spreadsheet's quoted first cell: many export every
 * cell quoted ("Outcome","Owner"), and those were told "not valid JSON" rather than that they were
 * a spreadsheet. A cell closes its quotes ("" inside is one quote) and a separator follows.
 */
function startsLikeJson(text: string): boolean {
  if (/^\s*[[{]/u.test(text)) return true;
  return /^\s*"/u.test(text) && !/^\s*"(?:[^"]|"")*"[,;\t]/u.test(text);
}
