/**
 * An outcome as the room sees it: the result it promises, where it stands, its one owner and
 * their authority, the activities serving it, and the method's verdict. A region named by the
 * outcome's title. It is a drop target for activities (anywhere on the card), its owner slot for
 * people, and it can itself be dragged by its handle to reorder the board.
 *
 * On a big board a card far from the screen is a shell (windowing.ts): the same region, with its
 * heading, drag handle and quick-add field — the same elements, so focus stays put when it fills
 * in — a one-line summary, and the card's height.
 */
import { memo, useCallback, useContext, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useDroppable } from '@dnd-kit/core';
import { TASKS_DONE_NOT_MEASURED, TASKS_DONE_RESULT_MISSED, formatMeasuredWithoutTarget, formatProgress, formatResult, healthOf, metricBesideResult, standingWords, tasksDoneNotMeasured } from '../../shared/health';
import { type Activity, type Outcome, type OutcomeId, type Person, type PersonId } from '../../shared/model';
import { counted, isolatedInSentence, withoutBlankEdges } from '../../shared/text';
import { NextStep } from '../health/NextStep';
import { QuestionList } from '../health/QuestionList';
import { VerdictBadge } from '../health/VerdictBadge';
import { notifyUndoable, useBoardStore } from '../store/boardStore';
import { useUiStore } from '../store/uiStore';
import { notify } from '../app/notices';
import { AddActivity } from './ActivityCard';
import { ActivityList } from './ActivityList';
import { CardNearContext, useCardNear, WindowingContext } from './windowing';
import { OutcomeEditor, type OutcomeDraft } from './OutcomeEditor';
import { useReopenable, type KeptDraft } from './draftBack';
import { OwnerSlot } from './OwnerSlot';
import { AuthorityToggles } from './AuthorityToggles';
import { QuestionFix } from './QuestionFix';
import { countRender } from './renderProbe';
import { Popover } from './Popover';
import { useDragState } from './dnd/dragState';
import { dropId, type DropData } from './dnd/types';
import { DRAG_INSTRUCTIONS_ID } from './dnd/DragProxy';
import { announce } from './dnd/announcements';
import { outcomeAtPosition } from './undoRedo';
import { focusAfterChange, outcomeActions, outcomeHeading, outcomeWhy } from './focus';
import { removeFromMenu } from './removeFromMenu';
import { glide, scrollIntoViewCentred } from './inView';

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
  // Open: afresh from ⋯ (focus in the title) or from a "Why?" answer (focus in the field it lacks),
  // or with a draft brought back from the notice that said it was not saved.
  const [editing, setEditing] = useState<{ readonly firstField: 'title' | 'metric' | 'target' | 'current'; readonly kept?: KeptDraft<OutcomeDraft> } | null>(null);
  useReopenable(
    `outcome:${outcome.id}`,
    useCallback((kept: KeptDraft<OutcomeDraft>) => {
      // The cards are on the board view, not the people view.
      useUiStore.getState().setView('board');
      setEditing({ firstField: 'title', kept });
    }, []),
  );
  const health = useMemo(() => healthOf(outcome, owner, activities), [outcome, owner, activities]);
  const dispatch = useBoardStore((s) => s.dispatch);

  const result = formatResult(outcome);
  const metric = metricBesideResult(outcome);
  // A value measured before a target was agreed is where it stands, said as such.
  const progress = formatProgress(outcome) || formatMeasuredWithoutTarget(outcome);
  const percent = progressPercent(outcome);
  // Met or not in words where no bar shows it (a ceiling, a goal of zero or below), as on paper.
  const standing = percent === null ? standingWords(health.resultMet) : '';
  // Without blank edges, as typed notes are stored: a board stored before holds them (an empty
  // line at the foot of the notes' box).
  const notes = withoutBlankEdges(outcome.notes);

  // Said where it went, as a keyboard drag of the outcome says it: the panel stays open on the button.
  const move = (toIndex: number) => {
    if (toIndex < 0 || toIndex >= count) return;
    const r = dispatch({ type: 'outcome/move', outcomeId: outcome.id, toIndex });
    if (!r.ok) notify(r.error.message, { tone: 'error' });
    else announce(outcomeAtPosition(outcome.title, toIndex, count));
  };

  const header = (
    <header className="outcome-card__header">
      <OutcomeDragHandle outcomeId={outcome.id} title={outcome.title} />
      <h2 id={titleId} className="outcome-card__title" tabIndex={-1} dir="auto">
        {outcome.title}
      </h2>
      {outcome.revenueCritical && <span className="tag tag--revenue">Revenue-critical</span>}
      <WhenNear>
        <Popover label={`Actions for outcome ${outcome.title}`} buttonText="⋯" className="editing-chrome">
          {(close) => (
            <div className="action-panel">
              <button type="button" onClick={() => { setEditing({ firstField: 'title' }); close(); }}>
                Edit outcome
              </button>
              {/* The job after the workshop, week by week: the editor opened on Current value, its
                  seventh field (Tab six times past the title and the result's fields). */}
              <button type="button" onClick={() => { setEditing({ firstField: 'current' }); close(); }}>
                Update current value
              </button>
              {/* aria-disabled, not disabled: moved to the first or last place, the button pressed
                  keeps focus (a disabled one dropped it to the page, the panel still open). */}
              <button type="button" aria-disabled={index === 0} onClick={() => { move(index - 1); }}>
                Move earlier
              </button>
              <button type="button" aria-disabled={index === count - 1} onClick={() => { move(index + 1); }}>
                Move later
              </button>
              <button
                type="button"
                className="danger-button"
                onClick={() => {
                  const r = removeFromMenu(outcome.id, { type: 'outcome/remove', outcomeId: outcome.id });
                  if (!r.ok) return;
                  const moved = r.effects.find((e) => e.type === 'outcome-removed')?.activitiesToParkingLot.length ?? 0;
                  notifyUndoable(`Deleted outcome ${isolatedInSentence(outcome.title)}.${moved > 0 ? ` ${counted(moved, 'activity', 'activities')} moved to the parking lot.` : ''}`);
                }}
              >
                Delete outcome
              </button>
            </div>
          )}
        </Popover>
      </WhenNear>
    </header>
  );

  return (
    <OutcomeFrame
      outcomeId={outcome.id}
      verdict={health.verdict}
      titleId={titleId}
      count={activities.length}
      // An open editor holds typing that is not saved yet: the card stays filled in meanwhile.
      keep={editing !== null}
      header={header}
      // One text node: a shell is a dozen elements, and there are dozens of shells.
      summary={`${health.label} · ${owner ? `Owner: ${isolatedInSentence(owner.name)}` : 'No owner'} · ${counted(health.activityCount, 'activity', 'activities')}, ${health.doneCount} done${health.tasksDoneResultMissed ? ` · ${TASKS_DONE_RESULT_MISSED}` : ''}`}
      footer={
        <>
          <AddActivity outcomeId={outcome.id} label={`Add activity to ${outcome.title}`} />
          {notes !== '' && (
            <WhenNear>
              <p className="outcome-card__notes" dir="auto">
                {notes}
              </p>
            </WhenNear>
          )}
        </>
      }
    >
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
          {/* Named for its outcome: a screen reader's list of buttons had dozens of "Why?". */}
          {showWhy ? 'Hide the three questions' : 'Why?'}{' '}
          <span className="visually-hidden">({outcome.title})</span>
        </button>
      </div>
      {/* Under the verdict it belongs to, as on the PDF's health check: under the owner and authority
          it stood low on the card, and in Present on a 1280 × 720 projector the three questions
          opened ("Why?") put it 160 px below the screen's bottom edge. */}
      {health.tasksDoneResultMissed && <p className="outcome-card__alarm">{TASKS_DONE_RESULT_MISSED}</p>}
      {tasksDoneNotMeasured(outcome, health) && <p className="outcome-card__question">{TASKS_DONE_NOT_MEASURED}</p>}
      {/* A verdict's reason is its first No's, said under that question once the questions show. */}
      {(!showWhy || health.verdict === 'owned') && <p className="outcome-card__reason">{health.reason}</p>}
      {showWhy && (
        <QuestionList
          id={questionsId}
          questions={health.questions}
          fix={(check) =>
            // With the editor open, the result is being edited already.
            editing !== null && check.question === 1 ? null : (
              <QuestionFix check={check} outcome={outcome} owner={owner} anyoneToOwn={peopleById.size > 0} editResult={(field) => { setEditing({ firstField: field }); }} />
            )
          }
        />
      )}
      {/* In Present the buttons under the questions are hidden (editing chrome): the step they take,
          said in words, as the PDF says it. Not beside the buttons, which say it already. */}
      {showWhy && <NextStep step={health.nextStep} className="outcome-card__next presenting-only" />}

      {/* Open, the editor is the card's editing chrome: Present hides it (draft and all, kept for
          after) and shows the card as saved. */}
      {editing !== null && (
        <OutcomeEditor
          key={editing.kept?.id ?? 0}
          outcome={outcome}
          kept={editing.kept}
          firstField={editing.firstField}
          onDone={() => {
            setEditing(null);
            // Back to the menu the editor was opened from, or to "Why?" above the answers (the fix
            // for a result without a metric or target).
            const fromWhy = editing.firstField === 'metric' || editing.firstField === 'target';
            focusAfterChange(fromWhy ? outcomeWhy(outcome.id) : outcomeActions(outcome.id), outcomeHeading(outcome.id));
          }}
        />
      )}
      <dl className={editing !== null ? 'outcome-card__facts outcome-card__facts--under-editor' : 'outcome-card__facts'}>
        <div>
          <dt>Result</dt>
          <dd>
            {result || <span className="muted">No measurable result</span>}
            {/* What is counted, where neither the result nor the title says it (metricBesideResult). */}
            {metric !== '' && (
              <span className="muted">
                {' · '}
                <bdi>{metric}</bdi>
              </span>
            )}
          </dd>
        </div>
        {progress && (
          <div>
            <dt>Current</dt>
            <dd>
              {standing === '' ? (
                progress
              ) : (
                <>
                  <span>{progress}</span> <span className="outcome-card__standing">{standing}</span>
                </>
              )}
              {percent !== null && (
                <span className="progress" aria-hidden="true">
                  <span className="progress__bar" style={{ width: `${percent}%` }} />
                </span>
              )}
            </dd>
          </div>
        )}
      </dl>

      <OwnerSlot outcome={outcome} owner={owner} peopleById={peopleById} />
      {owner && <AuthorityToggles outcome={outcome} owner={owner} />}

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
    </OutcomeFrame>
  );
});

/**
 * The card's box, with its highlights. dnd-kit re-renders every component that uses its hooks
 * when a drag starts, changes target or ends; the drop targets (the card for activities and for
 * outcome reordering) are registered by a child that renders nothing, so those re-renders stop
 * there: the card's content is the same element and React skips it. On a big board the child is
 * there only while the card is near the screen (windowing.ts), and so is the content: a card that
 * is not near is a shell — header, summary, footer. The header and the footer are the same
 * elements in both (the same place among the children), so focus in them stays where it is when
 * the card fills in.
 *
 * A shell takes the card's height from a spacer beside it in the grid cell, not from a height of
 * its own: the browser's scroll anchoring stops adjusting whenever a height changes on the element
 * it anchors to or around it — the card's drag handle, typically — so a shell filling in that lost
 * a min-height would let the page jump by the estimate's error.
 */
function OutcomeFrame({
  outcomeId,
  verdict,
  titleId,
  count,
  keep,
  header,
  summary,
  footer,
  children,
}: {
  readonly outcomeId: OutcomeId;
  readonly verdict: string;
  readonly titleId: string;
  /** The card's activities, for its shell's height. */
  readonly count: number;
  /** Keep the content even when the card is far from the screen. */
  readonly keep: boolean;
  readonly header: ReactNode;
  /** The shell's one line: verdict, owner, activities. */
  readonly summary: string;
  readonly footer: ReactNode;
  readonly children: ReactNode;
}) {
  // It asks "am I the target?" (one subscription, a string), so a drag's start and end re-render no
  // card frame.
  const dragClasses = useDragState((state) => {
    const { active } = state;
    if (active === null) return '';
    let classes = '';
    if (active.type === 'outcome' && active.outcomeId === outcomeId) classes += ' outcome-card--dragging';
    if (active.type === 'outcome' && state.overId === dropId.outcomeSlot(outcomeId)) classes += ' outcome-card--slot-target';
    if (active.type === 'activity' && state.overContainer === dropId.container(outcomeId)) classes += ' outcome-card--drop-target';
    return classes;
  });
  // Which request highlighted this card (0: none), so that each one scrolls to it, even one for the
  // card already highlighted (uiStore's highlightRequest); the other cards' requests re-render no card.
  const highlightRequest = useUiStore((s) => (s.highlighted === outcomeId ? s.highlightRequest : 0));
  const highlighted = highlightRequest !== 0;
  const windowing = useContext(WindowingContext);
  // A ref, not state: the windowing observes the card in the very commit that mounts it, and the
  // card does not render again for it.
  const ref = useRef<HTMLElement>(null);
  const { near, measured } = useCardNear(dropId.container(outcomeId), ref);
  const full = near || keep;

  useEffect(() => {
    const card = ref.current;
    if (highlightRequest === 0 || !card) return;
    // Centred below the toolbar, or a card taller than the room there from its top (its heading,
    // verdict and owner). On a big board at once, and kept there while the cards around it fill in.
    if (windowing?.supported) windowing.keepInView(card, scrollIntoViewCentred);
    else scrollIntoViewCentred(card, glide());
  }, [highlightRequest, windowing]);

  let classes = `outcome-card outcome-card--${verdict}`;
  if (!full) classes += ' outcome-card--shell';
  classes += dragClasses;
  if (highlighted) classes += ' outcome-card--highlighted';

  // Only on a windowed board: what its windowing measures (a small board's cards are as before).
  const windowed = windowing?.supported ? { 'data-window-card': full ? 'full' : 'shell', 'data-count': count } : null;
  return (
    <>
      {/* First in the cell, so the card is drawn (and clicked) over it. */}
      {!full && windowing && <div className="outcome-card__spacer" aria-hidden="true" style={{ height: windowing.cardHeightCss(count, measured) }} />}
      <section
        ref={ref}
        className={classes}
        aria-labelledby={titleId}
        data-outcome-id={outcomeId}
        {...windowed}
      >
        <CardNearContext value={full}>
          {header}
          {full ? (
            children
          ) : (
            <p className="outcome-card__summary">
              {summary}
              <span className="visually-hidden">{`. Details and ${String(count)} ${count === 1 ? 'activity' : 'activities'}, shown when scrolled into view or when the card has focus`}</span>
            </p>
          )}
          {footer}
        </CardNearContext>
      </section>
      {/* After the card: its ref is set by the time this mounts (even in the card's first commit). */}
      {near && <OutcomeDropTargets outcomeId={outcomeId} card={ref} />}
    </>
  );
}

/** Its children only while the card around is near the screen (not in a shell). */
function WhenNear({ children }: { readonly children: ReactNode }) {
  return useContext(CardNearContext) ? children : null;
}

/** The card as dnd-kit drop targets: for activities (anywhere on it) and for outcome reordering. */
function OutcomeDropTargets({ outcomeId, card }: { readonly outcomeId: OutcomeId; readonly card: RefObject<HTMLElement | null> }) {
  const containerDrop = useMemo<DropData>(() => ({ type: 'container', outcomeId }), [outcomeId]);
  const slotDrop = useMemo<DropData>(() => ({ type: 'outcome-slot', outcomeId }), [outcomeId]);
  const { setNodeRef: setContainerRef } = useDroppable({ id: dropId.container(outcomeId), data: containerDrop });
  const { setNodeRef: setSlotRef } = useDroppable({ id: dropId.outcomeSlot(outcomeId), data: slotDrop });
  // After dnd-kit's own registration (its hooks come first), in the same commit: a card that comes
  // near during a drag is measured with its node.
  useLayoutEffect(() => {
    setContainerRef(card.current);
    setSlotRef(card.current);
  }, [card, setContainerRef, setSlotRef]);
  return null;
}

/**
 * The ⠿ handle that drags the whole outcome to another place on the board. It has no dnd-kit hook
 * of its own: the board's one DragProxy turns a press on it into a drag.
 */
function OutcomeDragHandle({ outcomeId, title }: { readonly outcomeId: OutcomeId; readonly title: string }) {
  return (
    <button
      type="button"
      className="drag-handle"
      aria-label={`Move outcome ${title}`}
      data-drag-outcome={outcomeId}
      aria-roledescription="draggable"
      aria-describedby={DRAG_INSTRUCTIONS_ID}
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
