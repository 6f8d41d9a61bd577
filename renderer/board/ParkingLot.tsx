/**
 * Activities that serve no outcome yet. Every one of them is a question for the room. A drop
 * target for activities, like an outcome.
 */
import { memo, useId, type ReactNode } from 'react';
import { useDroppable } from '@dnd-kit/core';
import type { Activity, Person, PersonId } from '../../shared/model';
import { AddActivity } from './ActivityCard';
import { ActivityList } from './ActivityList';
import { countRender } from './renderProbe';
import { useActiveDragType, useIsTargetContainer } from './dnd/dragState';
import { EndOfListLine } from './OutcomeCard';
import { dropId, type DropData } from './dnd/types';

interface ParkingLotProps {
  readonly activities: readonly Activity[];
  readonly peopleById: ReadonlyMap<PersonId, Person>;
  /** Whether the board has any activity at all (an empty parking lot then means they all serve an outcome). */
  readonly boardHasActivities: boolean;
}

const DROP: DropData = { type: 'container', outcomeId: null };

export const ParkingLot = memo(function ParkingLot({ activities, peopleById, boardHasActivities }: ParkingLotProps) {
  countRender('parking-lot');
  const headingId = useId();
  return (
    <ParkingLotFrame headingId={headingId}>
      <h2 id={headingId} className="panel__title">
        Parking lot
      </h2>
      <p className="panel__hint">Activities that serve no outcome yet.</p>
      {activities.length === 0 ? (
        // "Every activity serves an outcome" is praise a board without activities has not earned.
        <p className="muted">{boardHasActivities ? 'Empty: every activity serves an outcome.' : 'Empty. An activity added here waits until the room decides which outcome it serves.'}</p>
      ) : (
        <ActivityList container={dropId.container(null)} label="Activities in the parking lot" activities={activities} peopleById={peopleById} where="panel" />
      )}
      <EndOfListLine containerId={dropId.container(null)} />
      <AddActivity outcomeId={null} label="Add activity to the parking lot" />
    </ParkingLotFrame>
  );
});

/** The parking lot as a drop target; kept apart so drags re-render only this frame. */
function ParkingLotFrame({ headingId, children }: { readonly headingId: string; readonly children: ReactNode }) {
  const { setNodeRef } = useDroppable({ id: dropId.container(null), data: DROP });
  const activeType = useActiveDragType();
  const isTarget = useIsTargetContainer(dropId.container(null)) && activeType === 'activity';
  return (
    <section ref={setNodeRef} className={isTarget ? 'panel parking-lot parking-lot--drop-target' : 'panel parking-lot'} aria-labelledby={headingId}>
      {children}
    </section>
  );
}
