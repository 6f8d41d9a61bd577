/**
 * "Owner: Maya Chen" or "No owner": the one place a person can be dropped to own an outcome.
 * Dropping someone else replaces the owner (never two). A select does the same without dragging.
 */
import { memo, useContext, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { useDroppable } from '@dnd-kit/core';
import type { Outcome, OutcomeId, Person, PersonId } from '../../shared/model';
import { isolatedInSentence } from '../../shared/text';
import { notifyUndoable, useBoardStore } from '../store/boardStore';
import { notify } from '../app/notices';
import { describeChange } from './dnd/describe';
import { useDragState } from './dnd/dragState';
import { dropId, type DropData } from './dnd/types';
import { PersonAvatar } from './PersonAvatar';
import { useBoardSelect } from './selectPicker';
import { CardNearContext, WindowingContext } from './windowing';
import { focusAfterChange, outcomeCard, outcomeHeading, ownerSelect as ownerSelectAt } from './focus';
import { scrollIntoViewNearest } from './inView';

interface OwnerSlotProps {
  readonly outcome: Outcome;
  readonly owner: Person | undefined;
  readonly peopleById: ReadonlyMap<PersonId, Person>;
}

export const OwnerSlot = memo(function OwnerSlot({ outcome, owner, peopleById }: OwnerSlotProps) {
  const dispatch = useBoardStore((s) => s.dispatch);
  const windowed = useContext(WindowingContext) !== null;
  const [listed, setListed] = useState(false);
  const listPeople = () => {
    if (windowed) setListed(true);
  };

  const setOwner = (personId: PersonId) => {
    const before = useBoardStore.getState().load;
    const intent = { type: 'outcome/set-owner', outcomeId: outcome.id, personId } as const;
    const result = dispatch(intent);
    if (!result.ok) {
      notify(result.error.message, { tone: 'error' });
      return;
    }
    const after = useBoardStore.getState().load;
    if (before.status === 'ready' && after.status === 'ready') {
      const sentence = describeChange(before.board, after.board, intent, result.effects);
      if (sentence.notable) notifyUndoable(sentence.message, outcome.id);
      else notify(sentence.message, { about: outcome.id });
    }
    // The card grows with its owner (the owner's panel; under "Why?", the step to set authority)
    // and pushed the select, focused, below the window's edge at 1366 × 768: no focus ring in
    // sight. Once the card is drawn anew, the select comes back into sight if it went.
    requestAnimationFrame(() => {
      const select = document.activeElement;
      if (select instanceof HTMLSelectElement && select.closest(outcomeCard(outcome.id))) scrollIntoViewNearest(select);
    });
  };

  const ownerSelect = useBoardSelect((value) => {
    if (value) setOwner(value as PersonId);
  });

  return (
    <OwnerSlotFrame outcomeId={outcome.id}>
      <div className="owner-slot__who">
        {owner ? (
          <>
            <PersonAvatar person={owner} />
            <span className="owner-slot__text">
              <span className="owner-slot__label">Owner: {owner.name}</span>
              {owner.role && (
                <span className="owner-slot__role" dir="auto">
                  {owner.role}
                </span>
              )}
            </span>
          </>
        ) : (
          <span className="owner-slot__label owner-slot__label--empty">No owner</span>
        )}
      </div>
      <div className="owner-slot__controls editing-chrome">
        <select
          aria-label={`Set owner of ${outcome.title}`}
          value=""
          // An arrow or a letter opens the list rather than replacing the owner at once.
          {...ownerSelect}
          // On a big board the people are listed once the select is about to be used: 200 selects
          // of 300 people each would be 60,000 elements to build and style at load.
          onFocus={listPeople}
          onPointerDown={() => {
            listPeople();
            ownerSelect.onPointerDown();
          }}
        >
          <option value="">{owner ? 'Change…' : 'Set owner…'}</option>
          {(!windowed || listed) &&
            [...peopleById.values()]
              .filter((p) => p.id !== owner?.id)
              .map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
        </select>
        {owner && (
          <button
            type="button"
            className="icon-button"
            aria-label={`Clear owner of ${outcome.title}`}
            onClick={() => {
              const result = dispatch({ type: 'outcome/clear-owner', outcomeId: outcome.id });
              if (!result.ok) return;
              notifyUndoable(`${isolatedInSentence(outcome.title)} has no owner now.`, outcome.id);
              // This button goes with the owner: focus stays in the slot, on its "Set owner…".
              focusAfterChange(ownerSelectAt(outcome.id), outcomeHeading(outcome.id));
            }}
          >
            ×
          </button>
        )}
      </div>
    </OwnerSlotFrame>
  );
});

/**
 * The slot's box with its highlights. The dnd-kit drop target is a child that renders nothing, so
 * drags re-render only that; on a big board it is there only while the card is near the screen.
 */
function OwnerSlotFrame({ outcomeId, children }: { readonly outcomeId: OutcomeId; readonly children: ReactNode }) {
  // Only a person's drag re-renders the slots (they all light up), not every drag.
  const accepting = useDragState((state) => state.active?.type === 'person');
  const isTarget = useDragState((state) => state.active?.type === 'person' && state.overId === dropId.ownerSlot(outcomeId));
  const near = useContext(CardNearContext);
  const [node, setNode] = useState<HTMLElement | null>(null);
  const classes = ['owner-slot'];
  if (accepting) classes.push('owner-slot--accepting');
  if (isTarget) classes.push('owner-slot--target');
  return (
    <div ref={setNode} className={classes.join(' ')} data-owner-slot={outcomeId}>
      {near && node && <OwnerDropTarget outcomeId={outcomeId} node={node} />}
      {children}
    </div>
  );
}

/** The owner slot as a dnd-kit drop target for people. */
function OwnerDropTarget({ outcomeId, node }: { readonly outcomeId: OutcomeId; readonly node: HTMLElement }) {
  const data = useMemo<DropData>(() => ({ type: 'owner-slot', outcomeId }), [outcomeId]);
  const { setNodeRef } = useDroppable({ id: dropId.ownerSlot(outcomeId), data });
  useLayoutEffect(() => {
    setNodeRef(node);
  }, [node, setNodeRef]);
  return null;
}
