/**
 * Every change a person can make to a board, as data. The UI (buttons, drags, menus, keyboard
 * shortcuts) only ever builds one of these and hands it to `applyIntent` in ./commands; undo/redo,
 * persistence and tests all speak the same language.
 */
import type {
  Activity,
  ActivityId,
  Authority,
  Board,
  OutcomeId,
  Outcome,
  Person,
  PersonId,
} from './model';

/** Editable fields of an outcome (everything but id, owner and authority, which have their own intents). */
export type OutcomeFields = Omit<Outcome, 'id' | 'ownerId' | 'authority'>;

/** Editable fields of a person (everything but the id). */
export type PersonFields = Omit<Person, 'id'>;

export type Intent =
  | { readonly type: 'board/edit'; readonly patch: Partial<Pick<Board, 'title' | 'purpose'>> }
  // Outcomes
  | {
      readonly type: 'outcome/add';
      readonly id: OutcomeId;
      readonly fields: Partial<OutcomeFields> & Pick<OutcomeFields, 'title'>;
      /** Position in the board; default: at the end. */
      readonly index?: number;
    }
  | { readonly type: 'outcome/edit'; readonly outcomeId: OutcomeId; readonly patch: Partial<OutcomeFields> }
  /** Its activities go to the parking lot (tasks are never lost with their outcome). */
  | { readonly type: 'outcome/remove'; readonly outcomeId: OutcomeId }
  | { readonly type: 'outcome/move'; readonly outcomeId: OutcomeId; readonly toIndex: number }
  /** The one owner. A previous owner is replaced (and reported), never joined. */
  | { readonly type: 'outcome/set-owner'; readonly outcomeId: OutcomeId; readonly personId: PersonId }
  | { readonly type: 'outcome/clear-owner'; readonly outcomeId: OutcomeId }
  | { readonly type: 'outcome/set-authority'; readonly outcomeId: OutcomeId; readonly patch: Partial<Authority> }
  // Activities
  | {
      readonly type: 'activity/add';
      readonly id: ActivityId;
      readonly title: string;
      /** null = the parking lot */
      readonly outcomeId: OutcomeId | null;
      /** Position within the container; default: at the end. */
      readonly index?: number;
      readonly assigneeIds?: readonly PersonId[];
      readonly done?: boolean;
    }
  | { readonly type: 'activity/edit'; readonly activityId: ActivityId; readonly patch: { readonly title?: string } }
  | { readonly type: 'activity/remove'; readonly activityId: ActivityId }
  /** Move into a container (an outcome or the parking lot) at an index; also reorders within one. */
  | {
      readonly type: 'activity/move';
      readonly activityId: ActivityId;
      readonly toOutcomeId: OutcomeId | null;
      /** Index among the target container's activities *after* removal from the source. */
      readonly toIndex: number;
    }
  | { readonly type: 'activity/assign'; readonly activityId: ActivityId; readonly personId: PersonId }
  | { readonly type: 'activity/unassign'; readonly activityId: ActivityId; readonly personId: PersonId }
  | { readonly type: 'activity/set-done'; readonly activityId: ActivityId; readonly done: boolean }
  | { readonly type: 'activity/toggle-done'; readonly activityId: ActivityId }
  // People
  | {
      readonly type: 'person/add';
      readonly id: PersonId;
      readonly fields: Partial<PersonFields> & Pick<PersonFields, 'name'>;
      readonly index?: number;
    }
  | { readonly type: 'person/edit'; readonly personId: PersonId; readonly patch: Partial<PersonFields> }
  /** Clears every ownership and assignment the person had, and reports which. */
  | { readonly type: 'person/remove'; readonly personId: PersonId }
  | { readonly type: 'person/move'; readonly personId: PersonId; readonly toIndex: number };

export type IntentType = Intent['type'];

/** Why an intent was refused. `message` is in workshop words, ready to show to a person. */
export type CommandErrorCode =
  | 'unknown-outcome'
  | 'unknown-activity'
  | 'unknown-person'
  | 'duplicate-id'
  | 'empty-title'
  | 'duplicate-title'
  | 'empty-name'
  | 'too-long'
  | 'invalid-number'
  | 'invalid-index'
  | 'invalid-colour'
  | 'already-assigned'
  | 'not-assigned'
  | 'too-many-assignees'
  | 'board-full';

export interface CommandError {
  readonly code: CommandErrorCode;
  readonly message: string;
  /** Which field of the intent is at fault, when one is: "title", "target", … */
  readonly field?: string;
}

/** What else happened, for the UI to say out loud (toasts, screen-reader announcements, undo). */
export type Effect =
  | {
      readonly type: 'owner-replaced';
      readonly outcomeId: OutcomeId;
      readonly previousOwnerId: PersonId;
      readonly newOwnerId: PersonId;
    }
  | { readonly type: 'owner-cleared'; readonly outcomeId: OutcomeId; readonly previousOwnerId: PersonId }
  | {
      readonly type: 'person-removed';
      readonly person: Person;
      /** Outcomes that lost their owner because of the removal. */
      readonly outcomesLostOwner: readonly OutcomeId[];
      /** Activities the person was unassigned from. */
      readonly activitiesUnassigned: readonly ActivityId[];
    }
  | {
      readonly type: 'outcome-removed';
      readonly outcome: Outcome;
      /** Its activities, now in the parking lot. */
      readonly activitiesToParkingLot: readonly ActivityId[];
    }
  | { readonly type: 'activity-removed'; readonly activity: Activity }
  | {
      /**
       * The person added or renamed (`personId`) would have had initials (`was`) someone else's
       * chip shows: theirs, and those of the others sharing them whose initials were their name's
       * own, were made longer ("TBa", "TBe"). `changed` is each of them with their new initials.
       */
      readonly type: 'initials-lengthened';
      readonly personId: PersonId;
      readonly was: string;
      readonly changed: readonly { readonly personId: PersonId; readonly initials: string }[];
    }
  | {
      /** The person added or edited (`personId`) shows `initials` the people `withIds` show too. */
      readonly type: 'initials-shared';
      readonly personId: PersonId;
      readonly initials: string;
      readonly withIds: readonly PersonId[];
    };

export type CommandResult =
  | {
      readonly ok: true;
      /** The same object as the input when nothing changed (so history can skip no-ops). */
      readonly board: Board;
      readonly effects: readonly Effect[];
    }
  | { readonly ok: false; readonly error: CommandError };
