/**
 * Windowing of big boards (renderer/board/windowing.ts): on a board with more than 300 activities
 * only the activity lists near the screen are mounted; the others are placeholders that say how
 * many activities they stand for, and mount when they come near (IntersectionObserver), when
 * focus enters their card, or when a keyboard drag goes there. Small boards mount everything.
 *
 * jsdom has no layout and no IntersectionObserver: the test gives every outcome card a place on a
 * tall page (card i at i × 1000 px; the screen is jsdom's 768 px) and a fake observer it can fire.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import type { ClientRect, DroppableContainer, UniqueIdentifier } from '@dnd-kit/core';
import { FULL_AUTHORITY, type Activity, type ActivityId, type Board, type BoardId, type Outcome, type OutcomeId, type Person, type PersonId } from '../../shared/model';
import { BoardContent } from '../../renderer/board/BoardContent';
import { BoardDnd } from '../../renderer/board/dnd/BoardDnd';
import { boardCollisions, currentSlot, resetSlot } from '../../renderer/board/dnd/geometry';
import { revealSlot } from '../../renderer/board/windowing';
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
    this.callback([{ target, isIntersecting } as IntersectionObserverEntry], this);
  }
}

/** The observer that mounts (one viewport of margin) and the one that unmounts (two). */
const nearObserver = () => FakeIntersectionObserver.instances.findLast((o) => o.rootMargin.startsWith('100%'));
const farObserver = () => FakeIntersectionObserver.instances.findLast((o) => o.rootMargin.startsWith('200%'));

/**
 * Card i is at i × 1000 px on the page, 900 px tall; in the panels (people, parking lot), chunk i
 * of the list at i × 1000 px.
 */
function placeCards(): void {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const card = this.closest('section');
    const outcomeId = card?.getAttribute('data-outcome-id');
    const chunk = this.closest('[data-window-chunk]');
    const index = outcomeId ? Number(outcomeId.slice(2)) : chunk ? Array.from(chunk.parentElement?.children ?? []).indexOf(chunk) : 0;
    const top = index * 1000;
    return { x: 0, y: top, top, left: 0, right: 300, bottom: top + 900, width: 300, height: 900, toJSON: () => ({}) };
  });
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
const tasksIn = (region: HTMLElement) => within(region).queryAllByRole('button', { name: /^(Task|Parked) / });
const chunkOf = (region: HTMLElement) => {
  const chunk = region.querySelector('[data-window-chunk]');
  if (!chunk) throw new Error('no chunk');
  return chunk;
};

beforeEach(() => {
  FakeIntersectionObserver.instances = [];
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
  placeCards();
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  act(() => {
    useBoardStore.setState({ load: { status: 'loading' } });
  });
});

describe('a big board (more than 300 activities)', () => {
  it('mounts only the activity lists near the screen; the others say how many activities they hold', () => {
    showBoard(makeBoard(40, 10));
    // Every card is there, with its heading, verdict and owner slot.
    expect(screen.getAllByRole('region', { name: /^Outcome \d+$/u })).toHaveLength(40);
    expect(within(card('Outcome 30')).getByText('Owner: Person 5')).toBeDefined();
    expect(within(card('Outcome 30')).getByText('Owned')).toBeDefined();
    // Cards 1 and 2 are within a viewport of the screen (0–1,536 px): their activities are there.
    expect(tasksIn(card('Outcome 1'))).toHaveLength(10);
    expect(tasksIn(card('Outcome 2'))).toHaveLength(10);
    // Card 3 (2,000 px) and beyond are placeholders.
    expect(tasksIn(card('Outcome 3'))).toHaveLength(0);
    expect(tasksIn(card('Outcome 30'))).toHaveLength(0);
    expect(document.querySelectorAll('[data-activity-id]')).toHaveLength(20);
    const list = within(card('Outcome 30')).getByRole('list', { name: 'Activities serving Outcome 30' });
    expect(within(list).getByRole('listitem').textContent).toBe('10 activities, shown when scrolled into view or when the card has focus');
    expect(within(card('Outcome 30')).getByText('0 of 10 done')).toBeDefined();
  });

  it('splits long lists into chunks of 25 and says which part a placeholder stands for', () => {
    showBoard(makeBoard(12, 30));
    const list = within(card('Outcome 12')).getByRole('list', { name: 'Activities serving Outcome 12' });
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '25 activities (1 to 25 of 30), shown when scrolled into view or when the card has focus',
      '5 activities (26 to 30 of 30), shown when scrolled into view or when the card has focus',
    ]);
  });

  it('mounts a list when the observer reports its card near the screen, and unmounts it when far', () => {
    showBoard(makeBoard(40, 10));
    const far = card('Outcome 30');
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

  it('mounts a card’s list when focus enters the card, and keeps it while focus is there', () => {
    showBoard(makeBoard(40, 10));
    const far = card('Outcome 25');
    act(() => {
      within(far).getByRole('button', { name: 'Move outcome Outcome 25' }).focus();
    });
    expect(tasksIn(far)).toHaveLength(10);
    act(() => {
      farObserver()?.fire(chunkOf(far), false);
    });
    expect(tasksIn(far)).toHaveLength(10);
    // Focus moves to another card: the far one lets its list go.
    act(() => {
      within(card('Outcome 1')).getByRole('button', { name: 'Move outcome Outcome 1' }).focus();
    });
    expect(tasksIn(far)).toHaveLength(0);
  });

  it('lists the people in an owner select only once it is used', () => {
    showBoard(makeBoard(40, 10));
    const select = within(card('Outcome 30')).getByRole('combobox', { name: 'Set owner of Outcome 30' });
    expect(within(select).getAllByRole('option')).toHaveLength(1);
    act(() => {
      select.focus();
    });
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Change…', 'Person 1', 'Person 2', 'Person 3', 'Person 4']);
  });

  it('mounts the activity a keyboard drag is about to go to, at once', () => {
    const board = makeBoard(40, 30);
    showBoard(board);
    expect(document.querySelector('[data-activity-id="a-33-27"]')).toBeNull();
    act(() => {
      revealSlot(board, 'activity:a-33-27');
    });
    // The chunk holding position 28 (26–30) of Outcome 34, not its first one.
    expect(document.querySelector('[data-activity-id="a-33-27"]')).not.toBeNull();
    expect(document.querySelector('[data-activity-id="a-33-0"]')).toBeNull();
  });
});

describe('a long list (the parking lot of a big board)', () => {
  it('mounts the part around the focus, so Tab walks through it without mounting it all', () => {
    showBoard(makeBoard(40, 10, 200));
    const parkingLot = screen.getByRole('region', { name: 'Parking lot' });
    const parked = () => tasksIn(parkingLot).map((button) => Number(button.textContent.slice('Parked '.length)));
    const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
    // Chunks 1 and 2 (0 and 1,000 px) are near the screen.
    expect(parked()).toEqual(range(1, 50));
    // Focus on Parked 30 (chunk 2): chunks 1–3.
    act(() => {
      within(parkingLot).getByRole('button', { name: 'Parked 30' }).focus();
    });
    expect(parked()).toEqual(range(1, 75));
    // Focus below the list (the quick-add field): its last chunks too (Shift+Tab goes there).
    act(() => {
      within(parkingLot).getByRole('textbox', { name: 'Add activity to the parking lot' }).focus();
    });
    expect(parked()).toEqual([...range(1, 75), ...range(151, 200)]);
    expect(within(parkingLot).getAllByRole('listitem').filter((item) => item.textContent.startsWith('25 activities ('))).toHaveLength(3);
  });
});

describe('the people on a big board', () => {
  it('mounts the people near the screen only, and all of them when focus enters the panel', () => {
    showBoard(makeBoard(40, 10, 0, 60));
    const panel = screen.getByRole('region', { name: 'People' });
    const chips = () => within(panel).queryAllByRole('button', { name: /^Person \d+$/u });
    // Chunks of 25: the first two (0 and 1,000 px) are near the screen, the third (2,000 px) is not.
    expect(chips()).toHaveLength(50);
    expect(within(panel).getByRole('list').lastElementChild?.textContent).toBe('10 people (51 to 60 of 60), shown when scrolled into view or when the panel has focus');
    act(() => {
      within(panel).getByRole('button', { name: 'Person 1' }).focus();
    });
    expect(chips()).toHaveLength(60);
  });
});

describe('a small board (300 activities or fewer)', () => {
  it('mounts every activity, with no placeholder and every person in the owner selects', () => {
    showBoard(makeBoard(20, 10));
    expect(document.querySelectorAll('[data-activity-id]')).toHaveLength(200);
    expect(document.querySelector('[data-window-chunk]')).toBeNull();
    expect(tasksIn(card('Outcome 20'))).toHaveLength(10);
    expect(within(card('Outcome 20')).getByRole('list', { name: 'Activities serving Outcome 20' }).tagName).toBe('UL');
    expect(within(within(card('Outcome 20')).getByRole('combobox', { name: 'Set owner of Outcome 20' })).getAllByRole('option')).toHaveLength(5);
    expect(within(screen.getByRole('region', { name: 'People' })).getAllByRole('button', { name: /^Person \d+$/u })).toHaveLength(5);
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
});
