/**
 * Windowing of big boards (renderer/board/windowing.ts): on a board with more than 300 activities
 * only the outcome cards and activity lists near the screen are mounted in full; a far card is a
 * shell (its heading, drag handle, a one-line summary, quick-add, and its height) and a far list
 * is a placeholder that says how many activities it stands for. They fill in when they come near
 * (IntersectionObserver), when focus enters their card, or when a drag goes there. Small boards
 * mount everything.
 *
 * jsdom has no layout, no IntersectionObserver and no ResizeObserver: the test gives every outcome
 * card a place on a tall page (card i at i × 1000 px, minus how far the page is scrolled; the
 * screen is jsdom's 768 px) and fake observers it can fire.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { createRef } from 'react';
import type { ClientRect, DroppableContainer, UniqueIdentifier } from '@dnd-kit/core';
import { FULL_AUTHORITY, type Activity, type ActivityId, type Board, type BoardId, type Outcome, type OutcomeId, type Person, type PersonId } from '../../shared/model';
import { BoardContent } from '../../renderer/board/BoardContent';
import { BoardDnd } from '../../renderer/board/dnd/BoardDnd';
import { boardCollisions, currentSlot, resetSlot, slotOnShell } from '../../renderer/board/dnd/geometry';
import { useDragState } from '../../renderer/board/dnd/dragState';
import { isWindowed, revealSlot } from '../../renderer/board/windowing';
import { useBoardStore } from '../../renderer/store/boardStore';

/** A board of `outcomes` outcomes with `perOutcome` activities each, and `parked` in the parking lot. */
function makeBoard(outcomes: number, perOutcome: number, parked = 0, peopleCount = 5): Board {
  const people: Person[] = Array.from({ length: peopleCount }, (_, i) => ({
    id: `p-${String(i)}` as PersonId,
    name: `Person ${String(i + 1)}`,
    role: 'Lead',
    newToRole: false,
    colour: '#1d4ed8',
    initials: `P${String(i + 1)}`,
  }));
  const outcomeList: Outcome[] = Array.from({ length: outcomes }, (_, i) => ({
    id: `o-${String(i)}` as OutcomeId,
    title: `Outcome ${String(i + 1)}`,
    metric: 'Things',
    target: 10,
    unit: 'things',
    period: 'per month',
    current: null,
    direction: 'at-least',
    revenueCritical: false,
    ownerId: `p-${String(i % 5)}` as PersonId,
    authority: FULL_AUTHORITY,
    notes: '',
  }));
  const activities: Activity[] = [];
  for (let o = 0; o < outcomes; o++) {
    for (let k = 0; k < perOutcome; k++) {
      activities.push({ id: `a-${String(o)}-${String(k)}` as ActivityId, title: `Task ${String(o + 1)}.${String(k + 1)}`, outcomeId: `o-${String(o)}` as OutcomeId, assigneeIds: [], done: false });
    }
  }
  for (let k = 0; k < parked; k++) {
    activities.push({ id: `a-parked-${String(k)}` as ActivityId, title: `Parked ${String(k + 1)}`, outcomeId: null, assigneeIds: [], done: false });
  }
  const now = '2026-03-14T09:00:00.000Z';
  return { id: 'b-windowing' as BoardId, title: 'Windowing', purpose: '', createdAt: now, updatedAt: now, people, outcomes: outcomeList, activities };
}

/** A stand-in IntersectionObserver the test fires by hand. */
class FakeIntersectionObserver {
  static instances: FakeIntersectionObserver[] = [];
  readonly targets = new Set<Element>();
  readonly root = null;
  readonly thresholds = [0];
  constructor(
    private readonly callback: IntersectionObserverCallback,
    readonly options: IntersectionObserverInit = {},
  ) {
    FakeIntersectionObserver.instances.push(this);
  }
  get rootMargin(): string {
    return this.options.rootMargin ?? '0px';
  }
  observe(target: Element): void {
    this.targets.add(target);
  }
  unobserve(target: Element): void {
    this.targets.delete(target);
  }
  disconnect(): void {
    this.targets.clear();
  }
  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }
  fire(target: Element, isIntersecting: boolean): void {
    if (!this.targets.has(target)) return;
    this.callback([{ target, isIntersecting, boundingClientRect: target.getBoundingClientRect() } as IntersectionObserverEntry], this);
  }
}

/** A stand-in ResizeObserver the test fires by hand with a border-box height. */
class FakeResizeObserver {
  static instances: FakeResizeObserver[] = [];
  readonly targets = new Set<Element>();
  constructor(private readonly callback: ResizeObserverCallback) {
    FakeResizeObserver.instances.push(this);
  }
  observe(target: Element): void {
    this.targets.add(target);
  }
  unobserve(target: Element): void {
    this.targets.delete(target);
  }
  disconnect(): void {
    this.targets.clear();
  }
  fire(target: Element, blockSize: number): void {
    if (!this.targets.has(target)) return;
    this.callback([{ target, borderBoxSize: [{ blockSize, inlineSize: 300 }] } as unknown as ResizeObserverEntry], this);
  }
}

/** The observer that mounts (one viewport of margin) and the one that unmounts (two). */
const nearObserver = () => FakeIntersectionObserver.instances.findLast((o) => o.rootMargin.startsWith('100%'));
const farObserver = () => FakeIntersectionObserver.instances.findLast((o) => o.rootMargin.startsWith('200%'));

/** How far the page is scrolled (px): outcome cards move up by it. */
let scrolled = 0;

/** Where the health check's findings start (px from the top of the screen). */
let findingsTop = 0;

/**
 * Card i is at i × 1000 px on the page, 900 px tall (and so is what is in it); in the panels
 * (people, parking lot), chunk i of the list at i × 1000 px on the screen; the findings at
 * findingsTop.
 */
function placeCards(): void {
  scrolled = 0;
  findingsTop = 5000;
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    if (this.classList.contains('findings')) return { x: 0, y: findingsTop, top: findingsTop, left: 0, right: 300, bottom: findingsTop + 900, width: 300, height: 900, toJSON: () => ({}) };
    const card = this.closest('section');
    const outcomeId = card?.getAttribute('data-outcome-id');
    const chunk = this.closest('[data-window-chunk]');
    const index = outcomeId ? Number(outcomeId.slice(2)) : chunk ? Array.from(chunk.parentElement?.children ?? []).indexOf(chunk) : 0;
    const top = index * 1000 - (outcomeId ? scrolled : 0);
    return { x: 0, y: top, top, left: 0, right: 300, bottom: top + 900, width: 300, height: 900, toJSON: () => ({}) };
  });
}

/**
 * What the observers report after a frame, as the browser would: each thing watched that is
 * within one viewport of the screen is near, and each more than two viewports away is far.
 */
function report(): void {
  const height = window.innerHeight;
  act(() => {
    for (const target of [...(nearObserver()?.targets ?? [])]) {
      if (!target.isConnected) continue;
      const rect = target.getBoundingClientRect();
      if (rect.bottom >= -height && rect.top <= 2 * height) nearObserver()?.fire(target, true);
    }
    for (const target of [...(farObserver()?.targets ?? [])]) {
      if (!target.isConnected) continue;
      const rect = target.getBoundingClientRect();
      farObserver()?.fire(target, rect.bottom >= -2 * height && rect.top <= 3 * height);
    }
  });
}

/** Scrolls the page so that card `index` is at the top of the screen; the observers report. */
function scrollToCard(index: number): void {
  scrolled = index * 1000;
  report();
}

/** The first paint, and the observers' first report right after it. */
async function firstPaint(): Promise<void> {
  await act(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  report();
}

function showBoard(board: Board) {
  act(() => {
    useBoardStore.setState({ load: { status: 'ready', board } });
  });
  return render(
    <BoardDnd>
      <BoardContent layoutRef={createRef<HTMLDivElement>()} />
    </BoardDnd>,
  );
}

const card = (title: string) => screen.getByRole('region', { name: title });
const isShell = (region: HTMLElement) => region.getAttribute('data-window-card') === 'shell';
/** What gives a shell its card's height: a spacer in the same grid cell. */
const spacerOf = (region: HTMLElement) => region.parentElement?.querySelector(':scope > .outcome-card__spacer') ?? null;
const tasksIn = (region: HTMLElement) => within(region).queryAllByRole('button', { name: /^(Task|Parked) / });
const chunkOf = (region: HTMLElement) => {
  const chunk = region.querySelector('[data-window-chunk]');
  if (!chunk) throw new Error('no chunk');
  return chunk;
};

beforeEach(() => {
  FakeIntersectionObserver.instances = [];
  FakeResizeObserver.instances = [];
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  placeCards();
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  act(() => {
    useDragState.getState().set({ active: null, overId: null, overContainer: null });
    useBoardStore.setState({ load: { status: 'loading' } });
  });
});

describe('a big board (more than 300 activities)', () => {
  it('renders a far card as a shell: its heading, drag handle, a summary and quick-add, at its height', () => {
    showBoard(makeBoard(40, 10));
    // Every card is there, named by its title.
    expect(screen.getAllByRole('region', { name: /^Outcome \d+$/u })).toHaveLength(40);
    const far = card('Outcome 30');
    expect(isShell(far)).toBe(true);
    expect(within(far).getByRole('heading', { level: 2, name: 'Outcome 30' })).toBeDefined();
    expect(within(far).getByRole('button', { name: 'Move outcome Outcome 30' })).toBeDefined();
    expect(within(far).getByRole('textbox', { name: 'Add activity to Outcome 30' })).toBeDefined();
    expect(within(far).getByText('Owned · Owner: Person 5 · 10 activities, 0 done', { exact: false })).toBeDefined();
    expect(far.querySelector('.outcome-card__summary')?.textContent).toBe(
      'Owned · Owner: Person 5 · 10 activities, 0 done. Details and 10 activities, shown when scrolled into view or when the card has focus',
    );
    // Not the card's content: no list, no owner select, no verdict badge, no actions.
    expect(within(far).queryByRole('list')).toBeNull();
    expect(within(far).queryByRole('combobox')).toBeNull();
    expect(within(far).queryByRole('button', { name: 'Actions for outcome Outcome 30' })).toBeNull();
    expect(far.querySelector('.verdict')).toBeNull();
    // Never shown, so its height is estimated: a card without its list plus 10 rows (a spacer in
    // the card's grid cell, beside it, gives the cell that height).
    expect(spacerOf(far)?.getAttribute('style')).toMatch(/^height: calc\(var\(--window-card-base, \d+px\) \+ 10 \* var\(--window-card-row, \d+(\.\d+)?px\)\);$/u);
    expect(spacerOf(far)?.getAttribute('aria-hidden')).toBe('true');
    // The card on the screen is all there.
    const first = card('Outcome 1');
    expect(isShell(first)).toBe(false);
    expect(tasksIn(first)).toHaveLength(10);
    expect(within(first).getByRole('combobox', { name: 'Set owner of Outcome 1' })).toBeDefined();
    expect(within(first).getByText('0 of 10 done')).toBeDefined();
  });

  it('lists the health check’s findings once the window is idle, laid out only near the screen, at about their height from the start', async () => {
    // 40 × 10 activities with 5 people, each owning 8 outcomes: a finding per person.
    showBoard(makeBoard(40, 10, 12));
    const list = document.querySelector('.findings');
    expect(list?.classList.contains('findings--deferred')).toBe(true);
    // Not listed before the board is shown, but already as tall as the list will be (4 rem a finding).
    expect(list?.children).toHaveLength(0);
    const style = list?.getAttribute('style');
    await waitFor(() => {
      expect(list?.children.length).toBeGreaterThan(0);
    });
    expect(style).toBe(`contain-intrinsic-block-size: auto ${String((list?.children.length ?? 0) * 4)}rem;`);
    expect(list?.getAttribute('style')).toBe(style);
  });

  it('lists the findings before the first paint when the list starts on the first screen (a short parking lot above it)', () => {
    findingsTop = 600;
    showBoard(makeBoard(40, 10, 12));
    // In the commit that showed the board: nothing pops in after the paint.
    expect(document.querySelector('.findings')?.children.length).toBeGreaterThan(0);
  });

  /** Shows a 40 × 10 board, then changes card 30 (o-29) and its activities, as the store would. */
  function changeFarCard(outcome: (o: Outcome) => Outcome, activity: (a: Activity) => Activity): void {
    const board = makeBoard(40, 10);
    showBoard(board);
    act(() => {
      useBoardStore.setState({
        load: {
          status: 'ready',
          board: {
            ...board,
            outcomes: board.outcomes.map((o) => (o.id === 'o-29' ? outcome(o) : o)),
            activities: board.activities.map((a) => (a.outcomeId === 'o-29' ? activity(a) : a)),
          },
        },
      });
    });
  }

  it('keeps a shell’s summary accurate as the board changes', () => {
    changeFarCard(
      (o) => ({ ...o, ownerId: null }),
      (a) => (a.id.endsWith('-0') ? { ...a, done: true } : a),
    );
    expect(card('Outcome 30').querySelector('.outcome-card__summary')?.firstChild?.textContent).toBe('Nobody owns it · No owner · 10 activities, 1 done');
  });

  it('says "Tasks done, result missed" in a shell’s summary too: the method’s alarm is not only on cards near the screen', () => {
    changeFarCard(
      (o) => ({ ...o, current: 4 }),
      (a) => ({ ...a, done: true }),
    );
    const far = card('Outcome 30');
    expect(isShell(far)).toBe(true);
    expect(far.querySelector('.outcome-card__summary')?.firstChild?.textContent).toBe('Owned · Owner: Person 5 · 10 activities, 10 done · Tasks done, result missed');
  });

  it('isolates the owner’s name in a shell’s summary: a right-to-left override in it reversed the rest of the line', () => {
    const board = makeBoard(40, 10);
    showBoard({ ...board, people: board.people.map((p) => (p.id === 'p-4' ? { ...p, name: 'Person \u202E5' } : p)) });
    const far = card('Outcome 30');
    expect(isShell(far)).toBe(true);
    expect(far.querySelector('.outcome-card__summary')?.firstChild?.textContent).toBe('Owned · Owner: \u2068Person \u202E5\u2069 · 10 activities, 0 done');
  });

  it('mounts only what is on the screen before the first paint, and the rest of the margin when the observer first reports', async () => {
    showBoard(makeBoard(40, 10));
    // Card 1 (0–900 px) is on the screen; card 2 (1,000 px) is within a viewport of it, not on it.
    expect(tasksIn(card('Outcome 1'))).toHaveLength(10);
    expect(isShell(card('Outcome 2'))).toBe(true);
    await firstPaint();
    // Card 2 fills in with its list, in one go; card 3 (2,000 px) stays a shell.
    expect(isShell(card('Outcome 2'))).toBe(false);
    expect(tasksIn(card('Outcome 2'))).toHaveLength(10);
    expect(isShell(card('Outcome 3'))).toBe(true);
    expect(document.querySelectorAll('[data-activity-id]')).toHaveLength(20);
  });

  it('fills a shell in with its list when it is scrolled near, and makes it a shell again, at its measured height, when far', async () => {
    showBoard(makeBoard(40, 10));
    await firstPaint();
    scrollToCard(30);
    const far = card('Outcome 31');
    // The card and its list mount in the same commit: no report about the list is needed.
    expect(isShell(far)).toBe(false);
    expect(tasksIn(far)).toHaveLength(10);
    expect(within(far).getByRole('combobox', { name: 'Set owner of Outcome 31' })).toBeDefined();
    // Its height as laid out in full, then scrolled away: the shell keeps that height.
    act(() => {
      FakeResizeObserver.instances.at(-1)?.fire(far, 1234.5);
    });
    scrollToCard(0);
    expect(isShell(far)).toBe(true);
    expect(tasksIn(far)).toHaveLength(0);
    expect(spacerOf(far)?.getAttribute('style')).toMatch(/^height: max\(0px, calc\(1234\.5px \+ 0 \* var\(--window-card-row, \d+(\.\d+)?px\)\)\);$/u);
    expect(isShell(card('Outcome 1'))).toBe(false);
    expect(spacerOf(card('Outcome 1'))).toBeNull();
  });

  it('gives a better estimate to the shells below the screen only: one above it would move the screen (the browser anchors the outcomes, not the columns beside them)', async () => {
    showBoard(makeBoard(40, 10));
    await firstPaint();
    scrollToCard(20);
    const shown = card('Outcome 21');
    expect(isShell(shown)).toBe(false);
    // Its list is measured at 100 px a row, not the estimate's 48: the estimates change, after the frame.
    act(() => {
      FakeResizeObserver.instances.at(-1)?.fire(chunkOf(shown), 1000);
    });
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    const above = card('Outcome 11');
    const below = card('Outcome 31');
    expect([isShell(above), isShell(below)]).toEqual([true, true]);
    expect(below.parentElement?.style.getPropertyValue('--window-card-row')).toBe('100px');
    // The shell above the screen keeps the estimate it had (its cell sets none).
    expect(above.parentElement?.style.getPropertyValue('--window-card-row')).toBe('');
  });

  it('splits long lists into chunks of 10 and says which part a placeholder stands for', () => {
    const board = makeBoard(12, 30);
    showBoard(board);
    // Revealed (as a keyboard drag does): the card fills in; its list, far from the screen, waits.
    act(() => {
      revealSlot(board, 'owner:o-11');
    });
    const list = within(card('Outcome 12')).getByRole('list', { name: 'Activities serving Outcome 12' });
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '10 activities (1 to 10 of 30), shown when scrolled into view or when the card has focus',
      '10 activities (11 to 20 of 30), shown when scrolled into view or when the card has focus',
      '10 activities (21 to 30 of 30), shown when scrolled into view or when the card has focus',
    ]);
  });

  it('keeps the chunks’ rows where an activity moves: only the activity moved is mounted anew, and a placeholder counts its rows', async () => {
    const board = makeBoard(40, 30);
    showBoard(board);
    await firstPaint();
    // Outcome 2's list, mounted with its card, is reported near in the frame after.
    report();
    const rows = () => new Map([...document.querySelectorAll('[data-activity-id]')].map((row) => [row.getAttribute('data-activity-id'), row]));
    const before = rows();
    expect(before.size).toBe(60);
    const move = (activityId: string, toOutcomeId: string, toIndex: number) => {
      act(() => {
        expect(useBoardStore.getState().dispatch({ type: 'activity/move', activityId: activityId as ActivityId, toOutcomeId: toOutcomeId as OutcomeId, toIndex }).ok).toBe(true);
      });
    };
    // The first activity of Outcome 1 to the top of Outcome 2, as a drop there does.
    move('a-0-0', 'o-1', 0);
    const after = rows();
    expect(tasksIn(card('Outcome 2'))[0]?.textContent).toContain('Task 1.1');
    expect(tasksIn(card('Outcome 1'))).toHaveLength(29);
    // Cut at fixed places, the first row of every later chunk moved into the chunk before it and
    // was mounted anew (5 more here); now the other 59 rows are the very same elements.
    const remounted = [...after].filter(([id, row]) => before.get(id) !== row).map(([id]) => id);
    expect(remounted).toEqual(['a-0-0']);
    // A list far from the screen: 10, 10 and 10 activities, and one more at its top.
    act(() => {
      revealSlot(board, 'owner:o-11');
    });
    move('a-0-1', 'o-11', 0);
    const list = within(card('Outcome 12')).getByRole('list', { name: 'Activities serving Outcome 12' });
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '11 activities (1 to 11 of 31), shown when scrolled into view or when the card has focus',
      '10 activities (12 to 21 of 31), shown when scrolled into view or when the card has focus',
      '10 activities (22 to 31 of 31), shown when scrolled into view or when the card has focus',
    ]);
  });

  it('mounts a list when the observer reports it near the screen, and unmounts it when far', () => {
    const board = makeBoard(40, 10);
    showBoard(board);
    act(() => {
      revealSlot(board, 'owner:o-29');
    });
    const far = card('Outcome 30');
    expect(isShell(far)).toBe(false);
    expect(tasksIn(far)).toHaveLength(0);
    act(() => {
      nearObserver()?.fire(chunkOf(far), true);
    });
    expect(tasksIn(far)).toHaveLength(10);
    act(() => {
      farObserver()?.fire(chunkOf(far), false);
    });
    expect(tasksIn(far)).toHaveLength(0);
    expect(within(far).getByRole('listitem').textContent).toMatch(/^10 activities/u);
  });

  /**
   * Focuses a control of a shell (found again by `find` after the card fills in): the card and its
   * list are there, and focus is where it was, on the very same element. Returns the card.
   */
  function focusFillsIn(title: string, find: (card: HTMLElement) => HTMLElement): HTMLElement {
    showBoard(makeBoard(40, 10));
    const far = card(title);
    expect(isShell(far)).toBe(true);
    const control = find(far);
    act(() => {
      control.focus();
    });
    expect(isShell(far)).toBe(false);
    expect(tasksIn(far)).toHaveLength(10);
    expect(find(far)).toBe(control);
    expect(document.activeElement).toBe(control);
    return far;
  }

  it('fills a shell in when focus enters it, keeping focus on the same element, and keeps it while focus is there', () => {
    const far = focusFillsIn('Outcome 25', (c) => within(c).getByRole('button', { name: 'Move outcome Outcome 25' }));
    // Far from the screen, but focus is in it: nothing goes.
    act(() => {
      farObserver()?.fire(far, false);
      farObserver()?.fire(chunkOf(far), false);
    });
    expect(isShell(far)).toBe(false);
    expect(tasksIn(far)).toHaveLength(10);
    // Focus moves to another card: the far one becomes a shell again.
    act(() => {
      within(card('Outcome 1')).getByRole('button', { name: 'Move outcome Outcome 1' }).focus();
    });
    expect(isShell(far)).toBe(true);
    expect(tasksIn(far)).toHaveLength(0);
  });

  it('keeps the quick-add field the same element when Shift+Tab lands in a shell', () => {
    focusFillsIn('Outcome 26', (c) => within(c).getByRole('textbox', { name: 'Add activity to Outcome 26' }));
  });

  it('unmounts nothing while a drag is on, and lets far cards go when it ends', () => {
    showBoard(makeBoard(40, 10));
    scrollToCard(20);
    const card21 = card('Outcome 21');
    expect(isShell(card21)).toBe(false);
    act(() => {
      useDragState.getState().set({ active: { type: 'activity', activityId: 'a-20-0' as ActivityId }, overId: null, overContainer: null });
    });
    scrollToCard(0);
    expect(isShell(card21)).toBe(false);
    expect(tasksIn(card21)).toHaveLength(10);
    act(() => {
      useDragState.getState().set({ active: null, overId: null, overContainer: null });
    });
    expect(isShell(card21)).toBe(true);
  });

  it('lists the people in an owner select only once it is used', () => {
    showBoard(makeBoard(40, 10));
    const select = within(card('Outcome 1')).getByRole('combobox', { name: 'Set owner of Outcome 1' });
    expect(within(select).getAllByRole('option')).toHaveLength(1);
    act(() => {
      select.focus();
    });
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Change…', 'Person 2', 'Person 3', 'Person 4', 'Person 5']);
  });

  it('fills in the card a keyboard drag is about to go to, and mounts the activity it aims at, at once', () => {
    const board = makeBoard(40, 30);
    showBoard(board);
    expect(isShell(card('Outcome 34'))).toBe(true);
    expect(document.querySelector('[data-activity-id="a-33-27"]')).toBeNull();
    act(() => {
      revealSlot(board, 'activity:a-33-27');
    });
    // The card, and the chunk holding position 28 (21–30) of Outcome 34, not its first one.
    expect(isShell(card('Outcome 34'))).toBe(false);
    expect(document.querySelector('[data-activity-id="a-33-27"]')).not.toBeNull();
    expect(document.querySelector('[data-activity-id="a-33-0"]')).toBeNull();
    // An owner slot or an outcome's place: the card, with its owner select.
    act(() => {
      revealSlot(board, 'outcome-slot:o-37');
    });
    expect(isShell(card('Outcome 38'))).toBe(false);
    expect(within(card('Outcome 38')).getByRole('combobox', { name: 'Set owner of Outcome 38' })).toBeDefined();
  });
});

describe('a long list (the parking lot of a big board)', () => {
  /**
   * The parking lot's list starts `top` px down jsdom's 768 px screen and its rows are `row` px
   * tall; a placeholder estimates them at 48 px (the default). Each chunk sits below the ones
   * before it, so where a chunk is depends on whether those are laid out with their rows yet.
   */
  function parkedRows(top: number, row: number): void {
    const spy = vi.spyOn(Element.prototype, 'getBoundingClientRect');
    const cards = spy.getMockImplementation();
    if (!cards) throw new Error('placeCards has not placed the cards');
    spy.mockImplementation(function (this: Element) {
      const rect = (y: number, height: number) => ({ x: 0, y, top: y, left: 0, right: 300, bottom: y + height, width: 300, height, toJSON: () => ({}) });
      const list = this.closest('[aria-label="Activities in the parking lot"]');
      if (!list) return this.matches('.parking-lot, .parking-lot *') ? rect(top - 50, 5000) : cards.call(this);
      const chunk = this.closest('[data-window-chunk]');
      if (!chunk) return rect(top, 5000);
      let y = top;
      for (const before of Array.from(list.children)) {
        const height = Number(before.getAttribute('data-count')) * (before.getAttribute('data-window-chunk') === 'shown' ? row : 48);
        if (before === chunk) return rect(y, height);
        y += height;
      }
      return rect(y, 0);
    });
  }
  const parkedShown = () => tasksIn(screen.getByRole('region', { name: 'Parking lot' })).length;

  it('before the first paint, shows a chunk that the estimate put below the screen when the rows above it are shorter', () => {
    parkedRows(300, 30);
    showBoard(makeBoard(40, 10, 100));
    // Chunk 2 starts at 600 px once chunk 1 is laid out with its rows (its estimate: 780 px);
    // chunk 3 at 900 px, below the screen.
    expect(parkedShown()).toBe(20);
  });

  it('before the first paint, mounts no chunk that only the estimate put on the screen', () => {
    parkedRows(100, 100);
    showBoard(makeBoard(40, 10, 100));
    // Chunk 2 starts at 1,100 px once chunk 1 is laid out with its rows (its estimate: 580 px).
    expect(parkedShown()).toBe(10);
  });

  it('mounts the part around the focus, so Tab walks through it without mounting it all', async () => {
    showBoard(makeBoard(40, 10, 200));
    await firstPaint();
    const parkingLot = screen.getByRole('region', { name: 'Parking lot' });
    const parked = () => tasksIn(parkingLot).map((button) => Number(button.textContent.slice('Parked '.length)));
    const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
    // Chunks 1 and 2 (0 and 1,000 px) are near the screen.
    expect(parked()).toEqual(range(1, 20));
    // Focus on Parked 15 (chunk 2 of 20, more than a focus shows whole): chunks 1–3.
    act(() => {
      within(parkingLot).getByRole('button', { name: 'Parked 15' }).focus();
    });
    expect(parked()).toEqual(range(1, 30));
    // Focus below the list (the quick-add field): its last chunks too (Shift+Tab goes there).
    act(() => {
      within(parkingLot).getByRole('textbox', { name: 'Add activity to the parking lot' }).focus();
    });
    expect(parked()).toEqual([...range(1, 30), ...range(181, 200)]);
    expect(within(parkingLot).getAllByRole('listitem').filter((item) => item.textContent.startsWith('10 activities ('))).toHaveLength(15);
  });

  it('lets Tab stop at a part not mounted, and hands focus on to its first control once it is (its last, from below)', async () => {
    // jsdom lays nothing out: every control counts as shown.
    vi.spyOn(Element.prototype, 'getClientRects').mockReturnValue([{}] as unknown as DOMRectList);
    showBoard(makeBoard(40, 10, 200));
    await firstPaint();
    const parkingLot = screen.getByRole('region', { name: 'Parking lot' });
    const placeholder = (range: string) => {
      const item = within(parkingLot).getAllByRole('listitem').find((candidate) => candidate.textContent.startsWith(`10 activities (${range} of 200)`));
      if (!item) throw new Error(`no placeholder for ${range}`);
      return item;
    };
    // Tab from above the list (from the last outcome card, before the parking lot) to its 5th part.
    expect(placeholder('41 to 50').tabIndex).toBe(0);
    act(() => {
      screen.getByRole('button', { name: 'Move outcome Outcome 40' }).focus();
      placeholder('41 to 50').focus();
    });
    expect(document.activeElement).toBe(within(parkingLot).getByRole('checkbox', { name: 'Done: Parked 41' }));
    // Shift+Tab from below the list (its quick-add field) to the 15th part: its last control.
    act(() => {
      within(parkingLot).getByRole('textbox', { name: 'Add activity to the parking lot' }).focus();
      placeholder('141 to 150').focus();
    });
    expect(document.activeElement).toBe(within(parkingLot).getByRole('button', { name: 'Actions for Parked 150' }));
  });
});

describe('the people on a big board', () => {
  it('mounts the people near the screen only, and all of them when focus enters the panel', async () => {
    showBoard(makeBoard(40, 10, 0, 60));
    await firstPaint();
    const panel = screen.getByRole('region', { name: 'People' });
    const chips = () => within(panel).queryAllByRole('button', { name: /^Person \d+$/u });
    // Chunks of 10: the first two (0 and 1,000 px) are near the screen, the third (2,000 px) is not.
    expect(chips()).toHaveLength(20);
    expect(within(panel).getByRole('list').lastElementChild?.textContent).toBe('10 people (51 to 60 of 60), shown when scrolled into view or when the panel has focus');
    act(() => {
      within(panel).getByRole('button', { name: 'Person 1' }).focus();
    });
    expect(chips()).toHaveLength(60);
  });

  it('mounts only the people around a pointer’s focus (a click is no sign of reading the list), and all of them on the keyboard’s', async () => {
    showBoard(makeBoard(40, 10, 0, 60));
    await firstPaint();
    const panel = screen.getByRole('region', { name: 'People' });
    const chips = () => within(panel).queryAllByRole('button', { name: /^Person \d+$/u });
    // The browser's judgement of whose focus it is (jsdom takes every focus for the keyboard's).
    let keyboard = false;
    const { matches } = Element.prototype as { matches: (this: Element, selector: string) => boolean };
    vi.spyOn(Element.prototype, 'matches').mockImplementation(function (this: Element, selector: string) {
      return selector === ':focus-visible' ? keyboard && matches.call(this, ':focus') : matches.call(this, selector);
    });
    // Person 15 is in the second chunk: it and its neighbours, the first and the third (off the screen).
    act(() => {
      within(panel).getByRole('button', { name: 'Person 15' }).focus();
    });
    expect(chips()).toHaveLength(30);
    keyboard = true;
    act(() => {
      within(panel).getByRole('button', { name: 'Person 16' }).focus();
    });
    expect(chips()).toHaveLength(60);
  });

  it('windows a board of many people and few activities too: 300 people are all mounted, 301 are not', async () => {
    const board = makeBoard(4, 1, 0, 301);
    expect(isWindowed({ ...board, people: board.people.slice(0, 300) })).toBe(false);
    expect(isWindowed(board)).toBe(true);
    // 301 people (5,000 at most): the panel mounts the two chunks near the screen and counts the rest.
    showBoard(board);
    await firstPaint();
    const panel = screen.getByRole('region', { name: 'People' });
    expect(within(panel).queryAllByRole('button', { name: /^Person \d+$/u })).toHaveLength(20);
    expect(within(panel).getAllByText(/^\d+ people \(\d+ to \d+ of 301\), shown when scrolled into view/u).length).toBeGreaterThan(0);
    // The owner selects list them once used, not 301 options in each of them at load.
    expect(within(screen.getByRole('combobox', { name: 'Set owner of Outcome 1' })).getAllByRole('option')).toHaveLength(1);
  });

  it('windows a board of many outcomes and no activity too: 100 outcomes are all cards in full, 101 are not', () => {
    const board = makeBoard(101, 0);
    expect(isWindowed({ ...board, outcomes: board.outcomes.slice(0, 100) })).toBe(false);
    expect(isWindowed(board)).toBe(true);
    // 1,000 at most: each far card is a shell.
    showBoard(board);
    expect(isShell(card('Outcome 101'))).toBe(true);
    expect(isShell(card('Outcome 1'))).toBe(false);
  });
});

describe('a small board (300 activities or fewer)', () => {
  it('renders every card in full and mounts every activity, with no shell, no placeholder and every person in the owner selects', () => {
    showBoard(makeBoard(20, 10));
    expect(document.querySelectorAll('[data-activity-id]')).toHaveLength(200);
    expect(document.querySelector('[data-window-chunk]')).toBeNull();
    expect(document.querySelector('[data-window-card], .outcome-card--shell, .outcome-card__summary')).toBeNull();
    expect(screen.getAllByRole('combobox', { name: /^Set owner of Outcome \d+$/u })).toHaveLength(20);
    expect(screen.getAllByRole('button', { name: /^Actions for outcome Outcome \d+$/u })).toHaveLength(20);
    expect(document.querySelector('.findings--deferred')).toBeNull();
    for (const section of document.querySelectorAll('section[data-outcome-id]')) expect(section.getAttribute('style')).toBeNull();
    expect(document.querySelector('.outcome-card__spacer, .outcome-grid__cell--windowed, .board-layout--windowed')).toBeNull();
    expect(tasksIn(card('Outcome 20'))).toHaveLength(10);
    expect(within(card('Outcome 20')).getByRole('list', { name: 'Activities serving Outcome 20' }).tagName).toBe('UL');
    expect(within(within(card('Outcome 20')).getByRole('combobox', { name: 'Set owner of Outcome 20' })).getAllByRole('option')).toHaveLength(5);
    expect(within(screen.getByRole('region', { name: 'People' })).getAllByRole('button', { name: /^Person \d+$/u })).toHaveLength(5);
  });

  it('has shells only above the threshold: 300 activities render every card in full, 301 do not', () => {
    const board = makeBoard(43, 7);
    // 300 activities: not windowed.
    const { unmount } = showBoard({ ...board, activities: board.activities.slice(1) });
    expect(document.querySelector('.outcome-card--shell')).toBeNull();
    expect(tasksIn(card('Outcome 43'))).toHaveLength(7);
    unmount();
    // 301: windowed, and the far cards are shells.
    showBoard(board);
    expect(isShell(card('Outcome 43'))).toBe(true);
    expect(isShell(card('Outcome 1'))).toBe(false);
  });
});

describe('dropping over a list that is not mounted yet', () => {
  /** A container like the board's: an outcome card holding `content`. */
  function container(content: string): DroppableContainer {
    const section = document.createElement('section');
    section.setAttribute('data-outcome-id', 'o-0');
    section.innerHTML = content;
    document.body.append(section);
    return {
      id: 'container:o-0',
      key: 'container:o-0',
      data: { current: { type: 'container', outcomeId: 'o-0' } },
      disabled: false,
      node: { current: section },
      rect: { current: null },
    };
  }

  function slotAt(y: number, droppable: DroppableContainer): string | null {
    const rect: ClientRect = { top: 0, left: 0, right: 300, bottom: 900, width: 300, height: 900 };
    resetSlot();
    boardCollisions({
      active: { id: 'drag-activity:a-9', data: { current: { type: 'activity', activityId: 'a-9' } }, rect: { current: { initial: null, translated: null } } },
      collisionRect: rect,
      droppableRects: new Map<UniqueIdentifier, ClientRect>([[droppable.id, rect]]),
      droppableContainers: [droppable],
      pointerCoordinates: { x: 100, y },
    });
    return currentSlot();
  }

  it('goes to the end of the list over a placeholder, and before the activity below the pointer over a mounted one', () => {
    vi.restoreAllMocks();
    // Placeholder from 100 to 500 px; a mounted activity from 500 to 540 px.
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      const [top, bottom] = this.hasAttribute('data-window-chunk') ? [100, 500] : this.hasAttribute('data-activity-id') ? [500, 540] : [0, 900];
      return { x: 0, y: top, top, left: 0, right: 300, bottom, width: 300, height: bottom - top, toJSON: () => ({}) };
    });
    // 495 px: just above the mounted activity (so "before it"), but over the placeholder.
    const withPlaceholder = container('<div data-window-chunk="placeholder"></div><div data-activity-id="a-1"></div>');
    expect(slotAt(495, withPlaceholder)).toBe('container:o-0');
    const mounted = container('<div data-activity-id="a-1"></div>');
    expect(slotAt(495, mounted)).toBe('activity:a-1');
    for (const droppable of [withPlaceholder, mounted]) droppable.node.current?.remove();
  });

  it('takes a card’s shell under the pointer as the end of its list (no drop target yet), and fills it in at once', async () => {
    showBoard(makeBoard(40, 10));
    const shell = card('Outcome 30');
    expect(isShell(shell)).toBe(true);
    // The pointer is over the shell's summary; dnd-kit knows no drop target there.
    const summary = shell.querySelector('.outcome-card__summary');
    if (!summary) throw new Error('no summary');
    document.elementsFromPoint = () => [summary, shell, document.body];
    const rect: ClientRect = { top: 0, left: 0, right: 300, bottom: 900, width: 300, height: 900 };
    const collide = (drag: { type: 'activity'; activityId: string } | { type: 'outcome'; outcomeId: string }) => {
      resetSlot();
      const collisions = boardCollisions({
        active: { id: 'drag', data: { current: drag }, rect: { current: { initial: null, translated: null } } },
        collisionRect: rect,
        droppableRects: new Map<UniqueIdentifier, ClientRect>(),
        droppableContainers: [],
        pointerCoordinates: { x: 100, y: 100 },
      });
      return { collisions, slot: currentSlot(), onShell: slotOnShell() };
    };
    try {
      expect(collide({ type: 'activity', activityId: 'a-0-0' })).toEqual({ collisions: [], slot: 'container:o-29', onShell: true });
      expect(collide({ type: 'outcome', outcomeId: 'o-0' })).toEqual({ collisions: [], slot: 'outcome-slot:o-29', onShell: true });
      // Right after the collision check (which runs while dnd-kit renders), the card fills in.
      await act(() => Promise.resolve());
      expect(isShell(shell)).toBe(false);
      expect(shell.querySelector('[data-window-chunk]')).not.toBeNull();
      // Over nothing at all: no slot.
      document.elementsFromPoint = () => [document.body];
      expect(collide({ type: 'activity', activityId: 'a-0-0' })).toEqual({ collisions: [], slot: null, onShell: false });
    } finally {
      Reflect.deleteProperty(document, 'elementsFromPoint');
    }
  });
});
