/**
 * The owner's three facets of authority, each a toggle. A toggle changes the card's reason above it
 * ("Maya Chen can't decide how it is pursued or choose approaches.") and, with "Why?" open, the
 * questions' answers and their buttons: a line more or less, and the toggles moved under a still
 * pointer (−20 px, 0, +54 px over three clicks in a review), so the next click in a row landed on
 * the wrong facet or on nothing. The window is scrolled by as much as the clicked toggle moved,
 * before the change is painted: it stays where the pointer (and the eye) is, and what is above it
 * moves instead. Not where the window cannot scroll so far (at the very top of the page).
 * The group is named with its outcome as well as its owner ("Authority of Maya Chen over “Deals
 * closed”"): one person owning two outcomes gave two groups of one name in a screen reader's list.
 * On the card the group says "Authority" before its toggles, and a facet not granted is a toggle
 * that is off (✗, a dashed edge), not struck through: three struck-out chips with no word beside
 * them read as something removed or disabled, and a newcomer at the laptop did not press them.
 */
import { useLayoutEffect, useRef } from 'react';
import { AUTHORITY_FACET_LABELS } from '../../shared/health';
import { AUTHORITY_FACETS, type Outcome, type Person } from '../../shared/model';
import { isolatedInSentence } from '../../shared/text';
import { useBoardStore } from '../store/boardStore';

export function AuthorityToggles({ outcome, owner }: { readonly outcome: Outcome; readonly owner: Person }) {
  const dispatch = useBoardStore((s) => s.dispatch);
  // The toggle just pressed (the same element once the change is drawn: keyed by its facet) and
  // where it was on the screen.
  const pressed = useRef<{ readonly toggle: HTMLElement; readonly top: number } | null>(null);
  useLayoutEffect(() => {
    const held = pressed.current;
    pressed.current = null;
    if (!held?.toggle.isConnected) return;
    const moved = held.toggle.getBoundingClientRect().top - held.top;
    if (Math.abs(moved) >= 1) window.scrollBy({ top: moved, behavior: 'instant' });
  }, [outcome.authority]);
  return (
    <div className="authority" role="group" aria-label={`Authority of ${isolatedInSentence(owner.name)} over “${isolatedInSentence(outcome.title)}”`}>
      {/* Seen, as the card's Result and Current are; heard in the group's name. */}
      <span className="authority__label" aria-hidden="true">
        Authority
      </span>
      <span className="authority__facets">
        {AUTHORITY_FACETS.map((facet) => {
          const granted = outcome.authority[facet];
          return (
            <button
              key={facet}
              type="button"
              aria-pressed={granted}
              className={granted ? 'authority__facet authority__facet--yes' : 'authority__facet authority__facet--no'}
              onClick={(event) => {
                pressed.current = { toggle: event.currentTarget, top: event.currentTarget.getBoundingClientRect().top };
                // Nothing changed: nothing to hold in place (a later change, an undo, is not this click's).
                if (!dispatch({ type: 'outcome/set-authority', outcomeId: outcome.id, patch: { [facet]: !granted } }).ok) pressed.current = null;
              }}
            >
              <span aria-hidden="true">{granted ? '✓ ' : '✗ '}</span>
              {AUTHORITY_FACET_LABELS[facet]}
            </button>
          );
        })}
      </span>
    </div>
  );
}
