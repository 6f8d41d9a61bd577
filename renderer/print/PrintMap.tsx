/**
 * The map itself: every outcome as a card with its measurable result, where it stands, its one
 * owner, the owner's authority and the activities that serve it; then the parking lot. A card is
 * kept on one page (print.css), so each can be cut out and pinned to a wall, unless it is tall
 * (more than a third of the page, with four activities or more, or about as tall as a page): then
 * it breaks across pages, its notes and its list under a running head, "Deals closed (continued)",
 * on each page they run onto (isLong). So does a long parking lot.
 */
import { Fragment, memo, type ReactNode } from 'react';
import { AUTHORITY_FACET_LABELS, formatResult, heldAuthority, progressText, type OutcomeHealth } from '../../shared/health';
import { AUTHORITY_FACETS, PARKING_LOT_NAME, type Activity, type Outcome, type Person, type PersonId } from '../../shared/model';
import { withoutBlankEdges } from '../../shared/text';
import { VerdictBadge } from '../health/VerdictBadge';
import { PersonSwatch } from './PersonSwatch';
import { ResultMissed } from './ResultMissed';
import { RunningSheet } from './RunningSheet';
import { mayBreak, type CardText } from './cardHeight';
import { namesOf, type PrintModel } from './printModel';

const NONE: readonly Activity[] = [];
/** The authority row's text, as wide as it prints (each facet ticked or crossed), for a card's height. */
const AUTHORITY_LINE = AUTHORITY_FACETS.map((facet) => `✓ ${AUTHORITY_FACET_LABELS[facet]}`).join(' ');
const PARKING_LOT_NOTE = 'Activities that serve no outcome yet.';
/** After a card's name in the running head over the part of it a page carries on. */
const CONTINUED = ' (continued)';

/** An activity's tick box and title, the start of its row on the map and on a person's sheet. */
export function ActivityTitle({ activity }: { readonly activity: Activity }) {
  return (
    <>
      {/* A done activity's box says so in words: an image named "Done", which the tagged PDF keeps
          as its figure's alternate text (an open one's box is skipped: its row says nothing more).
          A visually hidden "(done)" was never printed: clipped to nothing, it was in neither the
          PDF's text nor its tags. */}
      <span className="print-activity__box" {...(activity.done ? { role: 'img', 'aria-label': 'Done' } : { 'aria-hidden': true })}>
        {activity.done ? '☑' : '☐'}
      </span>
      <span className="print-activity__title">
        <bdi>{activity.title}</bdi>
      </span>
    </>
  );
}

/**
 * `lead`: printed over the first row, inside its item (a long card's "Activities (n of m done)",
 * below), or over "No activities.".
 */
export function ActivityList({
  activities,
  peopleById,
  lead,
}: {
  readonly activities: readonly Activity[];
  readonly peopleById: ReadonlyMap<PersonId, Person>;
  readonly lead?: ReactNode;
}) {
  if (activities.length === 0)
    return (
      <>
        {lead}
        <p className="print-muted">No activities.</p>
      </>
    );
  return (
    <ul className="print-activities">
      {activities.map((activity, row) => {
        const names = namesOf(activity.assigneeIds, peopleById);
        return (
          // The row inside the item, so that on a long card the item can be a row of the running
          // sheet's table and the row still a flex line (RunningSheet.tsx, print.css).
          <li key={activity.id}>
            {row === 0 && lead}
            <div className={activity.done ? 'print-activity print-activity--done' : 'print-activity'}>
              <ActivityTitle activity={activity} />
              <span className="print-activity__who">
                {names.length === 0
                  ? 'Unassigned'
                  : names.map((name, index) => (
                      // Each name isolated, so the list reads in its order whatever the letters.
                      <Fragment key={index}>
                        {index > 0 && ', '}
                        <bdi>{name}</bdi>
                      </Fragment>
                    ))}
              </span>
            </div>
          </li>
        );
      })}
    </ul>
  );
}

/** The names on an activity's row, as its card prints them. */
const whoOf = (activity: Activity, peopleById: ReadonlyMap<PersonId, Person>) => namesOf(activity.assigneeIds, peopleById).join(', ') || 'Unassigned';

/** The map's column on the paper asked for, in mm (cardHeight.ts columnWidthMm, columnHeightMm). */
export interface Column {
  readonly widthMm: number;
  readonly heightMm: number;
}

/**
 * Whether a card may run onto the next page, its notes and list under a running head that says
 * whose the notes and rows on the next page are (cardHeight.ts mayBreak): when it is taller than a
 * third of the column and has four activities or more, or is about as tall as a page. Moved whole
 * to the next page, a card of 12 activities left a third of the page before it empty, and one
 * longer than a page left the rest of the page empty and dragged the section's headings along; a
 * short one is kept whole, to be cut out and pinned up.
 */
function isLong(card: Omit<CardText, 'rows'>, activities: readonly Activity[], peopleById: ReadonlyMap<PersonId, Person>, column: Column): boolean {
  const rows = activities.map((activity) => ({ title: activity.title, who: whoOf(activity, peopleById) }));
  return mayBreak({ ...card, rows }, column.widthMm, column.heightMm);
}

const OutcomeSheet = memo(function OutcomeSheet({
  outcome,
  health,
  owner,
  activities,
  peopleById,
  column,
}: {
  readonly outcome: Outcome;
  readonly health: OutcomeHealth | undefined;
  readonly owner: Person | undefined;
  readonly activities: readonly Activity[];
  readonly peopleById: ReadonlyMap<PersonId, Person>;
  readonly column: Column;
}) {
  const result = formatResult(outcome);
  const done = activities.filter((activity) => activity.done).length;
  const progress = progressText(outcome, health);
  const authority = heldAuthority(outcome, owner);
  // The facts' texts as the card prints them below, for its height (a metric only when there is one).
  const facts = [result, ...(outcome.metric.trim() === '' ? [] : [outcome.metric]), progress, owner ? `${owner.name} · ${owner.role}` : 'No owner', AUTHORITY_LINE];
  // Without blank edges: a board stored before they were taken off as typed still holds them.
  const notesText = withoutBlankEdges(outcome.notes);
  const long = isLong({ title: outcome.title, facts, alarm: health?.tasksDoneResultMissed === true, notes: notesText }, activities, peopleById, column);
  const notes = notesText !== '' && (
    <p className="print-prose print-card__notes" dir="auto">
      {notesText}
    </p>
  );
  // Not a heading: the outline (built from the headings) lists the outcomes, not an "Activities" under each.
  const subhead = (
    <p className="print-card__subhead">
      Activities{activities.length > 0 && ` (${done} of ${activities.length} done)`}
    </p>
  );
  return (
    <article className={`print-card print-card--${health?.verdict ?? 'task-not-outcome'}${long ? ' print-card--long' : ''}`} aria-label={outcome.title}>
      <header className="print-card__header">
        <h3 className="print-card__title">
          <bdi>{outcome.title}</bdi>
        </h3>
        <div className="print-card__tags">
          {health && <VerdictBadge verdict={health.verdict} label={health.label} />}
          {outcome.revenueCritical && <span className="print-tag">Revenue-critical</span>}
        </div>
      </header>
      <dl className="print-card__facts">
        <div>
          <dt>Result</dt>
          <dd>{result === '' ? <span className="print-muted">No measurable result</span> : result}</dd>
        </div>
        {outcome.metric.trim() !== '' && (
          <div>
            <dt>Metric</dt>
            <dd>
              <bdi>{outcome.metric}</bdi>
            </dd>
          </div>
        )}
        <div>
          <dt>Current</dt>
          <dd>{progress}</dd>
        </div>
        <div>
          <dt>Owner</dt>
          <dd>
            {owner ? (
              <span className="print-owner">
                <PersonSwatch person={owner} />
                <span>
                  <bdi>{owner.name}</bdi>
                  {owner.role.trim() !== '' && (
                    <span className="print-muted">
                      {' '}
                      · <bdi>{owner.role}</bdi>
                    </span>
                  )}
                </span>
              </span>
            ) : (
              <span className="print-missing">No owner</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Authority</dt>
          <dd>
            {/* Without an owner, nobody holds it (heldAuthority): ticks agreed for whoever takes it
                printed beside "No owner" as if held. The board's card shows them only with an owner. */}
            {authority === null ? (
              <span className="print-missing">Nobody holds it (no owner)</span>
            ) : (
              <ul className="print-facets">
                {AUTHORITY_FACETS.map((facet) => {
                  const held = authority[facet];
                  return (
                    <li key={facet} className={held ? 'print-facet print-facet--yes' : 'print-facet print-facet--no'}>
                      {/* The mark an image named "Yes" or "No", kept in the tagged PDF as its figure's
                          alternate text (a visually hidden ": yes" was never printed, as with "(done)"). */}
                      <span role="img" aria-label={held ? 'Yes' : 'No'}>
                        {held ? '✓' : '✗'}
                      </span>{' '}
                      {AUTHORITY_FACET_LABELS[facet]}
                    </li>
                  );
                })}
              </ul>
            )}
          </dd>
        </div>
      </dl>
      {/* Under the owner's authority, over the activities: a page has no bottom edge of a screen to
          take it out of sight (the board's card has it under its verdict, OutcomeCard.tsx). */}
      {health?.tasksDoneResultMissed === true && <ResultMissed />}
      {long ? (
        // A long card's notes and list are one sheet, under one running head that names the card on
        // every page they run onto (RunningSheet.tsx). The subhead is in the list's first row, with
        // the first activity, not a block of its own: in a row of its own it was left alone at the
        // page's foot (Chromium kept no row with the one after it across two row groups, nor across
        // the first two rows of one). The notes were a sheet of their own and the list another, each
        // with its head cut off where it starts: where the notes ran to a page's (or column's) foot
        // and the list's first two rows did not fit under them, the list's sheet started the next
        // page, its head cut off there too, and the page began "Activities (1 of 5 done)" with the
        // card named nowhere on it (17 pages or columns of 96 PDFs of long-notes boards; 8 more ended
        // with a subhead, its rows on the next). Between the sheet's rows Chromium goes back to
        // an earlier break, as it does not inside a cell.
        <RunningSheet
          head={
            <>
              <bdi>{outcome.title}</bdi>
              {CONTINUED}
            </>
          }
          continuedOnly
        >
          {notes}
          <ActivityList activities={activities} peopleById={peopleById} lead={subhead} />
        </RunningSheet>
      ) : (
        <>
          {notes}
          {subhead}
          <ActivityList activities={activities} peopleById={peopleById} />
        </>
      )}
    </article>
  );
});

/** `column`: how wide and tall the map's column is on the paper asked for. */
export function PrintMap({ model, column }: { readonly model: PrintModel; readonly column: Column }) {
  const { board, health, peopleById, activitiesByOutcome } = model;
  const parked = activitiesByOutcome.get(null) ?? NONE;
  const parkedList = <ActivityList activities={parked} peopleById={peopleById} />;
  const parkedLong = isLong({ title: PARKING_LOT_NAME, facts: [PARKING_LOT_NOTE], alarm: false, notes: '' }, parked, peopleById, column);
  return (
    <section className="print-section print-map" aria-labelledby="print-map-title">
      <h2 id="print-map-title" className="print-section__title">
        The map
      </h2>
      {board.outcomes.length === 0 && <p className="print-muted">No outcomes on this board yet.</p>}
      <div className="print-cards">
        {board.outcomes.map((outcome) => (
          <OutcomeSheet
            key={outcome.id}
            outcome={outcome}
            health={health.outcomes.get(outcome.id)}
            owner={outcome.ownerId === null ? undefined : peopleById.get(outcome.ownerId)}
            activities={activitiesByOutcome.get(outcome.id) ?? NONE}
            peopleById={peopleById}
            column={column}
          />
        ))}
        {parked.length > 0 && (
          // A long parking lot (a pasted list of ideas) runs over pages like a long outcome's card,
          // its rows under the same kind of head.
          <article className={`print-card print-card--parking-lot${parkedLong ? ' print-card--long' : ''}`} aria-label={PARKING_LOT_NAME}>
            <header className="print-card__header">
              <h3 className="print-card__title">{PARKING_LOT_NAME}</h3>
            </header>
            <p className="print-muted print-card__lead">{PARKING_LOT_NOTE}</p>
            {parkedLong ? (
              <RunningSheet head={`${PARKING_LOT_NAME}${CONTINUED}`} continuedOnly>
                {parkedList}
              </RunningSheet>
            ) : (
              parkedList
            )}
          </article>
        )}
      </div>
    </section>
  );
}
