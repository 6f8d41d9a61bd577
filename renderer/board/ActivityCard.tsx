/** An activity (a task): its title, whether it is done, and who does it. */
import { memo } from 'react';
import type { Activity, Person, PersonId } from '../../shared/model';
import { PersonAvatar } from './PersonAvatar';

interface ActivityCardProps {
  readonly activity: Activity;
  readonly peopleById: ReadonlyMap<PersonId, Person>;
}

export const ActivityCard = memo(function ActivityCard({ activity, peopleById }: ActivityCardProps) {
  const assignees = activity.assigneeIds.map((id) => peopleById.get(id)).filter((p): p is Person => p !== undefined);
  return (
    <div className={activity.done ? 'activity-card activity-card--done' : 'activity-card'}>
      <span className="activity-card__status" aria-hidden="true">
        {activity.done ? '✓' : '○'}
      </span>
      <span className="activity-card__title">{activity.title}</span>
      <span className="visually-hidden">{activity.done ? ', done' : ', not done'}</span>
      {assignees.length > 0 && (
        <span className="activity-card__assignees" aria-label={`Assigned to ${assignees.map((p) => p.name).join(' and ')}`}>
          {assignees.map((person) => (
            <PersonAvatar key={person.id} person={person} size="small" />
          ))}
        </span>
      )}
    </div>
  );
});
