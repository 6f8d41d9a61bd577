/**
 * shared/format/schema.json is the format's contract for other tools. No JSON-schema engine is
 * installed, so a small validator of exactly the keywords the schema uses checks real exports
 * against it; it refuses keywords it does not know, so the schema cannot quietly outgrow the test.
 * A second test ties the schema's `required` lists to the keys the serializer writes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IMPORT_LIMITS, serializeBoard } from '../../../shared/format';
import {
  ACTIVITY_KEYS,
  APP_KEYS,
  AUTHORITY_KEYS,
  BOARD_KEYS,
  FILE_KEYS,
  OPTIONAL_BOARD_KEYS,
  OUTCOME_KEYS,
  PERSON_KEYS,
} from '../../../shared/format/envelope';
import { LIMITS } from '../../../shared/model';
import { createSampleBoard } from '../../../shared/sample';
import { largeBoard } from './boards';
import { SERIALIZE, edited, isJsonRecord, record, type JsonRecord } from './files';

const schema = record(JSON.parse(readFileSync(new URL('../../../shared/format/schema.json', import.meta.url), 'utf8')));
const defs = record(schema.$defs);

const ANNOTATIONS = new Set(['$schema', '$id', '$defs', 'title', 'description', 'format']);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function strings(value: unknown): string[] {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) throw new Error('expected a list of strings');
  return value;
}

/** Every way `value` breaks `node` (a subschema), as "path: problem". */
function validate(value: unknown, node: JsonRecord, path = '$'): string[] {
  const errors: string[] = [];
  for (const [keyword, rule] of Object.entries(node)) {
    if (ANNOTATIONS.has(keyword)) continue;
    switch (keyword) {
      case '$ref': {
        const name = String(rule).replace('#/$defs/', '');
        errors.push(...validate(value, record(defs[name]), path));
        break;
      }
      case 'type': {
        const allowed = Array.isArray(rule) ? strings(rule) : [String(rule)];
        const actual = typeOf(value);
        if (!allowed.includes(actual) && !(actual === 'integer' && allowed.includes('number'))) {
          errors.push(`${path}: is ${actual}, not ${allowed.join(' or ')}`);
        }
        break;
      }
      case 'const':
        if (value !== rule) errors.push(`${path}: is not ${JSON.stringify(rule)}`);
        break;
      case 'enum':
        if (!(rule as unknown[]).includes(value)) errors.push(`${path}: is not one of ${JSON.stringify(rule)}`);
        break;
      case 'required':
        if (isJsonRecord(value)) for (const key of strings(rule)) if (!Object.hasOwn(value, key)) errors.push(`${path}: lacks ${key}`);
        break;
      case 'properties':
        if (isJsonRecord(value)) {
          for (const [key, child] of Object.entries(record(rule))) {
            if (Object.hasOwn(value, key)) errors.push(...validate(value[key], record(child), `${path}.${key}`));
          }
        }
        break;
      case 'additionalProperties':
        if (rule !== false) throw new Error('only additionalProperties: false is supported');
        if (isJsonRecord(value)) {
          const known = Object.keys(record(node.properties));
          for (const key of Object.keys(value)) if (!known.includes(key)) errors.push(`${path}: has unknown ${key}`);
        }
        break;
      case 'items':
        if (Array.isArray(value)) value.forEach((item, index) => errors.push(...validate(item, record(rule), `${path}[${index}]`)));
        break;
      case 'minimum':
        if (typeof value === 'number' && value < Number(rule)) errors.push(`${path}: less than ${String(rule)}`);
        break;
      case 'maximum':
        if (typeof value === 'number' && value > Number(rule)) errors.push(`${path}: more than ${String(rule)}`);
        break;
      case 'maxItems':
        if (Array.isArray(value) && value.length > Number(rule)) errors.push(`${path}: has more than ${String(rule)} items`);
        break;
      case 'uniqueItems':
        if (Array.isArray(value) && rule === true && new Set(value.map((item) => JSON.stringify(item))).size !== value.length) {
          errors.push(`${path}: has repeated items`);
        }
        break;
      // JSON Schema counts string length in code points.
      case 'minLength':
        if (typeof value === 'string' && Array.from(value).length < Number(rule)) errors.push(`${path}: shorter than ${String(rule)}`);
        break;
      case 'maxLength':
        if (typeof value === 'string' && Array.from(value).length > Number(rule)) errors.push(`${path}: longer than ${String(rule)}`);
        break;
      case 'pattern':
        if (typeof value === 'string' && !new RegExp(String(rule), 'u').test(value)) errors.push(`${path}: does not match ${String(rule)}`);
        break;
      case 'anyOf': {
        const branches = (rule as unknown[]).map((branch) => validate(value, record(branch), path));
        if (!branches.some((branch) => branch.length === 0)) errors.push(`${path}: matches none of anyOf (${branches.flat().join('; ')})`);
        break;
      }
      default:
        throw new Error(`The schema uses "${keyword}", which this test's validator does not know: teach it, or the check is hollow.`);
    }
  }
  return errors;
}

const parse = (text: string): unknown => JSON.parse(text);

describe('shared/format/schema.json', () => {
  it('is a draft 2020-12 schema for format version 1', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(record(record(schema.properties).version).const).toBe(1);
  });

  it('the serialized sample board is valid against it', () => {
    expect(validate(parse(serializeBoard(createSampleBoard(), SERIALIZE)), schema)).toEqual([]);
  });

  it('the serialized large board (every field set, emoji, HTML, limits reached) is valid against it', () => {
    expect(validate(parse(serializeBoard(largeBoard(), SERIALIZE)), schema)).toEqual([]);
  });

  it('a version-1 file written before the board had an origin is valid against it; a wrong origin is not', () => {
    expect(validate(parse(edited((file) => delete file.board.origin)), schema)).toEqual([]);
    expect(validate(parse(edited((file) => (file.board.origin = 7))), schema)).toEqual(['$.board.origin: is integer, not string']);
    expect(validate(parse(edited((file) => (file.board.origin = 'x'.repeat(10_240)))), schema)).toEqual(['$.board.origin: longer than 200']);
  });

  it('the validator is not hollow: it finds what the schema forbids', () => {
    const errorsOf = (text: string): string[] => validate(parse(text), schema);
    expect(errorsOf(edited((file) => (file.root.version = 2)))).toEqual(['$.version: is not 1']);
    expect(errorsOf(edited((file) => (record(file.outcomes[0]).ownerId = ['a', 'b'])))).toHaveLength(1);
    expect(errorsOf(edited((file) => (record(file.outcomes[0]).title = 'untrimmed ')))[0]).toMatch(/does not match/u);
    expect(errorsOf(edited((file) => (record(file.people[0]).colour = 'blue')))[0]).toMatch(/colour: does not match/u);
    expect(errorsOf(edited((file) => (record(file.activities[0]).extra = 1)))).toEqual(['$.board.activities[0]: has unknown extra']);
    expect(errorsOf(edited((file) => (record(file.outcomes[0]).target = 1e308)))).toEqual(['$.board.outcomes[0].target: more than 100000000000000000000']);
    expect(errorsOf(edited((file) => (record(file.outcomes[0]).current = -2e20)))).toEqual(['$.board.outcomes[0].current: less than -100000000000000000000']);
    expect(errorsOf(edited((file) => delete record(file.activities[0]).done))).toEqual(['$.board.activities[0]: lacks done']);
    expect(errorsOf(edited((file) => (record(file.activities[0]).assigneeIds = ['x', 'x'])))).toEqual([
      '$.board.activities[0].assigneeIds: has repeated items',
    ]);
  });

  it('lists, for every object, exactly the keys the serializer writes, as properties, and as required but for those older files lack', () => {
    const optional: readonly string[] = OPTIONAL_BOARD_KEYS;
    const objects: [string, JsonRecord, readonly string[]][] = [
      ['file', schema, FILE_KEYS],
      ['app', record(record(schema.properties).app), APP_KEYS],
      ['board', record(defs.board), BOARD_KEYS],
      ['person', record(defs.person), PERSON_KEYS],
      ['outcome', record(defs.outcome), OUTCOME_KEYS],
      ['authority', record(defs.authority), AUTHORITY_KEYS],
      ['activity', record(defs.activity), ACTIVITY_KEYS],
    ];
    for (const [name, node, keys] of objects) {
      expect(strings(node.required), `${name}: required`).toEqual(name === 'board' ? keys.filter((key) => !optional.includes(key)) : keys);
      expect(Object.keys(record(node.properties)), `${name}: properties`).toEqual(keys);
      expect(node.additionalProperties, `${name}: additionalProperties`).toBe(false);
    }
    // …and the key lists are what serializeBoard really writes (also checked in envelope.test.ts).
    const file = record(parse(serializeBoard(createSampleBoard(), SERIALIZE)));
    const board = record(file.board);
    expect(Object.keys(file)).toEqual(FILE_KEYS);
    expect(Object.keys(board)).toEqual(BOARD_KEYS);
    expect(Object.keys(record((board.outcomes as unknown[])[0]))).toEqual(OUTCOME_KEYS);
  });

  it('states the same limits as the app: string lengths and amounts from LIMITS, list sizes from IMPORT_LIMITS', () => {
    const property = (def: string, key: string): JsonRecord => record(record(record(defs[def]).properties)[key]);
    expect(property('board', 'title').maxLength).toBe(LIMITS.titleLength);
    expect(property('board', 'purpose').maxLength).toBe(LIMITS.notesLength);
    expect(property('board', 'people').maxItems).toBe(IMPORT_LIMITS.maxPeople);
    expect(property('board', 'outcomes').maxItems).toBe(IMPORT_LIMITS.maxOutcomes);
    expect(property('board', 'activities').maxItems).toBe(IMPORT_LIMITS.maxActivities);
    expect(property('person', 'name').maxLength).toBe(LIMITS.nameLength);
    expect(property('person', 'role').maxLength).toBe(LIMITS.roleLength);
    expect(property('outcome', 'title').maxLength).toBe(LIMITS.titleLength);
    for (const key of ['metric', 'unit', 'period']) expect(property('outcome', key).maxLength).toBe(LIMITS.shortTextLength);
    expect(property('outcome', 'notes').maxLength).toBe(LIMITS.notesLength);
    expect(property('activity', 'title').maxLength).toBe(LIMITS.titleLength);
    expect(property('activity', 'assigneeIds').maxItems).toBe(LIMITS.assigneesPerActivity);
    for (const key of ['target', 'current']) expect([property('outcome', key).minimum, property('outcome', key).maximum]).toEqual([-LIMITS.amount, LIMITS.amount]);
    expect(record(defs.id).maxLength).toBe(IMPORT_LIMITS.maxIdLength);
  });
});
