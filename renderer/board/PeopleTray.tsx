/** The people in the room: who they are, what they own and what they are assigned. */
import { memo, useId, useMemo } from 'react';
import type { Activity, Outcome, Person, PersonId } from '../../shared/model';
import { PersonAvatar } from './PersonAvatar';

interface PeopleTrayProps {
  readonly people: readonly Person[];
  readonly outcomes: readonly Outcome[];
  readonly activities: readonly Activity[];
}

export const PeopleTray = memo(function PeopleTray({ people, outcomes, activities }: PeopleTrayProps) {
  const headingId = useId();
  const load = useMemo(() => {
    const counts = new Map<PersonId, { owns: number; assigned: number }>();
    for (const person of people) counts.set(person.id, { owns: 0, assigned: 0 });
    for (const outcome of outcomes) {
      const entry = outcome.ownerId ? counts.get(outcome.ownerId) : undefined;
      if (entry) entry.owns++;
    }
    for (const activity of activities) {
      for (const id of activity.assigneeIds) {
        const entry = counts.get(id);
        if (entry) entry.assigned++;
      }
    }
    return counts;
  }, [people, outcomes, activities]);

  return (
    <section className="panel people-tray" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel__title">
        People
      </h2>
      {people.length === 0 ? (
        <p className="muted">Nobody yet.</p>
      ) : (
        <ul className="people-list">
          {people.map((person) => {
            const counts = load.get(person.id) ?? { owns: 0, assigned: 0 };
            return (
              <li key={person.id} className="person-card">
                <PersonAvatar person={person} />
                <span className="person-card__text">
                  <span className="person-card__name">{person.name}</span>
                  {person.role && <span className="person-card__role">{person.role}</span>}
                  <span className="person-card__load">
                    Owns {counts.owns} {counts.owns === 1 ? 'outcome' : 'outcomes'} · {counts.assigned} {counts.assigned === 1 ? 'task' : 'tasks'}
                  </span>
                  {person.newToRole && <span className="tag tag--new">New to the role</span>}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
});
