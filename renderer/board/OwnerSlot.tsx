/**
 * "Owner: Maya Chen" or "No owner": the one place a person can be dropped to own an outcome.
 * Dropping someone else replaces the owner (never two). A select does the same without dragging.
 */
import { memo, type ReactNode } from 'react';
import { useDroppable } from '@dnd-kit/core';
import type { Outcome, OutcomeId, Person, PersonId } from '../../shared/model';
import { useBoardStore } from '../store/boardStore';
import { notify } from '../app/notices';
import { describeChange } from './dnd/describe';
import { useActiveDragType, useIsDropTarget } from './dnd/dragState';
import { dropId, type DropData } from './dnd/types';
import { PersonAvatar } from './PersonAvatar';

interface OwnerSlotProps {
  readonly outcome: Outcome;
  readonly owner: Person | undefined;
  readonly peopleById: ReadonlyMap<PersonId, Person>;
}

export const OwnerSlot = memo(function OwnerSlot({ outcome, owner, peopleById }: OwnerSlotProps) {
  const dispatch = useBoardStore((s) => s.dispatch);

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
      notify(sentence.message, { undoable: sentence.notable });
    }
  };

  return (
    <OwnerSlotFrame outcomeId={outcome.id}>
      <div className="owner-slot__who">
        {owner ? (
          <>
            <PersonAvatar person={owner} />
            <span className="owner-slot__text">
              <span className="owner-slot__label">Owner: {owner.name}</span>
              {owner.role && <span className="owner-slot__role">{owner.role}</span>}
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
          onChange={(event) => {
            if (event.target.value) setOwner(event.target.value as PersonId);
          }}
        >
          <option value="">{owner ? 'Change…' : 'Set owner…'}</option>
          {[...peopleById.values()]
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
              if (result.ok) notify(`${outcome.title} has no owner now.`, { undoable: true });
            }}
          >
            ×
          </button>
        )}
      </div>
    </OwnerSlotFrame>
  );
});

/** The slot as a drop target for people; kept apart so drags re-render only this frame. */
function OwnerSlotFrame({ outcomeId, children }: { readonly outcomeId: OutcomeId; readonly children: ReactNode }) {
  const data: DropData = { type: 'owner-slot', outcomeId };
  const { setNodeRef } = useDroppable({ id: dropId.ownerSlot(outcomeId), data });
  const isTarget = useIsDropTarget(dropId.ownerSlot(outcomeId));
  const activeType = useActiveDragType();
  const classes = ['owner-slot'];
  if (activeType === 'person') classes.push('owner-slot--accepting');
  if (isTarget && activeType === 'person') classes.push('owner-slot--target');
  return (
    <div ref={setNodeRef} className={classes.join(' ')}>
      {children}
    </div>
  );
}
