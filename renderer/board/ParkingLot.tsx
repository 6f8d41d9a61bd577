/** Activities that serve no outcome yet. Every one of them is a question for the room. */
import { memo, useId } from 'react';
import type { Activity, Person, PersonId } from '../../shared/model';
import { ActivityCard } from './ActivityCard';

interface ParkingLotProps {
  readonly activities: readonly Activity[];
  readonly peopleById: ReadonlyMap<PersonId, Person>;
}

export const ParkingLot = memo(function ParkingLot({ activities, peopleById }: ParkingLotProps) {
  const headingId = useId();
  return (
    <section className="panel parking-lot" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel__title">
        Parking lot
      </h2>
      <p className="panel__hint">Activities that serve no outcome yet.</p>
      {activities.length === 0 ? (
        <p className="muted">Empty: every activity serves an outcome.</p>
      ) : (
        <ul className="activity-list">
          {activities.map((activity) => (
            <li key={activity.id}>
              <ActivityCard activity={activity} peopleById={peopleById} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});
