/**
 * What a notice says when a person added or renamed has initials someone else's chip shows (the
 * commands' initials effects, shared/commands's toldApart): both made longer ("TBa", "TBe"), or,
 * where no longer ones tell them apart or they were typed so, how to tell them apart by hand.
 * Without it the chips changed in silence, or "TB TB" stood on an activity told apart by colour.
 */
import type { Effect } from '../../shared/intents';
import { initialsKey, type Board, type PersonId } from '../../shared/model';
import { isolatedInSentence, listInSentence } from '../../shared/text';
import { notify } from '../app/notices';
import { shownBoard } from '../store/boardStore';

/** The sentence for `effects` on `board` (the board after them), or null when they say nothing of initials. */
export function initialsNotice(effects: readonly Effect[], board: Board): string | null {
  const people = new Map(board.people.map((person) => [person.id, person]));
  const names = (ids: readonly PersonId[]) => ids.map((id) => people.get(id)?.name).filter((name): name is string => name !== undefined);
  const sentences: string[] = [];
  for (const effect of effects) {
    if (effect.type === 'initials-lengthened') {
      const was = isolatedInSentence(effect.was);
      const changed = effect.changed.filter((change) => people.has(change.personId));
      const read = listInSentence(changed.map((change) => change.initials));
      if (changed.length > 1) {
        sentences.push(`To tell ${listInSentence(names(changed.map((change) => change.personId)))} apart, their chips now read ${read} (not ${was}).`);
      } else {
        // Only theirs made longer: the others sharing them had initials set by hand, kept.
        const key = initialsKey(effect.was);
        const others = board.people.filter((person) => person.id !== effect.personId && initialsKey(person.initials) === key).map((person) => person.name);
        const name = isolatedInSentence(people.get(effect.personId)?.name ?? '');
        const from = others.length > 0 ? ` from ${listInSentence(others)}` : '';
        sentences.push(`To tell ${name} apart${from}, ${name}’s chip reads ${read} (not ${was}).`);
      }
    } else if (effect.type === 'initials-shared') {
      const sharing = names([effect.personId, ...effect.withIds]);
      sentences.push(`${listInSentence(sharing)} share the initials ${isolatedInSentence(effect.initials)}: set Initials in ⋯ to tell them apart.`);
    }
  }
  return sentences.length > 0 ? sentences.join(' ') : null;
}

/**
 * Shows initialsNotice for `effects` just dispatched, if they say anything of initials (a person
 * added, typed or pasted, or edited). Shown, not only said: the room sees the chips.
 */
export function notifyInitials(effects: readonly Effect[]): void {
  const board = shownBoard();
  const told = board ? initialsNotice(effects, board) : null;
  if (told !== null) notify(told);
}
