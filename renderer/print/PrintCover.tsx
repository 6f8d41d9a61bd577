/**
 * The map's first page: what the workshop was, when, why, and who was in the room, so the handout
 * stands on its own when it is forwarded to someone who was not there.
 */
import { NO_OUTCOMES_YET, TASKS_DONE_RESULT_MISSED, UNTITLED_OUTCOME, type BoardHealth, type HealthScore } from '../../shared/health';
import type { Board } from '../../shared/model';
import { counted, listInSentence, withoutBlankEdges } from '../../shared/text';
import { PersonSwatch } from './PersonSwatch';
import { printDate } from './printModel';

const MANY_PEOPLE = 24;

export function scoreSentence(score: HealthScore): string {
  if (score.total === 0) return `${NO_OUTCOMES_YET}.`;
  const owned = `${score.owned} of ${score.total} ${score.total === 1 ? 'outcome' : 'outcomes'} owned`;
  if (score.revenueCritical.total === 0) return `${owned}.`;
  return `${owned}; revenue-critical: ${score.revenueCritical.owned} of ${score.revenueCritical.total}.`;
}

/**
 * The outcomes whose activities are all done while the result is missed, named (up to five): the
 * method's central point, which the cover's ownership score alone says nothing of — a reader of the
 * cover saw "4 of 8 outcomes owned" and no trace of it. '' when there are none.
 */
function tasksDoneSentence(board: Board, health: BoardHealth): string {
  const titles = board.outcomes
    .filter((outcome) => health.outcomes.get(outcome.id)?.tasksDoneResultMissed === true)
    .map((outcome) => outcome.title.trim() || UNTITLED_OUTCOME);
  if (titles.length === 0) return '';
  return `${counted(titles.length, 'outcome', 'outcomes')}: ${listInSentence(titles, { most: MISSED_NAMED })}.`;
}

const MISSED_NAMED = 5;

/**
 * "started 2 June 2026, last changed 14 March 2027": when the board was begun (the workshop, or the
 * evening before it) and last changed. The cover said only "Date", the day it was printed, which a
 * reader weeks later took for the workshop's; the day the board was started was printed nowhere.
 * One line for both, so the cover keeps its rows (a landscape cover fits its participants on one page).
 */
export function boardDates(board: Board): string {
  const started = printDate(board.createdAt);
  const changed = printDate(board.updatedAt);
  return started === changed ? `started and last changed ${changed}` : `started ${started}, last changed ${changed}`;
}

export function PrintCover({ board, health, printedOn }: { readonly board: Board; readonly health: BoardHealth; readonly printedOn: Date }) {
  const missed = tasksDoneSentence(board, health);
  return (
    <section className="print-section print-cover" aria-labelledby="print-cover-title">
      <p className="print-kicker">Ownership map</p>
      <h1 id="print-cover-title" className="print-cover__title">
        <bdi>{board.title}</bdi>
      </h1>
      <dl className="print-facts">
        <div>
          <dt>Printed</dt>
          <dd>{printDate(printedOn)}</dd>
        </div>
        <div>
          <dt>Board</dt>
          <dd>{boardDates(board)}</dd>
        </div>
        <div>
          <dt>Ownership</dt>
          <dd>{scoreSentence(health.score)}</dd>
        </div>
        {missed !== '' && (
          <div>
            <dt>{TASKS_DONE_RESULT_MISSED}</dt>
            <dd>{missed}</dd>
          </div>
        )}
      </dl>
      <section className="print-cover__block" aria-labelledby="print-cover-purpose">
        <h2 id="print-cover-purpose">Purpose</h2>
        {board.purpose.trim() === '' ? (
          <p className="print-muted">No purpose was written down.</p>
        ) : (
          <p className="print-prose" dir="auto">
            {/* Without the blank lines around it that a board stored before the app took them off still holds. */}
            {withoutBlankEdges(board.purpose)}
          </p>
        )}
      </section>
      <section className="print-cover__block" aria-labelledby="print-cover-people">
        <h2 id="print-cover-people">Participants ({board.people.length})</h2>
        {board.people.length === 0 ? (
          <p className="print-muted">Nobody is on this board yet.</p>
        ) : (
          // Many participants get a denser grid, so the cover stays about one page.
          <ul className={board.people.length > MANY_PEOPLE ? 'print-participants print-participants--many' : 'print-participants'}>
            {board.people.map((person) => (
              <li key={person.id} className="print-participant">
                <PersonSwatch person={person} />
                <span className="print-participant__text">
                  <bdi className="print-participant__name">{person.name}</bdi>
                  {person.role.trim() !== '' && (
                    <span className="print-muted">
                      {' '}
                      · <bdi>{person.role}</bdi>
                    </span>
                  )}
                  {person.newToRole && <span className="print-tag print-participant__tag">New to the role</span>}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
