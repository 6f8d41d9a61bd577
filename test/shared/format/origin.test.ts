/**
 * A map sent to a team and sent back: the file says which map it is a version of (`origin`), so the
 * facilitator's app can put the returned board beside the one that was sent and say what changed.
 * The origin is the id of the board the map was first made as; it travels through every export and
 * import, old files without it open as they always did, and a hostile one is refused like any id.
 */
import { describe, expect, it } from 'vitest';
import { parseBoardFile, serializeBoard } from '../../../shared/format';
import { mapIdOf, sameMap, type Board, type BoardId } from '../../../shared/model';
import { createSampleBoard } from '../../../shared/sample';
import { NOW, SERIALIZE, edited, expectOpened, expectRefused, record } from './files';

const facilitators = (): Board => createSampleBoard({ now: '2026-03-14T09:00:00.000Z' });

/** The file's board as written. */
const writtenBoard = (board: Board) => record(record(JSON.parse(serializeBoard(board, SERIALIZE))).board);

/** Imported as the app imports: a fresh id. */
function imported(text: string, id: string): Board {
  return expectOpened(text, { newId: () => id, now: NOW }).board;
}

describe('a board’s origin in its file', () => {
  it('a board made here writes its own id as the origin, right after its id', () => {
    const board = facilitators();
    const written = writtenBoard(board);
    expect(written.origin).toBe(board.id);
    expect(Object.keys(written).slice(0, 3)).toEqual(['id', 'origin', 'title']);
  });

  it('a board imported from a file writes the map’s origin, not its own id', () => {
    const board = { ...facilitators(), id: 'team-board' as BoardId, origin: 'facilitator-board' as BoardId };
    expect(writtenBoard(board)).toMatchObject({ id: 'team-board', origin: 'facilitator-board' });
  });

  it('is kept from the facilitator to the team and back: export → import → export → import', () => {
    const sent = facilitators();
    const teams = imported(serializeBoard(sent, SERIALIZE), 'team-board');
    expect(teams.origin).toBe(sent.id);
    // The team updates the map and sends it back.
    const changed: Board = { ...teams, outcomes: teams.outcomes.map((outcome, index) => (index === 0 ? { ...outcome, current: 3 } : outcome)) };
    const returnedText = serializeBoard(changed, SERIALIZE);
    expect(writtenBoard(changed).origin).toBe(sent.id);
    const returned = imported(returnedText, 'returned-board');
    expect(returned.id).toBe('returned-board');
    expect(returned.origin).toBe(sent.id);
    expect(sameMap(returned, sent)).toBe(true);
    expect(sameMap(returned, teams)).toBe(true);
    // …and once more: the map is still the one first made.
    expect(imported(serializeBoard(returned, SERIALIZE), 'third').origin).toBe(sent.id);
  });

  it('an older file without an origin opens as before, a version of the board it was exported from', () => {
    const old = edited((file) => delete file.board.origin);
    const board = imported(old, 'new-id');
    expect(board.origin).toBe('sample-board');
    expect(mapIdOf(board)).toBe('sample-board');
  });

  it('a file with neither an origin nor a board id (written by hand) is a map of its own; a null or empty origin is not stated', () => {
    const board = imported(
      edited((file) => {
        delete file.board.origin;
        delete file.board.id;
      }),
      'new-id',
    );
    expect(board).not.toHaveProperty('origin');
    expect(mapIdOf(board)).toBe('new-id');
    expect(imported(edited((file) => (file.board.origin = null)), 'new-id').origin).toBe('sample-board');
    expect(imported(edited((file) => (file.board.origin = '')), 'new-id').origin).toBe('sample-board');
  });

  it('a board id no version wrote (a number, 10,000 characters) still opens, as a map of its own: the id was never read before', () => {
    for (const id of [42, 'x'.repeat(10_240), { $gt: '' }]) {
      const board = imported(
        edited((file) => {
          delete file.board.origin;
          file.board.id = id;
        }),
        'new-id',
      );
      expect(board).not.toHaveProperty('origin');
    }
  });

  it('an origin that is no id is refused, naming the place, as any id in the file is', () => {
    expect(expectRefused(edited((file) => (file.board.origin = 42)))).toEqual({
      message: 'The board\'s origin (the id of the map it is a version of) must be text, not a number (42).',
      path: 'board.origin',
    });
    expect(expectRefused(edited((file) => (file.board.origin = 'x'.repeat(10_240))))).toEqual({
      message: 'The board\'s origin (the id of the map it is a version of) is 10,240 characters long; the limit for an id is 200.',
      path: 'board.origin',
    });
    expect(expectRefused(edited((file) => (file.board.origin = { __proto__: { polluted: true }, id: 'x' })))).toEqual({
      message: 'The board\'s origin (the id of the map it is a version of) must be text, not an object.',
      path: 'board.origin',
    });
    expect(expectRefused(edited((file) => (file.board.origin = ['a', 'b'])))).toMatchObject({ path: 'board.origin' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never names the new board itself as its origin', () => {
    // The same id again (a test's fixed ids, or a file of this very board): a board is its own map without one.
    const board = expectOpened(serializeBoard(facilitators(), SERIALIZE), { newId: () => 'sample-board', now: NOW }).board;
    expect(board).not.toHaveProperty('origin');
    expect(parseBoardFile(serializeBoard(board, SERIALIZE), { newId: () => 'other', now: NOW })).toMatchObject({ ok: true, board: { origin: 'sample-board' } });
  });
});
