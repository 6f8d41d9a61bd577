/**
 * An outcome as the room sees it: the result it promises, where it stands, its one owner and
 * their authority, the activities serving it, and the method's verdict. A region named by the
 * outcome's title. It is a drop target for activities (anywhere on the card), its owner slot for
 * people, and it can itself be dragged by its handle to reorder the board.
 */
import { memo, useEffect, useId, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { useDroppable } from '@dnd-kit/core';
import { AUTHORITY_FACET_LABELS, formatProgress, formatResult, healthOf } from '../../shared/health';
import { AUTHORITY_FACETS, type Activity, type Outcome, type OutcomeId, type Person, type PersonId } from '../../shared/model';
import { QuestionList } from '../health/QuestionList';
import { VerdictBadge } from '../health/VerdictBadge';
import { useBoardStore } from '../store/boardStore';
import { useUiStore } from '../store/uiStore';
import { notify } from '../app/notices';
import { AddActivity } from './ActivityCard';
import { ActivityList } from './ActivityList';
import { CardNearContext, useCardNear } from './windowing';
import { OutcomeEditor } from './OutcomeEditor';
import { OwnerSlot } from './OwnerSlot';
import { countRender } from './renderProbe';
import { Popover } from './Popover';
import { useDragState } from './dnd/dragState';
import { dropId, type DropData } from './dnd/types';
import { useDragInstructionsId } from './dnd/DragProxy';

interface OutcomeCardProps {
  readonly outcome: Outcome;
  readonly index: number;
  readonly count: number;
  readonly owner: Person | undefined;
  readonly activities: readonly Activity[];
  readonly peopleById: ReadonlyMap<PersonId, Person>;
}

export const OutcomeCard = memo(function OutcomeCard({ outcome, index, count, owner, activities, peopleById }: OutcomeCardProps) {
  countRender(`outcome:${outcome.id}`);
  const titleId = useId();
  const questionsId = useId();
  const [showWhy, setShowWhy] = useState(false);
  const [editing, setEditing] = useState(false);
  const health = useMemo(() => healthOf(outcome, owner, activities), [outcome, owner, activities]);
  const dispatch = useBoardStore((s) => s.dispatch);

  const result = formatResult(outcome);
  const progress = formatProgress(outcome);
  const percent = progressPercent(outcome);

  const move = (toIndex: number) => {
    const r = dispatch({ type: 'outcome/move', outcomeId: outcome.id, toIndex });
    if (!r.ok) notify(r.error.message, { tone: 'error' });
  };

  return (
    <OutcomeFrame outcomeId={outcome.id} verdict={health.verdict} titleId={titleId}>
      <header className="outcome-card__header">
        <OutcomeDragHandle outcomeId={outcome.id} title={outcome.title} />
        <h2 id={titleId} className="outcome-card__title" tabIndex={-1}>
          {outcome.title}
        </h2>
        {outcome.revenueCritical && <span className="tag tag--revenue">Revenue-critical</span>}
        <Popover label={`Actions for outcome ${outcome.title}`} buttonText="⋯" className="editing-chrome">
          {(close) => (
            <div className="action-panel">
              <button type="button" onClick={() => { setEditing(true); close(); }}>
                Edit outcome
              </button>
              <button type="button" disabled={index === 0} onClick={() => { move(index - 1); }}>
                Move earlier
              </button>
              <button type="button" disabled={index === count - 1} onClick={() => { move(index + 1); }}>
                Move later
              </button>
              <button
                type="button"
                className="danger-button"
                onClick={() => {
                  const r = dispatch({ type: 'outcome/remove', outcomeId: outcome.id });
                  if (!r.ok) {
                    notify(r.error.message, { tone: 'error' });
                    return;
                  }
                  const moved = r.effects.find((e) => e.type === 'outcome-removed')?.activitiesToParkingLot.length ?? 0;
                  notify(
                    `Deleted outcome ${outcome.title}.${moved > 0 ? ` ${moved} ${moved === 1 ? 'activity' : 'activities'} moved to the parking lot.` : ''}`,
                    { undoable: true },
                  );
                }}
              >
                Delete outcome
              </button>
            </div>
          )}
        </Popover>
      </header>
      <div className="outcome-card__verdict">
        <VerdictBadge verdict={health.verdict} label={health.label} />
        <button
          type="button"
          className="link-button"
          aria-expanded={showWhy}
          aria-controls={questionsId}
          onClick={() => {
            setShowWhy((shown) => !shown);
          }}
        >
          {showWhy ? 'Hide the three questions' : 'Why?'}
        </button>
      </div>
      <p className="outcome-card__reason">{health.reason}</p>
      {showWhy && <QuestionList id={questionsId} questions={health.questions} />}

      {editing ? (
        <OutcomeEditor
          outcome={outcome}
          onDone={() => {
            setEditing(false);
          }}
        />
      ) : (
        <dl className="outcome-card__facts">
          <div>
            <dt>Result</dt>
            <dd>{result || <span className="muted">No measurable result</span>}</dd>
          </div>
          {progress && (
            <div>
              <dt>Now</dt>
              <dd>
                {progress}
                {percent !== null && (
                  <span className="progress" aria-hidden="true">
                    <span className="progress__bar" style={{ width: `${percent}%` }} />
                  </span>
                )}
              </dd>
            </div>
          )}
        </dl>
      )}

      <OwnerSlot outcome={outcome} owner={owner} peopleById={peopleById} />
      {owner && (
        <div className="authority" role="group" aria-label={`Authority of ${owner.name}`}>
          {AUTHORITY_FACETS.map((facet) => {
            const granted = outcome.authority[facet];
            return (
              <button
                key={facet}
                type="button"
                aria-pressed={granted}
                className={granted ? 'authority__facet authority__facet--yes' : 'authority__facet authority__facet--no'}
                onClick={() => dispatch({ type: 'outcome/set-authority', outcomeId: outcome.id, patch: { [facet]: !granted } })}
              >
                <span aria-hidden="true">{granted ? '✓ ' : '✗ '}</span>
                {AUTHORITY_FACET_LABELS[facet]}
              </button>
            );
          })}
        </div>
      )}

      {health.tasksDoneResultMissed && <p className="outcome-card__alarm">Tasks done, result missed</p>}

      <h3 className="outcome-card__subhead">
        Activities{' '}
        <span className="muted">
          {health.doneCount} of {health.activityCount} done
        </span>
      </h3>
      {activities.length === 0 ? (
        <p className="muted outcome-card__empty">Drop activities here.</p>
      ) : (
        <ActivityList container={dropId.container(outcome.id)} label={`Activities serving ${outcome.title}`} activities={activities} peopleById={peopleById} where="card" />
      )}
      <EndOfListLine containerId={dropId.container(outcome.id)} />
      <AddActivity outcomeId={outcome.id} label={`Add activity to ${outcome.title}`} />
      {outcome.notes && <p className="outcome-card__notes">{outcome.notes}</p>}
    </OutcomeFrame>
  );
});

/**
 * The card's box, with its highlights. dnd-kit re-renders every component that uses its hooks
 * when a drag starts, changes target or ends; the drop targets (the card for activities and for
 * outcome reordering) are registered by a child that renders nothing, so those re-renders stop
 * there: the card's content is the same element and React skips it. On a big board the child is
 * there only while the card is near the screen (windowing.ts).
 */
function OutcomeFrame({ outcomeId, verdict, titleId, children }: { readonly outcomeId: OutcomeId; readonly verdict: string; readonly titleId: string; readonly children: ReactNode }) {
  // Each asks "am I the target?", so a drag's start and end re-render no card frame.
  const containerTarget = useDragState((state) => state.active?.type === 'activity' && state.overContainer === dropId.container(outcomeId));
  const slotTarget = useDragState((state) => state.active?.type === 'outcome' && state.overId === dropId.outcomeSlot(outcomeId));
  const isDragging = useDragState((state) => state.active?.type === 'outcome' && state.active.outcomeId === outcomeId);
  const highlighted = useUiStore((s) => s.highlighted === outcomeId);
  const [node, setNode] = useState<HTMLElement | null>(null);
  const near = useCardNear(dropId.container(outcomeId), node);

  useEffect(() => {
    if (highlighted) node?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [highlighted, node]);

  const classes = ['outcome-card', `outcome-card--${verdict}`];
  if (isDragging) classes.push('outcome-card--dragging');
  if (slotTarget) classes.push('outcome-card--slot-target');
  if (containerTarget) classes.push('outcome-card--drop-target');
  if (highlighted) classes.push('outcome-card--highlighted');

  return (
    <section ref={setNode} className={classes.join(' ')} aria-labelledby={titleId} data-outcome-id={outcomeId}>
      {near && node && <OutcomeDropTargets outcomeId={outcomeId} node={node} />}
      <CardNearContext value={near}>{children}</CardNearContext>
    </section>
  );
}

/** The card as dnd-kit drop targets: for activities (anywhere on it) and for outcome reordering. */
function OutcomeDropTargets({ outcomeId, node }: { readonly outcomeId: OutcomeId; readonly node: HTMLElement }) {
  const containerDrop = useMemo<DropData>(() => ({ type: 'container', outcomeId }), [outcomeId]);
  const slotDrop = useMemo<DropData>(() => ({ type: 'outcome-slot', outcomeId }), [outcomeId]);
  const { setNodeRef: setContainerRef } = useDroppable({ id: dropId.container(outcomeId), data: containerDrop });
  const { setNodeRef: setSlotRef } = useDroppable({ id: dropId.outcomeSlot(outcomeId), data: slotDrop });
  // After dnd-kit's own registration (its hooks come first), in the same commit: a card that comes
  // near during a drag is measured with its node.
  useLayoutEffect(() => {
    setContainerRef(node);
    setSlotRef(node);
  }, [node, setContainerRef, setSlotRef]);
  return null;
}

/**
 * The ⠿ handle that drags the whole outcome to another place on the board. It has no dnd-kit hook
 * of its own: the board's one DragProxy turns a press on it into a drag.
 */
function OutcomeDragHandle({ outcomeId, title }: { readonly outcomeId: OutcomeId; readonly title: string }) {
  const describedBy = useDragInstructionsId((s) => s.id);
  return (
    <button
      type="button"
      className="drag-handle"
      aria-label={`Move outcome ${title}`}
      data-drag-outcome={outcomeId}
      aria-roledescription="draggable"
      aria-describedby={describedBy}
    >
      <span aria-hidden="true">⠿</span>
    </button>
  );
}

/** The line that shows an activity would land at the end of this list. */
export function EndOfListLine({ containerId }: { readonly containerId: string }) {
  const show = useDragState((state) => state.overId === containerId && state.active?.type === 'activity');
  return show ? <div className="drop-line" aria-hidden="true" /> : null;
}

function progressPercent(outcome: Outcome): number | null {
  if (outcome.target === null || outcome.current === null || outcome.direction !== 'at-least' || outcome.target <= 0) {
    return null;
  }
  return Math.max(0, Math.min(100, (outcome.current / outcome.target) * 100));
}
