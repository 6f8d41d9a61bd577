/**
 * The drag rules without a browser: what a drop means ("position 2 of 3"), where the arrow keys
 * go next, and which drop targets each kind of drag can use.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Active, ClientRect, DroppableContainer, UniqueIdentifier } from '@dnd-kit/core';
import type { ActivityId, OutcomeId, PersonId } from '../../shared/model';
import { createSampleBoard } from '../../shared/sample';
import { boardCollisions, currentSlot, droppableOf, dropSlots, nextDropTarget, resetSlot, setKeyboardTarget } from '../../renderer/board/dnd/geometry';
import { resolveDrop } from '../../renderer/board/dnd/resolve';
import { describeChange } from '../../renderer/board/dnd/describe';
import { previewUnderPointer } from '../../renderer/board/dnd/DragPreview';
import { applyIntent } from '../../shared/commands';

const board = createSampleBoard();
const id = {
  pipeline: 'sample-outcome-pipeline' as OutcomeId,
  deals: 'sample-outcome-deals' as OutcomeId,
  proposal: 'sample-outcome-proposal' as OutcomeId,
  forecast: 'sample-outcome-forecast' as OutcomeId,
  campaign: 'sample-activity-campaign' as ActivityId,
  calls: 'sample-activity-calls' as ActivityId,
  write: 'sample-activity-proposal' as ActivityId,
  crm: 'sample-activity-crm' as ActivityId,
  maya: 'sample-person-maya' as PersonId,
  leo: 'sample-person-leo' as PersonId,
};

describe('what a drop means', () => {
  it('an activity dropped on another goes before it, counted without itself', () => {
    const drop = resolveDrop(board, { type: 'activity', activityId: id.campaign }, { type: 'activity', activityId: id.write, outcomeId: id.deals });
    expect(drop.intent).toEqual({ type: 'activity/move', activityId: id.campaign, toOutcomeId: id.deals, toIndex: 0 });
    expect(drop.description).toBe('Deals closed, position 1 of 2');
  });

  it('an activity dropped on a container goes to its end; the parking lot is a container', () => {
    const drop = resolveDrop(board, { type: 'activity', activityId: id.calls }, { type: 'container', outcomeId: null });
    expect(drop.intent).toEqual({ type: 'activity/move', activityId: id.calls, toOutcomeId: null, toIndex: 1 });
    expect(drop.description).toBe('Parking lot, position 2 of 2');
  });

  it('a person on an owner slot sets the owner; on an activity assigns; elsewhere nothing', () => {
    expect(resolveDrop(board, { type: 'person', personId: id.leo }, { type: 'owner-slot', outcomeId: id.deals }).intent).toEqual({
      type: 'outcome/set-owner',
      outcomeId: id.deals,
      personId: id.leo,
    });
    expect(resolveDrop(board, { type: 'person', personId: id.leo }, { type: 'activity', activityId: id.crm, outcomeId: null }).intent).toEqual({
      type: 'activity/assign',
      activityId: id.crm,
      personId: id.leo,
    });
    expect(resolveDrop(board, { type: 'person', personId: id.leo }, { type: 'container', outcomeId: id.deals }).intent).toBeNull();
    expect(resolveDrop(board, { type: 'activity', activityId: id.crm }, { type: 'owner-slot', outcomeId: id.deals }).intent).toBeNull();
    expect(resolveDrop(board, { type: 'activity', activityId: id.crm }, null).intent).toBeNull();
  });

  it('an outcome dropped on another takes its place', () => {
    expect(resolveDrop(board, { type: 'outcome', outcomeId: id.pipeline }, { type: 'outcome-slot', outcomeId: id.forecast }).intent).toEqual({
      type: 'outcome/move',
      outcomeId: id.pipeline,
      toIndex: 3,
    });
  });

  const said = (outcomeId: OutcomeId, personId: PersonId) => {
    const intent = { type: 'outcome/set-owner', outcomeId, personId } as const;
    const result = applyIntent(board, intent);
    if (!result.ok) throw new Error(result.error.message);
    return describeChange(board, result.board, intent, result.effects);
  };

  it('says an owner replacement in workshop words, and that the authority the owner had does not pass on', () => {
    // Maya Chen held all three facets of Outbound pipeline's authority; Leo Fischer starts with none.
    expect(said(id.pipeline, id.leo)).toEqual({
      message: 'Owner of Outbound pipeline changed from Maya Chen to Leo Fischer, who has no authority over it yet.',
      notable: true,
    });
  });

  // Was silent where the owner replaced had none: given back the next day to the owner who had held
  // it with all three facets, an outcome came back without them, and the notice said nothing.
  it('says the new owner has no authority yet also where the owner replaced had none', () => {
    expect(said(id.forecast, id.leo)).toEqual({ message: 'Owner of Forecast accuracy changed from Priya Nair to Leo Fischer, who has no authority over it yet.', notable: true });
    const away = applyIntent(board, { type: 'outcome/set-owner', outcomeId: id.pipeline, personId: id.leo });
    if (!away.ok) throw new Error(away.error.message);
    const back = applyIntent(away.board, { type: 'outcome/set-owner', outcomeId: id.pipeline, personId: id.maya });
    if (!back.ok) throw new Error(back.error.message);
    expect(describeChange(away.board, back.board, { type: 'outcome/set-owner', outcomeId: id.pipeline, personId: id.maya }, back.effects).message).toBe(
      'Owner of Outbound pipeline changed from Leo Fischer to Maya Chen, who has no authority over it yet.',
    );
  });
});

describe('where the arrow keys go', () => {
  const activity = { type: 'activity', activityId: id.campaign } as const;

  it('lists every position once, grouped by container, without the dragged activity', () => {
    expect(dropSlots(board, activity)).toEqual([
      ['activity:sample-activity-calls', 'container:sample-outcome-pipeline'],
      ['activity:sample-activity-proposal', 'container:sample-outcome-deals'],
      ['container:sample-outcome-proposal'],
      ['container:sample-outcome-forecast'],
      ['activity:sample-activity-crm', 'container:parking-lot'],
    ]);
  });

  it('Down walks positions and crosses into the next outcome; Up walks back', () => {
    expect(nextDropTarget(board, activity, 'activity:sample-activity-calls', 'ArrowDown')).toBe('container:sample-outcome-pipeline');
    expect(nextDropTarget(board, activity, 'container:sample-outcome-pipeline', 'ArrowDown')).toBe('activity:sample-activity-proposal');
    expect(nextDropTarget(board, activity, 'activity:sample-activity-proposal', 'ArrowUp')).toBe('container:sample-outcome-pipeline');
    expect(nextDropTarget(board, activity, 'container:parking-lot', 'ArrowDown')).toBeUndefined();
  });

  it('Right and Left jump to the end of the next or previous container', () => {
    expect(nextDropTarget(board, activity, 'activity:sample-activity-calls', 'ArrowRight')).toBe('container:sample-outcome-deals');
    expect(nextDropTarget(board, activity, 'container:sample-outcome-forecast', 'ArrowRight')).toBe('container:parking-lot');
    expect(nextDropTarget(board, activity, 'container:sample-outcome-deals', 'ArrowLeft')).toBe('container:sample-outcome-pipeline');
  });

  it('Left from the first outcome goes round to the parking lot, Right from the parking lot to the first outcome', () => {
    expect(nextDropTarget(board, activity, 'activity:sample-activity-calls', 'ArrowLeft')).toBe('container:parking-lot');
    expect(nextDropTarget(board, activity, 'container:parking-lot', 'ArrowRight')).toBe('container:sample-outcome-pipeline');
    // The parking lot alone (People view): nowhere else to go.
    const parkedOnly = { ...board, outcomes: [], activities: board.activities.filter((a) => a.outcomeId === null) };
    expect(nextDropTarget(parkedOnly, activity, 'container:parking-lot', 'ArrowLeft')).toBeUndefined();
    expect(nextDropTarget(parkedOnly, activity, 'container:parking-lot', 'ArrowRight')).toBeUndefined();
  });

  it('a person visits each owner slot and activity in reading order', () => {
    const person = { type: 'person', personId: id.maya } as const;
    expect(dropSlots(board, person).flat()).toEqual([
      'owner:sample-outcome-pipeline',
      'activity:sample-activity-campaign',
      'activity:sample-activity-calls',
      'owner:sample-outcome-deals',
      'activity:sample-activity-proposal',
      'owner:sample-outcome-proposal',
      'owner:sample-outcome-forecast',
      'activity:sample-activity-crm',
    ]);
    expect(nextDropTarget(board, person, null, 'ArrowDown')).toBe('owner:sample-outcome-pipeline');
    expect(nextDropTarget(board, person, 'owner:sample-outcome-pipeline', 'ArrowDown')).toBe('activity:sample-activity-campaign');
  });

  it('a person’s Right and Left jump to the next or previous outcome’s owner slot, past its activities, going round by the parking lot', () => {
    const person = { type: 'person', personId: id.leo } as const;
    expect(nextDropTarget(board, person, null, 'ArrowRight')).toBe('owner:sample-outcome-pipeline');
    expect(nextDropTarget(board, person, 'owner:sample-outcome-pipeline', 'ArrowRight')).toBe('owner:sample-outcome-deals');
    expect(nextDropTarget(board, person, 'activity:sample-activity-calls', 'ArrowRight')).toBe('owner:sample-outcome-deals');
    expect(nextDropTarget(board, person, 'activity:sample-activity-proposal', 'ArrowLeft')).toBe('owner:sample-outcome-pipeline');
    // The parking lot has no owner slot: its first activity, to assign.
    expect(nextDropTarget(board, person, 'owner:sample-outcome-forecast', 'ArrowRight')).toBe('activity:sample-activity-crm');
    expect(nextDropTarget(board, person, 'owner:sample-outcome-pipeline', 'ArrowLeft')).toBe('activity:sample-activity-crm');
    expect(nextDropTarget(board, person, 'activity:sample-activity-crm', 'ArrowRight')).toBe('owner:sample-outcome-pipeline');
  });
});

describe('where a keyboard drag is', () => {
  const rect = (top: number): ClientRect => ({ top, left: 0, right: 300, bottom: top + 400, width: 300, height: 400 });
  /** Two outcome cards as dnd-kit knows them, Outbound pipeline above Deals closed, with no DOM. */
  const container = (outcomeId: OutcomeId): DroppableContainer => ({
    id: `container:${outcomeId}`,
    key: outcomeId,
    disabled: false,
    node: { current: null },
    rect: { current: null },
    data: { current: { type: 'container', outcomeId } },
  });
  const containers = [container(id.pipeline), container(id.deals)];
  const rects = new Map<UniqueIdentifier, ClientRect>([
    ['container:sample-outcome-pipeline', rect(0)],
    ['container:sample-outcome-deals', rect(500)],
  ]);
  const active = { id: 'drag-activity:sample-activity-campaign', data: { current: { type: 'activity', activityId: id.campaign } }, rect: { current: { initial: null, translated: null } } } as unknown as Active;
  /** The collision check with the dragged item's centre at `y` (a keyboard drag has no pointer). */
  const collide = (y: number) =>
    boardCollisions({ active, collisionRect: { ...rect(y - 20), height: 40, bottom: y + 20 }, droppableRects: rects, droppableContainers: containers, pointerCoordinates: null }).map((c) => c.id);

  afterEach(() => {
    resetSlot();
  });

  it('is where its arrow keys took it, whatever the layout has since moved under the dragged item', () => {
    // No arrow pressed yet: what is under it.
    expect(collide(700)).toEqual(['container:sample-outcome-deals']);
    expect(currentSlot()).toBe('container:sample-outcome-deals');
    // An arrow key went to the end of Outbound pipeline; the page moved, and Deals closed is under it now.
    setKeyboardTarget({ slot: 'container:sample-outcome-pipeline', droppable: droppableOf(board, 'container:sample-outcome-pipeline') ?? '' });
    expect(collide(700)).toEqual(['container:sample-outcome-pipeline']);
    expect(currentSlot()).toBe('container:sample-outcome-pipeline');
    // Or nothing is.
    setKeyboardTarget({ slot: 'activity:sample-activity-proposal', droppable: droppableOf(board, 'activity:sample-activity-proposal') ?? '' });
    expect(collide(2000)).toEqual(['container:sample-outcome-deals']);
    expect(currentSlot()).toBe('activity:sample-activity-proposal');
    // A new drag starts from what is under it again.
    resetSlot();
    expect(collide(2000)).toEqual([]);
  });

  it('knows the drop target that holds a slot: an activity its container, the others their own', () => {
    expect(droppableOf(board, 'activity:sample-activity-proposal')).toBe('container:sample-outcome-deals');
    expect(droppableOf(board, 'activity:sample-activity-crm')).toBe('container:parking-lot');
    expect(droppableOf(board, 'owner:sample-outcome-deals')).toBe('owner:sample-outcome-deals');
    expect(droppableOf(board, 'activity:no-such-activity')).toBeNull();
  });
});

describe('the preview under the pointer (previewUnderPointer)', () => {
  // The title picked up: 100 × 24 at (200, 300); the pointer moved by (30, 20) since.
  const title: ClientRect = { left: 200, top: 300, width: 100, height: 24, right: 300, bottom: 324 };
  const moved = { x: 30, y: 20, scaleX: 1, scaleY: 1 };
  const at = (pressedAt: Event | null, button = title) =>
    previewUnderPointer({
      activatorEvent: pressedAt,
      active: null,
      activeNodeRect: button,
      draggingNodeRect: null,
      containerNodeRect: null,
      over: null,
      overlayNodeRect: button,
      scrollableAncestors: [],
      scrollableAncestorRects: [],
      transform: moved,
      windowRect: null,
    });
  const press = (x: number, y: number) => new MouseEvent('pointerdown', { clientX: x, clientY: y });
  /** Where the pointer is in the preview, once moved: its place less the preview's. */
  const inPreview = (x: number, y: number) => {
    const transform = at(press(x, y));
    return { x: x + moved.x - (title.left + transform.x), y: y + moved.y - (title.top + transform.y) };
  };

  it('leaves the preview where dnd-kit puts it for a press on the title, or by the keyboard', () => {
    expect(at(press(210, 305))).toEqual(moved);
    expect(at(press(300, 324))).toEqual(moved);
    expect(at(new KeyboardEvent('keydown', { key: ' ' }))).toEqual(moved);
    expect(at(null)).toEqual(moved);
  });

  it('moves it under the pointer for a press beside the title: below it, before it, after it', () => {
    // Below (the assignees, under a title of one line): in its first line, as far across as it was.
    expect(inPreview(250, 340)).toEqual({ x: 50, y: 14 });
    // Before it and below (the foot of a card whose ⋯ is on a second line).
    expect(inPreview(165, 352)).toEqual({ x: 10, y: 14 });
    // After it (the card's right edge, beside the ⋯).
    expect(inPreview(380, 310)).toEqual({ x: 90, y: 10 });
  });

  it('moves it by what it found as the drag started, however the title is measured after (a page scrolled under it)', () => {
    const pressed = press(165, 352);
    const first = at(pressed);
    const scrolled: ClientRect = { ...title, top: title.top - 400, bottom: title.bottom - 400 };
    expect(at(pressed, scrolled)).toEqual(first);
    // A press on the title stays where dnd-kit puts it too, though the title moved from under it.
    const onTitle = press(210, 305);
    expect(at(onTitle)).toEqual(moved);
    expect(at(onTitle, scrolled)).toEqual(moved);
  });

  it('keeps the pointer in the first line of a title of three lines, where the preview is', () => {
    const tall: ClientRect = { ...title, height: 72, bottom: 372 };
    const transform = at(press(250, 390), tall);
    expect(390 + moved.y - (tall.top + transform.y)).toBe(30);
  });
});
