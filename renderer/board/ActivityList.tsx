/**
 * The activities of one container (an outcome or the parking lot), in order. On a small board a
 * plain list with every activity mounted; on a big board a windowed list (WindowedList.tsx) that
 * mounts only the activities near the screen.
 */
import { useContext } from 'react';
import type { Activity, Person, PersonId } from '../../shared/model';
import { ActivityCard } from './ActivityCard';
import { WindowedList } from './WindowedList';
import { WindowingContext } from './windowing';

interface ActivityListProps {
  /** The container's drop id: `container:<outcome id | parking-lot>`. */
  readonly container: string;
  readonly label: string;
  readonly activities: readonly Activity[];
  readonly peopleById: ReadonlyMap<PersonId, Person>;
  /** Where the list is, for what a placeholder says: an outcome card or the parking lot panel. */
  readonly where: 'card' | 'panel';
}

const ACTIVITY = ['activity', 'activities'] as const;
const keyOf = (activity: Activity) => activity.id;

export function ActivityList({ container, label, activities, peopleById, where }: ActivityListProps) {
  const windowing = useContext(WindowingContext);
  if (!windowing?.supported) {
    return (
      <ul className="activity-list" aria-label={label}>
        {activities.map((activity) => (
          <li key={activity.id}>
            <ActivityCard activity={activity} peopleById={peopleById} />
          </li>
        ))}
      </ul>
    );
  }
  return (
    <WindowedList
      windowing={windowing}
      container={container}
      kind="activity"
      className="activity-list"
      label={label}
      items={activities}
      keyOf={keyOf}
      render={(activity) => <ActivityCard activity={activity} peopleById={peopleById} />}
      noun={ACTIVITY}
      where={where}
    />
  );
}
