/**
 * An activity (a task): done or not, who does it, and where it goes. The title is a draggable
 * button (mouse, touch or keyboard); the card is also a drop position for other activities and
 * a drop target for people (assign). Its actions menu offers the same changes without dragging.
 */
import { memo, useRef, type ReactNode } from 'react';
import type { Activity, ActivityId, Board, Outcome, Person, PersonId } from '../../shared/model';
import { LIMITS } from '../../shared/model';
import { notifyUndoable, useBoardStore } from '../store/boardStore';
import { notify } from '../app/notices';
import { PersonAvatar } from './PersonAvatar';
import { Popover } from './Popover';
import { useDragState } from './dnd/dragState';
import { dropId } from './dnd/types';
import { DRAG_INSTRUCTIONS_ID } from './dnd/DragProxy';
import { PARKING_LOT, containerInSentence } from './dnd/resolve';
import { titlesPasted } from './listPaste';
import { useQuickAddTitle } from './quickAdd';
import { QuickAddProblem } from './QuickAddProblem';
import { isolatedInSentence, listInSentence } from '../../shared/text';
import { outcomeHealth, tasksDoneFinding, type OutcomeHealth } from '../../shared/health';
import { announce } from './dnd/announcements';
import type { Intent } from '../../shared/intents';
import { activityButton, containerPlaces, focusAfterChange } from './focus';
import { removeFromMenu } from './removeFromMenu';
import { useDraftEditor, type KeptDraft } from './draftBack';
import { useUiStore } from '../store/uiStore';
import { useBoardSelect } from './selectPicker';
import { describeChanges } from './undoRedo';
import { describeChange } from './dnd/describe';

interface ActivityCardProps {
  readonly activity: Activity;
  readonly peopleById: ReadonlyMap<PersonId, Person>;
}

/** The outcome an activity serves, and its health, on `board`. */
function servedHealth(board: Board, activityId: ActivityId): { readonly outcome: Outcome; readonly health: OutcomeHealth } | null {
  const outcomeId = board.activities.find((a) => a.id === activityId)?.outcomeId;
  const outcome = outcomeId ? board.outcomes.find((o) => o.id === outcomeId) : undefined;
  return outcome ? { outcome, health: outcomeHealth(board, outcome) } : null;
}

/**
 * Ticks an activity done (or not). The last task of an outcome ticked while its result is missed
 * (or not measured) is said in the board's live region, as the health check says it: the card shows
 * "Tasks done, result missed", and a screen reader heard only the box checked.
 */
function toggleDone(activityId: ActivityId): void {
  const store = useBoardStore.getState();
  const before = store.load.status === 'ready' ? store.load.board : null;
  if (!store.dispatch({ type: 'activity/toggle-done', activityId }).ok || !before) return;
  const { load } = useBoardStore.getState();
  if (load.status !== 'ready') return;
  const now = servedHealth(load.board, activityId);
  const was = servedHealth(before, activityId);
  if (!now || !was || was.health.doneCount === was.health.activityCount) return;
  const finding = tasksDoneFinding(now.outcome, now.health);
  if (finding) announce(finding.message);
}

export const ActivityCard = memo(function ActivityCard({ activity, peopleById }: ActivityCardProps) {
  const assignees = activity.assigneeIds.map((id) => peopleById.get(id)).filter((p): p is Person => p !== undefined);
  return (
    <ActivityFrame activity={activity}>
      {/* The box's target: a press anywhere on its label, 24 × 24 px at least, ticks it (board.css). */}
      <label className="activity-card__done-target">
        <input
          type="checkbox"
          className="activity-card__done"
          checked={activity.done}
          aria-label={`Done: ${activity.title}`}
          // The store's dispatch at the moment of the change: no subscription per card for a
          // function that never changes (dozens of cards mount with the first screen).
          onChange={() => {
            toggleDone(activity.id);
          }}
        />
      </label>
      <ActivityDragTitle activityId={activity.id} title={activity.title} />
      {assignees.length > 0 && <Assignees assignees={assignees} />}
      <ActivityActions activity={activity} assignees={assignees} peopleById={peopleById} />
    </ActivityFrame>
  );
});

/** Avatars an activity card shows at most; more assignees are a "+N" after the first ones. */
export const MAX_AVATARS = 3;

/**
 * Who is assigned, as avatars: up to MAX_AVATARS, or the first ones and "+N" (with the others'
 * names on hover), so that many assignees never squeeze the title. Read out as one sentence.
 */
function Assignees({ assignees }: { readonly assignees: readonly Person[] }) {
  const all = assignees.map((p) => p.name);
  const shown = assignees.length > MAX_AVATARS ? assignees.slice(0, MAX_AVATARS - 1) : assignees;
  const others = assignees.slice(shown.length);
  return (
    <span className="activity-card__assignees" aria-label={`Assigned to ${listInSentence(all)}`} role="img">
      {shown.map((person) => (
        <PersonAvatar key={person.id} person={person} size="small" />
      ))}
      {others.length > 0 && (
        <span className="avatar avatar--small avatar--more" title={`Also ${listInSentence(others.map((p) => p.name))}`} aria-hidden="true">
          +{others.length}
        </span>
      )}
    </span>
  );
}

/**
 * The card's box with its drop highlights. It is not a dnd-kit droppable: drop positions among
 * activities are found from the DOM of the hovered container (dnd/geometry.ts), so a drag neither
 * measures nor re-renders 1,500 drop targets. A drag starts from the title button below, through
 * the board's one DragProxy.
 */
function ActivityFrame({ activity, children }: { readonly activity: Activity; readonly children: ReactNode }) {
  // Only the card that is dragged or is the target learns of the drag (one subscription, a
  // string): a drag's start and end then re-render no other activity card (1,500 on a large board).
  const dragClasses = useDragState((state) => {
    const { active } = state;
    if (active === null) return '';
    let classes = '';
    if (active.type === 'activity' && active.activityId === activity.id) classes += ' activity-card--dragging';
    if (state.overId === dropId.activity(activity.id)) {
      if (active.type === 'activity') classes += ' activity-card--insert-before';
      if (active.type === 'person') classes += ' activity-card--assign-target';
    }
    return classes;
  });
  return (
    <div className={`activity-card${activity.done ? ' activity-card--done' : ''}${dragClasses}`} data-activity-id={activity.id}>
      {children}
    </div>
  );
}

/**
 * The activity's title: a draggable button, named by the title. It has no dnd-kit hook of its own:
 * the board's one DragProxy turns a press on it into a drag (see there why).
 */
function ActivityDragTitle({ activityId, title }: { readonly activityId: ActivityId; readonly title: string }) {
  return (
    <button type="button" className="activity-card__title" dir="auto" data-drag-activity={activityId} aria-roledescription="draggable" aria-describedby={DRAG_INSTRUCTIONS_ID}>
      {title}
    </button>
  );
}

function ActivityActions({
  activity,
  assignees,
  peopleById,
}: {
  readonly activity: Activity;
  readonly assignees: readonly Person[];
  readonly peopleById: ReadonlyMap<PersonId, Person>;
}) {
  return (
    <Popover<TitleDraft> label={`Actions for ${activity.title}`} buttonText="⋯" className="editing-chrome" reopens={`activity:${activity.id}`} onReopen={showBoardView}>
      {(close, kept) => <ActivityActionsPanel activity={activity} assignees={assignees} peopleById={peopleById} kept={kept} close={close} />}
    </Popover>
  );
}

/** The activity cards are on the board view, not the people view. */
const showBoardView = () => {
  useUiStore.getState().setView('board');
};

/** The new title typed in the actions menu (its field's name in the form is the key). */
interface TitleDraft {
  readonly title: string;
}

/**
 * Rendered only while the menu is open, so closed menus subscribe to nothing. `kept`: a title typed
 * and not saved as the menu closed (Escape, a click outside), brought back from the notice that
 * said so (draftBack.ts), with the caret where it was.
 */
function ActivityActionsPanel({
  activity,
  assignees,
  peopleById,
  kept,
  close,
}: {
  readonly activity: Activity;
  readonly assignees: readonly Person[];
  readonly peopleById: ReadonlyMap<PersonId, Person>;
  readonly kept: KeptDraft<TitleDraft> | undefined;
  readonly close: () => void;
}) {
  const dispatch = useBoardStore((s) => s.dispatch);
  const outcomes = useBoardStore((s) => (s.load.status === 'ready' ? s.load.board.outcomes : NO_OUTCOMES));
  // A new title typed and not saved: closing the window asks first; the menu closed says it was
  // not saved, with a way back.
  const { draft, update, changed, form, settle } = useDraftEditor<TitleDraft>({
    editor: `activity:${activity.id}`,
    what: `“${isolatedInSentence(activity.title)}”`,
    kept,
    fresh: () => ({ title: activity.title }),
  });
  const { title } = draft;
  const run = (result: ReturnType<typeof dispatch>, onSuccess?: () => void) => {
    if (!result.ok) notify(result.error.message, { tone: 'error' });
    else onSuccess?.();
  };
  // Both selects change the board on a choice, not on an arrow or a letter (see selectPicker).
  const moveTo = useBoardSelect((value) => {
    const toOutcomeId = value === '' ? null : (value as Outcome['id']);
    const before = useBoardStore.getState().load;
    const size = before.status === 'ready' ? before.board.activities.filter((a) => a.outcomeId === toOutcomeId && a.id !== activity.id).length : 0;
    const intent = { type: 'activity/move', activityId: activity.id, toOutcomeId, toIndex: size } as const;
    const result = dispatch(intent);
    run(result, () => {
      close();
      // The card is drawn again in its new list: focus follows it there.
      focusAfterChange(activityButton(activity.id), ...containerPlaces(toOutcomeId));
      // Said as a keyboard drag's drop says it ("… moved to Deals closed, position 2 of 2."): focus
      // only went to the activity in its new card, and nothing said where that was.
      const after = useBoardStore.getState().load;
      if (result.ok && before.status === 'ready' && after.status === 'ready') announce(describeChange(before.board, after.board, intent, result.effects).message);
    });
  });
  // Said in the board's live region, as a person dropped on the card is: the select only went
  // back to "Choose a person…", and an Unassign button only went away.
  const changeAssignees = (intent: Intent, onSuccess?: () => void) => {
    const { load: before } = useBoardStore.getState();
    run(dispatch(intent), () => {
      const { load: after } = useBoardStore.getState();
      if (before.status === 'ready' && after.status === 'ready') announce(describeChanges(before.board, after.board).join(' '));
      onSuccess?.();
    });
  };
  const assignSelect = useRef<HTMLSelectElement>(null);
  const assign = useBoardSelect((value) => {
    if (value) changeAssignees({ type: 'activity/assign', activityId: activity.id, personId: value as PersonId });
  });
  return (
    <div className="action-panel">
      <form
        ref={form}
        className="action-panel__row"
        onSubmit={(event) => {
          event.preventDefault();
          // Nothing typed: nothing written (a title changed meanwhile elsewhere, or undone, stays).
          if (changed.length === 0) {
            close();
            return;
          }
          run(dispatch({ type: 'activity/edit', activityId: activity.id, patch: { title } }), () => {
            settle();
            close();
          });
        }}
      >
        <label className="field">
          <span>Title</span>
          <input name="title" dir="auto" value={title} maxLength={LIMITS.titleLength} onChange={(e) => { update({ title: e.target.value }); }} />
        </label>
        <button type="submit">Rename</button>
      </form>
      <label className="field">
        <span>Move to</span>
        <select value={activity.outcomeId ?? ''} {...moveTo}>
          {outcomes.map((o) => (
            <option key={o.id} value={o.id}>
              {o.title}
            </option>
          ))}
          <option value="">{PARKING_LOT}</option>
        </select>
      </label>
      <label className="field">
        <span>Assign</span>
        <select ref={assignSelect} value="" {...assign}>
          <option value="">Choose a person…</option>
          {[...peopleById.values()]
            .filter((p) => !activity.assigneeIds.includes(p.id))
            .map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
        </select>
      </label>
      {assignees.length > 0 && (
        <ul className="action-panel__list" aria-label="Assignees">
          {assignees.map((person) => (
            <li key={person.id}>
              {person.name}{' '}
              <button type="button" className="link-button" onClick={(event) => {
                  // The button goes with the assignee, and focus went to the page's top: it goes to
                  // the next one's Unassign, else the one before, else Assign (which offers them again).
                  const item = event.currentTarget.closest('li');
                  const neighbours = [item?.nextElementSibling, item?.previousElementSibling].map((li) => li?.querySelector('button') ?? null);
                  changeAssignees({ type: 'activity/unassign', activityId: activity.id, personId: person.id }, () => {
                    focusAfterChange(...neighbours, assignSelect.current);
                  });
                }}>
                Unassign {person.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        className="danger-button"
        onClick={() => {
          if (!removeFromMenu(activity.id, { type: 'activity/remove', activityId: activity.id }).ok) return;
          // Deleted, with an Undo: a title typed for it is not news.
          settle();
          notifyUndoable(`Deleted activity ${isolatedInSentence(activity.title)}.`);
        }}
      >
        Delete activity
      </button>
    </div>
  );
}

const NO_OUTCOMES: readonly Outcome[] = [];

/** Quick-add: type a title, Enter, keep typing the next one; or paste a list, one activity a line. */
export function AddActivity({ outcomeId, label }: { readonly outcomeId: Outcome['id'] | null; readonly label: string }) {
  const intentOf = (title: string): Intent => ({ type: 'activity/add', id: crypto.randomUUID() as ActivityId, title, outcomeId });
  // A pasted list: activities at the end of the container, in the list's order.
  const where = (board: Board) => ` to ${containerInSentence(board, outcomeId)}`;
  const { onSubmit, field, nothingTyped } = useQuickAddTitle(
    `add-activity:${outcomeId ?? 'parking-lot'}`,
    intentOf,
    (text, board) => titlesPasted(text, intentOf, ['activity', 'activities'], where(board)),
    (title, board) => `Added ${isolatedInSentence(title)}${where(board)}.`,
  );
  return (
    <form className="quick-add editing-chrome" onSubmit={onSubmit}>
      <input className="quick-add__input" dir="auto" placeholder="Add an activity…" aria-label={label} {...field} />
      <QuickAddProblem problem={nothingTyped} />
    </form>
  );
}
