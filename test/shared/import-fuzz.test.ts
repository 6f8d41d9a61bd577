/**
 * The file a colleague sends, and the file an attacker sends: valid exports (the sample board and
 * generated ones) broken at random, with a fixed seed, on the way a file really reaches the app —
 * as bytes, decoded strictly as UTF-8 the way both platforms read a file, then parseBoardFile.
 *
 * For every file: nothing throws; the result is either a board that keeps every invariant or a
 * refusal a person can read (a sentence, no stack trace, no "undefined", "[object Object]" or
 * "NaN"); warnings read the same way; and Object.prototype is untouched. The mutations here are
 * the ones test/shared/format/fuzz.test.ts does not make: ids swapped between entities,
 * out-of-range numbers, NaN/Infinity written as text, Unicode controls, namesakes, duplicate JSON
 * keys, truncation at a byte offset and bytes that are not UTF-8.
 */
import { describe, expect, it } from 'vitest';
import { foreignFileMessage, parseBoardFile, serializeBoard } from '../../shared/format';
import { NOT_UTF8_MESSAGE } from '../../shared/ipc';
import { LIMITS, type Board } from '../../shared/model';
import { createSampleBoard } from '../../shared/sample';
import { generateBoard, seededRandom, type Random } from './format/boards';
import { entities, read, slots, write } from './format/fileSlots';
import { NEW_BOARD_ID, OPTIONS, SERIALIZE, type JsonRecord } from './format/files';
import { boardViolations } from './format/invariants';

const FILES = 1500;
// FUZZ_SEED explores other files (a failure names its seed); the default keeps every run the same.
const SEED = process.env.FUZZ_SEED === undefined ? 0x5eed_f11e : Number(process.env.FUZZ_SEED);

const BASES: readonly { readonly name: string; readonly text: string }[] = [
  { name: 'sample', text: serializeBoard(createSampleBoard(), SERIALIZE) },
  { name: 'generated small', text: serializeBoard(generateBoard({ seed: 11, people: 3, outcomes: 2, activities: 5 }), SERIALIZE) },
  { name: 'generated', text: serializeBoard(generateBoard({ seed: 12, people: 7, outcomes: 9, activities: 30 }), SERIALIZE) },
];

/** Text a person must never see in a message: the marks of a bug rather than a sentence. */
const LEAKS = [/\bundefined\b/u, /\[object \w+\]/u, /\bNaN\b/u, /\n\s+at /u, /\b(?:Type|Range|Syntax|Reference)Error\b/u];

const CONTROL_TEXT = ['\u0000', '\u0007', '\u001b[31m', '\u007f', '\u0085', '\u200e', '\u202e', '\u2028', '\u2029', '\ufeff', '\ud800', '\udfff', '\t', '\r\n'];

const STRANGE_NUMBERS: readonly unknown[] = [
  'NaN',
  'Infinity',
  '-Infinity',
  '1e999',
  1e308,
  -1e308,
  5e-324,
  Number.MAX_SAFE_INTEGER + 2,
  -0.0000001,
  '12',
  '',
];

type ObjectMutation = (random: Random, root: JsonRecord) => string;

const OBJECT_MUTATIONS: readonly ObjectMutation[] = [
  function deleteField(random, root) {
    const slot = random.pick(slots(root).filter((candidate) => !Array.isArray(candidate.container)));
    Reflect.deleteProperty(slot.container, slot.key);
    return `delete ${String(slot.key)}`;
  },
  function duplicateEntity(random, root) {
    const board = root.board as JsonRecord;
    const list = board[random.pick(['people', 'outcomes', 'activities'])];
    if (Array.isArray(list) && list.length > 0) list.push(structuredClone(random.pick(list)));
    return 'duplicate an entity';
  },
  function retype(random, root) {
    const slot = random.pick(slots(root));
    write(slot, random.pick<unknown>([true, 0, 'text', null, [], {}, ['a'], { id: 'x' }, 'undefined', '[object Object]']));
    return `retype ${String(slot.key)}`;
  },
  function swapIds(random, root) {
    const all = entities(root);
    if (all.length < 2) return 'swap ids (skipped)';
    const a = random.pick(all);
    const b = random.pick(all);
    [a.id, b.id] = [b.id, a.id];
    return 'swap two ids';
  },
  function strangeNumber(random, root) {
    const numeric = slots(root).filter((slot) => ['target', 'current', 'version'].includes(String(slot.key)));
    if (numeric.length === 0) return 'strange number (skipped)';
    const slot = random.pick(numeric);
    const value = random.pick(STRANGE_NUMBERS);
    write(slot, value);
    return `${String(slot.key)} = ${String(value)}`;
  },
  function atTheLimit(random, root) {
    const strings = slots(root).filter((slot) => ['title', 'name', 'role', 'metric', 'notes', 'id'].includes(String(slot.key)));
    if (strings.length === 0) return 'at the limit (skipped)';
    const slot = random.pick(strings);
    const limit = String(slot.key) === 'notes' ? LIMITS.notesLength : String(slot.key) === 'title' ? LIMITS.titleLength : LIMITS.nameLength;
    // An emoji is two UTF-16 units: limit - 1 units then one emoji straddles the limit.
    const length = random.pick([limit - 1, limit, limit + 1, 1_000_000]);
    write(slot, `${'a'.repeat(length - 1)}${random.pick(['b', '🚀'])}`);
    return `${String(slot.key)} of ${length}`;
  },
  function controls(random, root) {
    const strings = slots(root).filter((slot) => typeof read(slot) === 'string');
    if (strings.length === 0) return 'controls (skipped)';
    const slot = random.pick(strings);
    const value = read(slot) as string;
    const at = random.int(value.length + 1);
    write(slot, `${value.slice(0, at)}${random.pick(CONTROL_TEXT)}${value.slice(at)}`);
    return `control character in ${String(slot.key)}`;
  },
  function onlyControls(random, root) {
    const strings = slots(root).filter((slot) => ['title', 'name'].includes(String(slot.key)));
    if (strings.length > 0) write(random.pick(strings), random.pick(['\u0000\u0000', '\u200e', '\r\n', '\ufeff']));
    return 'a title of controls';
  },
  function namesake(random, root) {
    const people = entities(root, 'people');
    if (people.length < 2) return 'namesake (skipped)';
    const [a, b] = [random.pick(people), random.pick(people)];
    b.name = random.pick([a.name, ` ${String(a.name).toUpperCase()} `, `${String(a.name)}  `]);
    if (random.chance(0.5)) b.role = a.role;
    return 'two people of one name';
  },
  function prototypeKeys(random, root) {
    const objects = slots(root).map(read).filter((value): value is JsonRecord => typeof value === 'object' && value !== null && !Array.isArray(value));
    const target = random.pick([root, ...objects]);
    // Own properties, as JSON.parse makes them: a plain assignment to __proto__ would set the prototype.
    Object.defineProperty(target, random.pick(['__proto__', 'constructor', 'prototype']), {
      value: { polluted: true, toString: 'x' },
      enumerable: true,
      configurable: true,
      writable: true,
    });
    return 'prototype key';
  },
];

type TextMutation = (random: Random, text: string) => string;

const TEXT_MUTATIONS: readonly TextMutation[] = [
  function duplicateKey(random, text) {
    // A field line written twice, the second time (sometimes) with another value.
    const lines = text.split('\n');
    const candidates = [...lines.keys()].filter((index) => /^\s+"\w+": [^[{]/u.test(lines[index] ?? ''));
    if (candidates.length === 0) return text;
    const index = random.pick(candidates);
    const line = lines[index] ?? '';
    const copy = random.chance(0.5) ? line : line.replace(/: .*?(,?)$/u, ': "changed"$1');
    lines.splice(index + 1, 0, copy.endsWith(',') ? copy : `${copy},`);
    if (!line.endsWith(',')) lines[index] = `${line},`;
    return lines.join('\n');
  },
  (_random, text) => `\ufeff${text}`,
  (_random, text) => `\ufeff\ufeff${text}`,
  (random, text) => text.replace(/\n/gu, random.pick(['\r\n', '\r', '\u2028'])),
];

type ByteMutation = (random: Random, bytes: Uint8Array) => Uint8Array<ArrayBuffer>;

const BYTE_MUTATIONS: readonly ByteMutation[] = [
  (random, bytes) => bytes.slice(0, random.int(bytes.length)),
  (random, bytes) => {
    const at = random.int(bytes.length);
    const bad = random.pick([[0xff], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf8, 0x88, 0x80, 0x80, 0x80]]);
    return Uint8Array.from([...bytes.slice(0, at), ...bad, ...bytes.slice(at)]);
  },
  (random, bytes) => {
    const copy = bytes.slice();
    const at = random.int(copy.length);
    copy[at] = random.int(256);
    return copy;
  },
];

function mutatedFile(random: Random): { bytes: Uint8Array; description: string } {
  const base = random.pick(BASES);
  const steps: string[] = [base.name];
  const root = JSON.parse(base.text) as JsonRecord;
  for (let i = random.int(3); i > 0; i--) steps.push(random.pick(OBJECT_MUTATIONS)(random, root));
  let text = JSON.stringify(root, null, 2);
  if (random.chance(0.3)) {
    const mutation = random.pick(TEXT_MUTATIONS);
    text = mutation(random, text);
    steps.push(mutation.name === '' ? `text mutation ${TEXT_MUTATIONS.indexOf(mutation)}` : mutation.name);
  }
  let bytes: Uint8Array<ArrayBuffer> = new TextEncoder().encode(text);
  if (random.chance(0.25)) {
    const mutation = random.pick(BYTE_MUTATIONS);
    bytes = mutation(random, bytes);
    steps.push(`byte mutation ${BYTE_MUTATIONS.indexOf(mutation)}`);
  }
  return { bytes, description: steps.join(', ') };
}

function readable(what: string, text: string): string[] {
  const problems: string[] = [];
  if (text.trim().length === 0) problems.push(`${what} is empty`);
  if (text.length > 400) problems.push(`${what} is ${text.length} characters long`);
  // A value quoted from the file may say anything ("undefined" is a fine title); the rest may not.
  const ownWords = text.replace(/"(?:[^"\\]|\\.)*"/gu, '""');
  for (const leak of LEAKS) if (leak.test(ownWords)) problems.push(`${what} contains ${String(leak)}: ${text}`);
  return problems;
}

type Verdict = 'opened' | 'refused' | 'not text';

function checkOne(bytes: Uint8Array): { verdict: Verdict; problems: string[] } {
  // As the desktop and the browser read a file: a PDF or image named, else strictly UTF-8, BOM dropped.
  const foreign = foreignFileMessage(bytes);
  if (foreign !== null) return { verdict: 'not text', problems: readable('the foreign-file message', foreign) };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { verdict: 'not text', problems: readable('the not-UTF-8 message', NOT_UTF8_MESSAGE) };
  }
  const result = parseBoardFile(text, OPTIONS);
  if (!result.ok) {
    const problems = readable('the refusal', result.error.message);
    if (result.error.message.startsWith('This file could not be read:')) problems.push(`an unexpected exception: ${result.error.message}`);
    return { verdict: 'refused', problems };
  }
  const problems = [
    ...boardViolations(result.board),
    ...result.warnings.flatMap((warning, index) => readable(`warning ${index}`, warning)),
    ...(result.board.id === NEW_BOARD_ID ? [] : ['the board did not get a new id']),
  ];
  return { verdict: 'opened', problems };
}

describe('fuzzing the import of a file a colleague sends', () => {
  it(`${FILES} mutated files: never a throw, every board sound, every message a readable sentence`, () => {
    const random = seededRandom(SEED);
    const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
    const counts: Record<Verdict, number> = { opened: 0, refused: 0, 'not text': 0 };
    const started = performance.now();
    for (let i = 0; i < FILES; i++) {
      const { bytes, description } = mutatedFile(random);
      let checked: ReturnType<typeof checkOne>;
      try {
        checked = checkOne(bytes);
      } catch (error) {
        throw new Error(`file ${i} (${description}) threw: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      }
      if (checked.problems.length > 0) throw new Error(`seed ${SEED}, file ${i} (${description}):\n${checked.problems.join('\n')}`);
      counts[checked.verdict]++;
    }
    const seconds = (performance.now() - started) / 1000;
    if (process.env.FUZZ_REPORT !== undefined) {
      process.stdout.write(`import fuzz (seed ${SEED}): ${JSON.stringify(counts)} in ${seconds.toFixed(2)} s\n`);
    }

    // Every side explored, or the test proves little.
    expect(counts.opened).toBeGreaterThan(FILES * 0.1);
    expect(counts.refused).toBeGreaterThan(FILES * 0.2);
    expect(counts['not text']).toBeGreaterThan(10);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Array.prototype)).toEqual([]);
  }, 60_000);

  it('the unbroken bases open with no warnings, so every refusal above comes from a mutation', () => {
    for (const base of BASES) {
      const result = parseBoardFile(base.text, OPTIONS);
      expect(result.ok && result.warnings).toEqual([]);
      const board: Board | undefined = result.ok ? result.board : undefined;
      expect(board && boardViolations(board)).toEqual([]);
    }
  });
});
