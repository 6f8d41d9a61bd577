/**
 * An outcome as the room sees it: the result it promises, where it stands, its one owner and
 * their authority, the activities serving it, and the method's verdict. A region named by the
 * outcome's title, so people (and tests) can find it by name.
 */
import { memo, useId, useState } from 'react';
import { formatProgress, formatResult, type OutcomeHealth } from '../../shared/health';
import { AUTHORITY_FACETS, type Activity, type Outcome, type Person, type PersonId } from '../../shared/model';
import { QuestionList } from '../health/QuestionList';
import { VerdictBadge } from '../health/VerdictBadge';
import { ActivityCard } from './ActivityCard';
import { AUTHORITY_LABELS } from './labels';
import { PersonAvatar } from './PersonAvatar';

interface OutcomeCardProps {
  readonly outcome: Outcome;
  readonly health: OutcomeHealth;
  readonly owner: Person | undefined;
  readonly activities: readonly Activity[];
  readonly peopleById: ReadonlyMap<PersonId, Person>;
}

export const OutcomeCard = memo(function OutcomeCard({ outcome, health, owner, activities, peopleById }: OutcomeCardProps) {
  const titleId = useId();
  const questionsId = useId();
  const [showWhy, setShowWhy] = useState(false);
  const result = formatResult(outcome);
  const progress = formatProgress(outcome);
  const percent = progressPercent(outcome);

  return (
    <section className={`outcome-card outcome-card--${health.verdict}`} aria-labelledby={titleId}>
      <header className="outcome-card__header">
        <h2 id={titleId} className="outcome-card__title">
          {outcome.title}
        </h2>
        {outcome.revenueCritical && <span className="tag tag--revenue">Revenue-critical</span>}
      </header>
      <div className="outcome-card__verdict">
        <VerdictBadge verdict={health.verdict} label={health.label} />
        <button
          type="button"
          className="link-button"
          aria-expanded={showWhy}
          aria-controls={questionsId}
          onClick={() => {
            setShowWhy((shown) => !shown);
          }}
        >
          {showWhy ? 'Hide the three questions' : 'Why?'}
        </button>
      </div>
      <p className="outcome-card__reason">{health.reason}</p>
      {showWhy && <QuestionList id={questionsId} questions={health.questions} />}

      <dl className="outcome-card__facts">
        <div>
          <dt>Result</dt>
          <dd>{result || <span className="muted">No measurable result</span>}</dd>
        </div>
        {progress && (
          <div>
            <dt>Now</dt>
            <dd>
              {progress}
              {percent !== null && (
                <span className="progress" aria-hidden="true">
                  <span className="progress__bar" style={{ width: `${percent}%` }} />
                </span>
              )}
            </dd>
          </div>
        )}
      </dl>

      <div className="owner-slot">
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
      {owner && (
        <ul className="authority" aria-label={`Authority of ${owner.name}`}>
          {AUTHORITY_FACETS.map((facet) => {
            const granted = outcome.authority[facet];
            return (
              <li key={facet} className={granted ? 'authority__facet authority__facet--yes' : 'authority__facet authority__facet--no'}>
                <span aria-hidden="true">{granted ? '✓' : '✗'}</span> {AUTHORITY_LABELS[facet]}
                <span className="visually-hidden">{granted ? ': yes' : ': no'}</span>
              </li>
            );
          })}
        </ul>
      )}

      {health.tasksDoneResultMissed && (
        <p className="outcome-card__alarm">Tasks done, result missed</p>
      )}

      <h3 className="outcome-card__subhead">
        Activities{' '}
        <span className="muted">
          {health.doneCount} of {health.activityCount} done
        </span>
      </h3>
      {activities.length === 0 ? (
        <p className="muted outcome-card__empty">No activities serve this outcome yet.</p>
      ) : (
        <ul className="activity-list" aria-label={`Activities serving ${outcome.title}`}>
          {activities.map((activity) => (
            <li key={activity.id}>
              <ActivityCard activity={activity} peopleById={peopleById} />
            </li>
          ))}
        </ul>
      )}
      {outcome.notes && <p className="outcome-card__notes">{outcome.notes}</p>}
    </section>
  );
});

function progressPercent(outcome: Outcome): number | null {
  if (outcome.target === null || outcome.current === null || outcome.direction !== 'at-least' || outcome.target <= 0) {
    return null;
  }
  return Math.max(0, Math.min(100, (outcome.current / outcome.target) * 100));
}
