/**
 * The library kept up to date with the other windows: what they announce (every save, and the
 * library's moves and deletions), the boards read again (only those), and a burst of saves read
 * together rather than one read per save.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { createSampleBoard } from '../../shared/sample';
import type { BoardId } from '../../shared/model';
import { closeDatabase, DATABASE_NAME } from '../../renderer/db/database';
import { onBoardsChangedElsewhere, saveBoard, saveBoardPatch } from '../../renderer/db/boards';
import { archiveBoard, emptyTrash, readSummaries, restoreBoard, trashBoard, withChanges, type BoardSummary } from '../../renderer/db/library';
import { createChangeGatherer, describeLibraryChanges, useBoardsChangedElsewhere, useLibraryChangesElsewhereSaid, useOpenBoardMovedElsewhere, type Clock } from '../../renderer/library/live';
import { useNotices } from '../../renderer/app/notices';
import { renderHook } from '@testing-library/react';

afterEach(async () => {
  closeDatabase();
  await Dexie.delete(DATABASE_NAME);
});

const NOW = '2026-11-28T10:00:00.000Z';
const board = (id: string, title: string) => ({ ...createSampleBoard({ makeId: () => `${id}-${crypto.randomUUID()}`, now: NOW }), id: id as BoardId, title });

/** Another window on the profile: what it hears, and a way to speak. */
function otherWindow() {
  const channel = new BroadcastChannel('ownership-board');
  const heard: unknown[] = [];
  channel.addEventListener('message', (event: MessageEvent<unknown>) => {
    heard.push(event.data);
  });
  return { channel, heard };
}

describe('what the other windows are told', () => {
  it('a board moved between the library’s sections, or deleted for good, besides every save', async () => {
    const other = otherWindow();
    await saveBoard(board('b1', 'Q3 planning'), { noteAsLast: false });
    await trashBoard('b1' as BoardId, NOW);
    await restoreBoard('b1' as BoardId, NOW);
    await archiveBoard('b1' as BoardId, NOW);
    await trashBoard('b1' as BoardId, NOW);
    await emptyTrash(['b1' as BoardId]);
    await vi.waitFor(() => {
      expect(other.heard).toHaveLength(6);
    });
    expect(other.heard).toEqual([
      { type: 'board-saved', id: 'b1', revision: 0 },
      ...Array.from({ length: 5 }, () => ({ type: 'boards-moved', ids: ['b1'] })),
    ]);
    other.channel.close();
  });

  it('the library hears saves and moves of any board, and nothing it cannot read', async () => {
    const other = otherWindow();
    const heard: (readonly BoardId[])[] = [];
    const stop = onBoardsChangedElsewhere((ids) => heard.push(ids));
    other.channel.postMessage({ type: 'board-saved', id: 'b1', revision: 3 });
    other.channel.postMessage({ type: 'boards-moved', ids: ['b2', 'b3', 4] });
    other.channel.postMessage({ type: 'boards-moved', ids: 'b4' });
    other.channel.postMessage('hello');
    await vi.waitFor(() => {
      expect(heard).toEqual([['b1'], ['b2', 'b3']]);
    });
    stop();
    other.channel.close();
  });
});

describe('reading only the boards that changed', () => {
  it('reads a board with its latest saved edits, and says which are gone', async () => {
    const first = board('b1', 'Q3 planning');
    await saveBoard(first, { noteAsLast: false });
    // An edit saved as a patch, still in the journal: the summary has it.
    await saveBoardPatch(first.id, { fields: { title: 'Q3 planning, revised', updatedAt: '2026-11-28T11:00:00.000Z' } });
    const read = await readSummaries(['b1' as BoardId, 'gone' as BoardId]);
    expect(read.get('b1' as BoardId)).toMatchObject({ title: 'Q3 planning, revised', updatedAt: '2026-11-28T11:00:00.000Z', status: 'active', outcomes: 4 });
    expect(read.get('gone' as BoardId)).toBeNull();
  });

  it('changes the list in place: replaced, taken out, added', () => {
    const summary = (id: string, title: string): BoardSummary => ({ id: id as BoardId, title, purpose: '', updatedAt: NOW, createdAt: NOW, status: 'active', trashedAt: null, outcomes: 0, owned: 0 });
    const list = [summary('a', 'A'), summary('b', 'B'), summary('c', 'C')];
    const changes = new Map<BoardId, BoardSummary | null>([
      ['b' as BoardId, summary('b', 'B renamed')],
      ['c' as BoardId, null],
      ['d' as BoardId, summary('d', 'D')],
      ['e' as BoardId, null],
    ]);
    expect(withChanges(list, changes).map((b) => b.title)).toEqual(['A', 'B renamed', 'D']);
    expect(list.map((b) => b.title)).toEqual(['A', 'B', 'C']);
  });
});

describe('a burst of saves in another window', () => {
  /** Lets the promises already settled run their callbacks. */
  const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

  /** A clock the test moves by hand. */
  function fakeClock() {
    let now = 0;
    let timers: { at: number; run: () => void; id: number }[] = [];
    let ids = 0;
    const clock: Clock = {
      now: () => now,
      setTimeout: (run, ms) => {
        timers.push({ at: now + ms, run, id: ++ids });
        return ids;
      },
      clearTimeout: (id) => {
        timers = timers.filter((timer) => timer.id !== id);
      },
    };
    async function advance(ms: number) {
      const end = now + ms;
      for (;;) {
        const next = timers.filter((timer) => timer.at <= end).sort((a, b) => a.at - b.at)[0];
        if (!next) break;
        timers = timers.filter((timer) => timer !== next);
        now = next.at;
        next.run();
        // Let a read that is done settle.
        await Promise.resolve();
        await Promise.resolve();
      }
      now = end;
    }
    return { clock, advance, pending: () => timers.length };
  }

  it('is read together, soon after it starts and at most once a second, one read at a time', async () => {
    const { clock, advance } = fakeClock();
    const reads: { at: number; ids: string[] }[] = [];
    const gatherer = createChangeGatherer(
      (ids) => {
        reads.push({ at: clock.now(), ids: [...ids] });
        return Promise.resolve();
      },
      { delay: 150, gap: 1000 },
      clock,
    );
    // One save every 100 ms for 5 s (a drag-heavy session), of two boards.
    for (let t = 0; t < 5000; t += 100) {
      gatherer.add([(t % 200 === 0 ? 'b1' : 'b2') as BoardId]);
      await advance(100);
    }
    await advance(2000);
    expect(reads[0]).toEqual({ at: 150, ids: ['b1', 'b2'] });
    // 50 saves, 6 reads: one as the burst starts, then one a second.
    expect(reads.length).toBeLessThanOrEqual(6);
    for (let i = 1; i < reads.length; i++) expect((reads[i]?.at ?? 0) - (reads[i - 1]?.at ?? 0)).toBeGreaterThanOrEqual(1000);
    // The last save is read.
    expect(reads.at(-1)?.at).toBeGreaterThanOrEqual(4900);
    gatherer.stop();
  });

  it('waits for a read to finish before the next, and reads nothing once the library is closed', async () => {
    const { clock, advance, pending } = fakeClock();
    let finish: () => void = () => undefined;
    const reads: string[][] = [];
    const gatherer = createChangeGatherer(
      (ids) => {
        reads.push([...ids]);
        return new Promise<void>((resolve) => {
          finish = resolve;
        });
      },
      { delay: 150, gap: 1000 },
      clock,
    );
    gatherer.add(['b1' as BoardId]);
    await advance(200);
    gatherer.add(['b2' as BoardId]);
    await advance(3000);
    // Still reading b1 (a slow disk): b2 waits.
    expect(reads).toEqual([['b1']]);
    finish();
    await settled();
    await advance(200);
    expect(reads).toEqual([['b1'], ['b2']]);
    finish();
    await settled();
    await advance(10);
    gatherer.add(['b3' as BoardId]);
    gatherer.stop();
    await advance(5000);
    expect(reads).toEqual([['b1'], ['b2']]);
    expect(pending()).toBe(0);
  });
});

describe('the open board moved in another window', () => {
  it('is said once per move, and never for a save: an archived board open in two windows is not news at each save', async () => {
    useNotices.setState({ notices: [] });
    const other = otherWindow();
    await saveBoard(board('b9', 'Old offsite'), { noteAsLast: false });
    await archiveBoard('b9' as BoardId, NOW);
    const { unmount } = renderHook(() => {
      useOpenBoardMovedElsewhere('b9' as BoardId);
    });
    const messages = () => useNotices.getState().notices.map((notice) => notice.message);
    // The other window saves it, twice: nothing to say (it was archived before this window opened it).
    other.channel.postMessage({ type: 'board-saved', id: 'b9', revision: 7 });
    other.channel.postMessage({ type: 'board-saved', id: 'b9', revision: 8 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(messages()).toEqual([]);
    // It moves it to the trash there: said.
    await trashBoard('b9' as BoardId, NOW);
    other.channel.postMessage({ type: 'boards-moved', ids: ['b9'] });
    await vi.waitFor(() => {
      expect(messages()).toEqual(['This board was moved to the trash in another window. You can go on here; to keep it among your boards, restore it from All boards.']);
    });
    // Another board moved there: not this one's news.
    other.channel.postMessage({ type: 'boards-moved', ids: ['b1'] });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(messages()).toHaveLength(1);
    unmount();
    other.channel.close();
  });
});

describe('what another window changed among the boards, said here', () => {
  const summary = (id: string, title: string, more: Partial<BoardSummary> = {}): BoardSummary => ({
    id: id as BoardId,
    title,
    purpose: '',
    updatedAt: NOW,
    createdAt: NOW,
    status: 'active',
    trashedAt: null,
    outcomes: 2,
    owned: 1,
    ...more,
  });
  const later = '2026-11-28T10:05:00.000Z';

  it('names each board and what happened to it: made, renamed, moved between sections, edited, deleted', () => {
    const q3 = summary('b1', 'Q3 planning');
    expect(
      describeLibraryChanges([
        { before: null, after: summary('b2', 'Untitled board') },
        { before: q3, after: { ...q3, title: 'Q4 planning', updatedAt: later } },
        { before: summary('b3', 'Scratch'), after: summary('b3', 'Scratch', { status: 'trashed', trashedAt: later }) },
        { before: summary('b4', 'Hiring'), after: summary('b4', 'Hiring', { status: 'archived' }) },
        { before: summary('b5', 'Old plan', { status: 'trashed' }), after: summary('b5', 'Old plan') },
        { before: summary('b6', 'Offsite', { status: 'archived' }), after: summary('b6', 'Offsite') },
        { before: summary('b7', 'Sales'), after: summary('b7', 'Sales', { updatedAt: later, outcomes: 3 }) },
        { before: summary('b8', 'Gone', { status: 'trashed' }), after: null },
      ]),
    ).toEqual([
      'Board “Untitled board” was added.',
      'Board “Q3 planning” was renamed “Q4 planning”.',
      'Board “Scratch” was moved to the trash.',
      'Board “Hiring” was archived.',
      'Board “Old plan” was restored from the trash.',
      'Board “Offsite” was unarchived.',
      'Board “Sales” was edited.',
      'Board “Gone” was deleted for good.',
    ]);
  });

  it('says boards that went the same way in one sentence, and a board renamed and moved by its new title', () => {
    const trashed = ['A', 'B', 'C', 'D', 'E'].map((title) => ({ before: summary(title, title), after: summary(title, title, { status: 'trashed' as const }) }));
    const renamedAndTrashed = { before: summary('q3', 'Q3'), after: summary('q3', 'Q4', { status: 'trashed' }) };
    expect(describeLibraryChanges([...trashed, renamedAndTrashed])).toEqual(['Board “Q3” was renamed “Q4”.', 'Boards “A”, “B”, “C” and 3 more were moved to the trash.']);
    expect(describeLibraryChanges(trashed.slice(0, 2))).toEqual(['Boards “A” and “B” were moved to the trash.']);
  });

  it('says nothing of a board read again unchanged, or made and deleted within the burst; isolates a right-to-left title', () => {
    const same = summary('b1', 'Q3 planning');
    expect(describeLibraryChanges([{ before: same, after: { ...same } }, { before: null, after: null }])).toEqual([]);
    expect(describeLibraryChanges([{ before: null, after: summary('b2', 'خطة 20%') }])).toEqual(['Board “\u2068خطة 20%\u2069” was added.']);
  });
});

describe('a burst said in the library when its reads come late', () => {
  const summary = (id: string, title: string, status: BoardSummary['status'] = 'active'): BoardSummary => ({
    id: id as BoardId,
    title,
    purpose: '',
    updatedAt: NOW,
    createdAt: NOW,
    status,
    trashedAt: null,
    outcomes: 2,
    owned: 1,
  });
  const listed = [summary('b1', 'Q3'), summary('b2', 'Q4')];
  const messages = () => useNotices.getState().notices.map((notice) => notice.message);

  afterEach(() => {
    vi.useRealTimers();
  });

  /**
   * The library's two hooks wired as LibraryScreen wires them, over a read the test finishes by
   * hand (a slow disk): how many changes were heard, and the reads started.
   */
  function library() {
    const heard = { count: 0 };
    const reads: { readonly ids: string[]; readonly finish: () => void }[] = [];
    const { unmount } = renderHook(() => {
      const changes = useLibraryChangesElsewhereSaid();
      useBoardsChangedElsewhere(
        (ids) =>
          new Promise<void>((resolve) => {
            reads.push({
              ids: [...ids],
              finish: () => {
                changes.read(listed, new Map([...ids].map((id) => [id, { ...(listed.find((board) => board.id === id) ?? summary(id, id)), status: 'trashed' as const }])));
                resolve();
              },
            });
          }),
        () => {
          heard.count++;
          changes.heard();
        },
      );
    });
    return { heard, reads, unmount };
  }

  /** Until another window's message has come (it comes by the event loop, not a timer). */
  async function arrived(heard: { count: number }, count: number) {
    for (let turn = 0; turn < 200 && heard.count < count; turn++) await new Promise((resolve) => setImmediate(resolve));
    expect(heard.count).toBe(count);
  }

  /**
   * The library on a clock the test moves; another window trashes the first board, whose read
   * begins 150 ms on (and ends when the test says). `trashSecond`: the other window trashes the
   * second board, heard.
   */
  async function firstTrashedThere() {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
    useNotices.setState({ notices: [] });
    const other = otherWindow();
    const { heard, reads, unmount } = library();
    other.channel.postMessage({ type: 'boards-moved', ids: ['b1'] });
    await arrived(heard, 1);
    await vi.advanceTimersByTimeAsync(150);
    return {
      reads,
      trashSecond: async () => {
        other.channel.postMessage({ type: 'boards-moved', ids: ['b2'] });
        await arrived(heard, 2);
      },
      done: () => {
        unmount();
        other.channel.close();
      },
    };
  }

  /** The first board's read ends at once, and `between` ms later the second board is trashed there. */
  async function twoTrashedThere(between: number) {
    const { reads, trashSecond, done } = await firstTrashedThere();
    reads[0]?.finish();
    await vi.advanceTimersByTimeAsync(between);
    await trashSecond();
    return { reads, done };
  }

  it('two boards trashed there 100 ms apart are said in one notice, though the second is read after the pause that ends a burst', async () => {
    const { reads, done } = await twoTrashedThere(100);
    // The second read starts a second after the first (READ_GAP_MS), as the first's pause ends, and
    // takes long: the first board is not said on its own meanwhile.
    await vi.advanceTimersByTimeAsync(900);
    expect(reads.map((read) => read.ids)).toEqual([['b1'], ['b2']]);
    await vi.advanceTimersByTimeAsync(1500);
    expect(messages()).toEqual([]);
    reads[1]?.finish();
    await vi.advanceTimersByTimeAsync(999);
    expect(messages()).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(messages()).toEqual(['Changed in another window: Boards “Q3” and “Q4” were moved to the trash.']);
    done();
  });

  it('a board trashed there while the first is being read is said with it, though its read ends after the pause that ends a burst', async () => {
    const { reads, trashSecond, done } = await firstTrashedThere();
    // The first read has begun (a slow disk) when the second board is trashed there.
    expect(reads.map((read) => read.ids)).toEqual([['b1']]);
    await trashSecond();
    await vi.advanceTimersByTimeAsync(200);
    reads[0]?.finish();
    // The second read starts a second after the first began and takes long: the first board is not
    // said on its own meanwhile, when the pause after the first read ends.
    await vi.advanceTimersByTimeAsync(800);
    expect(reads.map((read) => read.ids)).toEqual([['b1'], ['b2']]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(messages()).toEqual([]);
    reads[1]?.finish();
    await vi.advanceTimersByTimeAsync(1000);
    expect(messages()).toEqual(['Changed in another window: Boards “Q3” and “Q4” were moved to the trash.']);
    done();
  });

  it('a change heard but never read does not hold the burst back longer than its longest time', async () => {
    const { reads, done } = await twoTrashedThere(0);
    // The second read never ends (the library then reads everything again, and says nothing of it).
    await vi.advanceTimersByTimeAsync(3999);
    expect(reads).toHaveLength(2);
    expect(messages()).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(messages()).toEqual(['Changed in another window: Board “Q3” was moved to the trash.']);
    done();
  });
});
