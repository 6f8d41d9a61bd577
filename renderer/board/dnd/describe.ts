/**
 * The sentence for a change that was just made, for toasts and screen readers. Takes the board
 * before and after, so it can name what was replaced.
 */
import type { Effect, Intent } from '../../../shared/intents';
import { AUTHORITY_FACETS, type Board } from '../../../shared/model';
import { isolatedInSentence } from '../../../shared/text';
import { containerInSentence } from './resolve';

// Each isolated inside the sentence when it could reorder it (shared/text.ts).
const personName = (board: Board, id: string) => isolatedInSentence(board.people.find((p) => p.id === id)?.name ?? 'Someone');
const activityTitle = (board: Board, id: string) => isolatedInSentence(board.activities.find((a) => a.id === id)?.title ?? 'the activity');
const outcomeTitle = (board: Board, id: string) => isolatedInSentence(board.outcomes.find((o) => o.id === id)?.title ?? 'the outcome');

export interface ChangeSentence {
  readonly message: string;
  /** Worth a toast with Undo (replacing an owner, removing something). */
  readonly notable: boolean;
}

export function describeChange(before: Board, after: Board, intent: Intent, effects: readonly Effect[]): ChangeSentence {
  const replaced = effects.find((e) => e.type === 'owner-replaced');
  if (replaced) {
    const changed = `Owner of ${outcomeTitle(after, replaced.outcomeId)} changed from ${personName(before, replaced.previousOwnerId)} to ${personName(after, replaced.newOwnerId)}`;
    // The authority was the previous owner's and does not pass on (shared/commands). The card's
    // verdict says so, but a room that had granted it would take it as carried over, and one that
    // gives an outcome back to the owner it had (a slip put right the next day, when Undo no
    // longer reaches it) as given back with it: the notice says so, where the facilitator is
    // looking, whoever held it before.
    const authority = after.outcomes.find((o) => o.id === replaced.outcomeId)?.authority;
    const hasAuthority = authority !== undefined && AUTHORITY_FACETS.some((facet) => authority[facet]);
    return { message: hasAuthority ? `${changed}.` : `${changed}, who has no authority over it yet.`, notable: true };
  }
  switch (intent.type) {
    case 'activity/move': {
      const siblings = after.activities.filter((a) => a.outcomeId === intent.toOutcomeId);
      const position = siblings.findIndex((a) => a.id === intent.activityId) + 1;
      const verb = before === after ? 'stays in' : 'moved to';
      return {
        message: `${activityTitle(after, intent.activityId)} ${verb} ${containerInSentence(after, intent.toOutcomeId)}, position ${position} of ${siblings.length}.`,
        notable: false,
      };
    }
    case 'outcome/set-owner':
      return before === after
        ? { message: `${personName(after, intent.personId)} is already the owner of ${outcomeTitle(after, intent.outcomeId)}.`, notable: false }
        : { message: `${personName(after, intent.personId)} is now the owner of ${outcomeTitle(after, intent.outcomeId)}.`, notable: false };
    case 'activity/assign':
      return { message: `${personName(after, intent.personId)} assigned to ${activityTitle(after, intent.activityId)}.`, notable: false };
    case 'outcome/move': {
      const position = after.outcomes.findIndex((o) => o.id === intent.outcomeId) + 1;
      return { message: `${outcomeTitle(after, intent.outcomeId)} moved to position ${position} of ${after.outcomes.length}.`, notable: false };
    }
    default:
      return { message: 'Done.', notable: false };
  }
}
