/**
 * Fuzzing the importer: valid files, broken in the ways files really break (hand edits, other
 * tools, truncated downloads, attackers), thousands of times with a fixed seed. Whatever comes in,
 * parseBoardFile must return quickly, never throw, and either give a board that keeps every
 * invariant or a short, non-empty sentence.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBoardFile, serializeBoard } from '../../../shared/format';
import type { Board } from '../../../shared/model';
import { generateBoard, seededRandom, type Random } from './boards';
import { entities, read, slots, write } from './fileSlots';
import { NEW_BOARD_ID, NOW, OPTIONS, SERIALIZE, isJsonRecord, type JsonRecord } from './files';
import { boardViolations } from './invariants';

const FILES = 3000;
const SEED = 0x0b0a4d;

const BASE_V1 = serializeBoard(generateBoard({ seed: 7, people: 6, outcomes: 8, activities: 24 }), SERIALIZE);
const BASE_V0 = readFileSync(new URL('../../fixtures/files/version-0-board.ownership.json', import.meta.url), 'utf8');

/**
 * Deep nesting is written as a marker and expanded in the text afterwards: JSON.stringify itself
 * recurses, and would overflow the test's own stack on 100,000 levels.
 */
const NEST_MARKER = /"@@nest:(\d+)@@"/gu;

function expandNesting(text: string): string {
  return text.replace(NEST_MARKER, (_match, digits: string) => {
    const depth = Number(digits);
    const half = Math.floor(depth / 2);
    return `${'[{"a":'.repeat(half)}1${'}]'.repeat(half)}`;
  });
}

const ODD_VALUES: readonly unknown[] = [0, -1, 1.5, '', '   ', 'text', true, false, null, [], {}, [1, 2], { a: 1 }, 'x'.repeat(300)];

type ObjectMutation = (random: Random, root: JsonRecord) => string;

const OBJECT_MUTATIONS: readonly ObjectMutation[] = [
  function deleteKey(random, root) {
    const slot = random.pick(slots(root).filter((candidate) => !Array.isArray(candidate.container)));
    Reflect.deleteProperty(slot.container, slot.key);
    return `delete ${String(slot.key)}`;
  },
  function changeType(random, root) {
    const slot = random.pick(slots(root));
    write(slot, random.pick(ODD_VALUES));
    return `change type of ${String(slot.key)}`;
  },
  function duplicateId(random, root) {
    const all = entities(root);
    if (all.length < 2) return 'duplicate id (skipped)';
    random.pick(all).id = random.pick(all).id;
    return 'duplicate id';
  },
  function missingReference(random, root) {
    const choice = random.int(3);
    if (choice === 0 && entities(root, 'outcomes').length > 0) random.pick(entities(root, 'outcomes')).ownerId = 'missing-person';
    else if (choice === 1 && entities(root, 'activities').length > 0) random.pick(entities(root, 'activities')).outcomeId = 'missing-outcome';
    else if (entities(root, 'activities').length > 0) random.pick(entities(root, 'activities')).assigneeIds = ['missing-person'];
    return 'missing reference';
  },
  function swapValues(random, root) {
    const all = slots(root);
    const a = random.pick(all);
    const b = random.pick(all);
    const value = read(a);
    write(a, read(b));
    write(b, value);
    return `swap ${String(a.key)} and ${String(b.key)}`;
  },
  function hugeString(random, root) {
    const strings = slots(root).filter((slot) => typeof read(slot) === 'string');
    if (strings.length === 0) return 'huge string (skipped)';
    const length = random.chance(0.05) ? 1_000_000 : random.pick([101, 201, 5001, 100_000]);
    write(random.pick(strings), 'y'.repeat(length));
    return `huge string of ${length}`;
  },
  function twoOwners(random, root) {
    const outcomes = entities(root, 'outcomes');
    const people = entities(root, 'people');
    if (outcomes.length === 0 || people.length < 2) return 'two owners (skipped)';
    const outcome = random.pick(outcomes);
    if (random.chance(0.5)) outcome.ownerId = [random.pick(people).id, random.pick(people).id];
    else outcome.owners = [random.pick(people).id];
    return 'two owners';
  },
  function duplicateAssignee(random, root) {
    const activities = entities(root, 'activities').filter((activity) => Array.isArray(activity.assigneeIds));
    if (activities.length === 0) return 'duplicate assignee (skipped)';
    const activity = random.pick(activities);
    const ids = activity.assigneeIds as unknown[];
    if (ids.length > 0) ids.push(random.pick(ids));
    return 'duplicate assignee';
  },
  function unknownField(random, root) {
    const objects = slots(root).map(read).filter(isJsonRecord);
    random.pick([root, ...objects])[random.pick(['extra', 'x-custom', 'owners2', 'toString', 'valueOf', 'hasOwnProperty'])] =
      random.pick(ODD_VALUES);
    return 'unknown field';
  },
  function envelope(random, root) {
    if (random.chance(0.5)) root.version = random.pick([0, 1, 2, 1.5, '1', null, -1, 1e9]);
    else root.format = random.pick(['ownership-board', 'Ownership-Board', '', null, 1]);
    return 'envelope';
  },
  function removeEntity(random, root) {
    const board = root.board;
    if (!isJsonRecord(board)) return 'remove entity (skipped)';
    const list = board[random.pick(['people', 'outcomes', 'activities'])];
    if (Array.isArray(list) && list.length > 0) list.splice(random.int(list.length), 1);
    return 'remove entity';
  },
  function blankText(random, root) {
    const strings = slots(root).filter((slot) => typeof read(slot) === 'string');
    if (strings.length > 0) write(random.pick(strings), random.pick(['', '   ', '\n\t']));
    return 'blank text';
  },
  function nestDeeply(random, root) {
    const depth = random.pick([10, 63, 65, 1000, 100_000]);
    write(random.pick(slots(root)), `@@nest:${depth}@@`);
    return `nest ${depth} deep`;
  },
];

type TextMutation = (random: Random, text: string) => string;

const GARBAGE: readonly string[] = ['\u0000', '{', '}', '[', ']', '"', '\\', ',', ':', '\uFEFF', '\uD800', 'é', '🚀', '\n', 'null', 'true', '1e400', '-', '0'];

const TEXT_MUTATIONS: readonly TextMutation[] = [
  (random, text) => text.slice(0, random.int(text.length)),
  (random, text) => {
    let out = text;
    for (let i = random.int(5) + 1; i > 0; i--) {
      const at = random.int(out.length + 1);
      out = out.slice(0, at) + random.pick(GARBAGE) + out.slice(at);
    }
    return out;
  },
  (random, text) => {
    const at = random.int(text.length);
    return text.slice(0, at) + random.pick(GARBAGE) + text.slice(at + 1);
  },
  (random, text) => {
    const numbers = [...text.matchAll(/(?<=: )-?\d+(?:\.\d+)?(?=[,\n])/gu)];
    const match = numbers.length > 0 ? random.pick(numbers) : undefined;
    if (match?.index === undefined) return text;
    return text.slice(0, match.index) + random.pick(['1e400', '-1e400', 'NaN', 'Infinity', '1e-400']) + text.slice(match.index + match[0].length);
  },
  (random, text) => {
    const poison = random.pick([
      '"__proto__": {"polluted": true},',
      '"constructor": {"prototype": {"polluted": true}},',
      '"prototype": {"polluted": true},',
      '"__proto__": [],',
    ]);
    const openings = [...text.matchAll(/\{\n/gu)];
    const opening = openings.length > 0 ? random.pick(openings) : undefined;
    if (opening?.index === undefined) return text;
    return `${text.slice(0, opening.index + 2)}${poison}\n${text.slice(opening.index + 2)}`;
  },
  (_random, text) => `\uFEFF${text}`,
  (random, text) => {
    const from = random.int(text.length);
    return text.slice(0, from) + text.slice(from + random.int(200));
  },
];

interface Outcome {
  readonly ok: boolean;
  readonly ms: number;
}

function checkOne(text: string, description: string): Outcome {
  const started = performance.now();
  const result = parseBoardFile(text, OPTIONS);
  const ms = performance.now() - started;
  if (result.ok) {
    const problems = [
      ...boardViolations(result.board),
      ...(result.board.id === NEW_BOARD_ID ? [] : ['the board did not get the new id']),
      ...(Date.parse(result.board.updatedAt) <= Date.parse(NOW) ? [] : ['updatedAt is after now']),
      ...(result.warnings.every((warning) => typeof warning === 'string' && warning.length > 0) ? [] : ['an empty warning']),
    ];
    // What opens once must open again, unchanged: export and import agree on every board they let in.
    const again = parseBoardFile(serializeBoard(result.board, SERIALIZE), { newId: () => result.board.id, now: NOW });
    if (!again.ok) problems.push(`re-import refused: ${again.error.message}`);
    else if (JSON.stringify(again.board) !== JSON.stringify(result.board)) problems.push('re-import changed the board');
    if (problems.length > 0) throw new Error(`${description}: opened a broken board:\n${problems.join('\n')}`);
  } else {
    const { message, path } = result.error;
    if (typeof message !== 'string' || message.trim().length === 0) throw new Error(`${description}: an empty error message`);
    // A message must never echo a huge hostile value back at the person.
    if (message.length > 400) throw new Error(`${description}: a ${message.length}-character message`);
    // That sentence is the safety net for bugs: a mutated file must be refused for a reason.
    if (message.startsWith('This file could not be read:')) throw new Error(`${description}: an unexpected exception (${message})`);
    if (path !== undefined && (typeof path !== 'string' || path.length === 0)) throw new Error(`${description}: an empty path`);
  }
  return { ok: result.ok, ms };
}

function mutatedFile(random: Random): { text: string; description: string } {
  const base = random.chance(0.1) ? BASE_V0 : BASE_V1;
  const steps: string[] = [];
  let text = base;
  if (random.chance(0.85)) {
    const root = JSON.parse(base) as JsonRecord;
    for (let i = random.int(3) + 1; i > 0; i--) steps.push(random.pick(OBJECT_MUTATIONS)(random, root));
    text = expandNesting(random.chance(0.7) ? JSON.stringify(root, null, 2) : JSON.stringify(root));
  }
  if (steps.length === 0 || random.chance(0.35)) {
    for (let i = random.int(2) + 1; i > 0; i--) {
      const mutation = random.pick(TEXT_MUTATIONS);
      text = mutation(random, text);
      steps.push(`text mutation ${TEXT_MUTATIONS.indexOf(mutation)}`);
    }
  }
  return { text, description: `${base === BASE_V0 ? 'v0' : 'v1'}: ${steps.join(', ')}` };
}

describe('fuzzing parseBoardFile', () => {
  it(`${FILES} mutated files never make it throw, each returns quickly, and every board it opens is sound`, () => {
    const random = seededRandom(SEED);
    let opened = 0;
    let slowest = 0;
    const started = performance.now();
    for (let i = 0; i < FILES; i++) {
      const { text, description } = mutatedFile(random);
      let outcome: Outcome;
      try {
        outcome = checkOne(text, `file ${i} (${description})`);
      } catch (error) {
        throw new Error(`file ${i} (${description}): ${error instanceof Error ? error.message : String(error)}`);
      }
      if (outcome.ok) opened++;
      slowest = Math.max(slowest, outcome.ms);
    }
    const total = performance.now() - started;

    expect(slowest).toBeLessThan(1000);
    // The mutations must explore both sides, or the test proves little.
    expect(opened).toBeGreaterThan(FILES * 0.05);
    expect(FILES - opened).toBeGreaterThan(FILES * 0.3);
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
    if (process.env.FUZZ_REPORT !== undefined) {
      process.stdout.write(
        `fuzz: ${FILES} files, ${opened} opened, ${FILES - opened} refused, slowest ${slowest.toFixed(1)} ms, total ${total.toFixed(0)} ms\n`,
      );
    }
  }, 60_000);

  it('the unmutated bases open, so every failure above comes from a mutation', () => {
    const v1 = parseBoardFile(BASE_V1, OPTIONS);
    const v0 = parseBoardFile(BASE_V0, OPTIONS);
    expect(v1.ok && v0.ok).toBe(true);
    if (v1.ok) expect(boardViolations(v1.board)).toEqual([]);
    const board: Board | undefined = v1.ok ? v1.board : undefined;
    expect(board?.activities).toHaveLength(24);
  });
});
