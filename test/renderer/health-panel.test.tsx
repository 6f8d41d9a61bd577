/**
 * The health panel's words when it has no findings (true of the board shown, whatever its score),
 * the header's score and the people view's lines, in the same words as the PDF.
 */
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { boardHealth } from '../../shared/health';
import type { Activity, ActivityId, Board, Outcome, OutcomeId, Person, PersonId } from '../../shared/model';
import { createSampleBoard } from '../../shared/sample';
import { HealthPanel } from '../../renderer/health/HealthPanel';
import { ScoreSummary } from '../../renderer/health/ScoreSummary';
import { PeopleView } from '../../renderer/board/PeopleView';
import { scoreSentence } from '../../renderer/print/PrintCover';

describe('health panel without findings', () => {
  it('does not say every outcome is owned when none is', () => {
    render(<HealthPanel findings={[]} score={{ owned: 0, total: 4, revenueCritical: { owned: 0, total: 2 }, tasksDoneResultMissed: 0 }} />);
    const panel = screen.getByRole('region', { name: 'Health check' });
    expect(panel.textContent).toContain('Nothing else to flag, but 4 of 4 outcomes are not owned yet (see their verdicts).');
    expect(panel.textContent).not.toContain('every outcome has one owner');
  });

  it('says so when every outcome is owned', () => {
    render(<HealthPanel findings={[]} score={{ owned: 3, total: 3, revenueCritical: { owned: 1, total: 1 }, tasksDoneResultMissed: 0 }} />);
    expect(screen.getByRole('region', { name: 'Health check' }).textContent).toContain('every outcome has one owner with authority');
  });
});

/** The sample board and its first two people: Maya Chen, who owns outcomes, and Leo Fischer. */
function sampleWithMayaAndLeo(): { readonly sample: Board; readonly maya: Person; readonly leo: Person } {
  const sample = createSampleBoard();
  const [maya, leo] = sample.people;
  if (maya === undefined || leo === undefined) throw new Error('the sample board has people');
  return { sample, maya, leo };
}

describe('the parking lot in the health check', () => {
  // A workshop's board with 26 activities in the parking lot showed 26 "… serves no outcome."
  // notes, in Present too: who owns nothing, and "tasks done, result missed", fell off the screen.
  it('is one note however many activities wait there, after the owners, and it takes you to the parking lot', () => {
    const { sample, maya, leo } = sampleWithMayaAndLeo();
    const parked = Array.from({ length: 26 }, (_, n): Activity => ({ id: `a-${String(n)}` as ActivityId, title: `Idea #${String(n + 1)}`, done: false, outcomeId: null, assigneeIds: [] }));
    const board: Board = { ...sample, people: [maya, leo], outcomes: [{ ...sample.outcomes[0], ownerId: maya.id } as Outcome], activities: parked };
    const health = boardHealth(board);
    render(
      <>
        <section className="parking-lot">
          <h2>Parking lot</h2>
        </section>
        <HealthPanel findings={health.findings} score={health.score} />
      </>,
    );
    const items = within(screen.getByRole('region', { name: 'Health check' })).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'NoteLeo Fischer is not the owner of any outcome.',
      'Note26 activities in the parking lot serve no outcome: Idea #1, Idea #2, Idea #3 and 23 more.',
    ]);
    fireEvent.click(within(items[1] ?? document.body).getByRole('button'));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Parking lot' }));
  });
});

describe('the header score', () => {
  // The PDF's cover and health section say "0 of 1 outcome owned"; the header said "outcomes".
  it('says "outcome" for a board of one outcome, as the PDF does', () => {
    render(<ScoreSummary score={{ owned: 0, total: 1, revenueCritical: { owned: 0, total: 0 }, tasksDoneResultMissed: 0 }} />);
    expect(screen.getByRole('status', { name: 'Ownership score' }).textContent).toBe('0 of 1 outcome owned');
  });

  it('says "outcomes" otherwise, and the revenue-critical share when there are any', () => {
    render(<ScoreSummary score={{ owned: 1, total: 4, revenueCritical: { owned: 1, total: 2 }, tasksDoneResultMissed: 0 }} />);
    expect(screen.getByRole('status', { name: 'Ownership score' }).textContent).toBe('1 of 4 outcomes owned1 of 2 revenue-critical');
  });
});

describe('the header score, with tasks done and results missed', () => {
  const score = { owned: 4, total: 4, revenueCritical: { owned: 0, total: 0 } };
  // "4 of 4 outcomes owned" over ticked tasks and missed results read as all well from the back of the room.
  it('counts the outcomes whose tasks are all done while the result is missed', () => {
    render(<ScoreSummary score={{ ...score, tasksDoneResultMissed: 2 }} />);
    expect(screen.getByRole('status', { name: 'Ownership score' }).textContent).toBe('4 of 4 outcomes owned2 with tasks done, result missed');
    // Read whole when a part changes: the count alone ("2 with tasks done, result missed") said nothing of the score.
    expect(screen.getByRole('status', { name: 'Ownership score' }).getAttribute('aria-atomic')).toBe('true');
  });

  it('says nothing of it when there are none', () => {
    render(<ScoreSummary score={{ ...score, tasksDoneResultMissed: 0 }} />);
    expect(screen.getByRole('status', { name: 'Ownership score' }).textContent).toBe('4 of 4 outcomes owned');
  });
});

describe('a board with no outcomes', () => {
  const none = { owned: 0, total: 0, revenueCritical: { owned: 0, total: 0 }, tasksDoneResultMissed: 0 };
  // "0 of 0 outcomes owned" in the header and the PDF read as a failing score on a board just started.
  it('has no score yet, in the header and the PDF alike', () => {
    render(<ScoreSummary score={none} />);
    expect(screen.getByRole('status', { name: 'Ownership score' }).textContent).toBe('No outcomes yet');
    expect(scoreSentence(none)).toBe('No outcomes yet.');
  });
});

describe('the people view', () => {
  const person = (id: string, name: string, role: string, newToRole: boolean): Person => ({
    id: id as PersonId,
    name,
    role,
    newToRole,
    colour: '#1d4ed8',
    initials: 'XX',
  });

  // A person with no role who is new to it read "· new to the role": a separator before nothing.
  it('says who is new to the role without a separator before an empty role', () => {
    const board: Board = {
      ...createSampleBoard(),
      people: [person('p-zoe', 'Zoe', '', true), person('p-ada', 'Ada', 'Analyst', true), person('p-bo', 'Bo', 'Designer', false)],
      outcomes: [],
      activities: [],
    };
    render(<PeopleView board={board} health={boardHealth(board)} />);
    const roleOf = (name: string) => screen.getByRole('region', { name }).querySelector('header p')?.textContent;
    expect(roleOf('Zoe')).toBe('New to the role');
    expect(roleOf('Ada')).toBe('Analyst · new to the role');
    expect(roleOf('Bo')).toBe('Designer');
  });

  // Names, roles and titles from an import may be right-to-left: each is isolated in a <bdi>, as the
  // done activities and the PDF's page of the person are. A not-done Arabic title ending in "20%"
  // carried its "%" to the far end of the line, and a Hebrew role put "· new to the role" before it.
  it('isolates each person’s name, role and assigned activities, done or not', () => {
    const sample = createSampleBoard();
    const noa = person('p-noa', 'נועה כהן', 'מנהלת מכירות', true);
    const activity = (id: string, title: string, done: boolean): Activity => ({ id: id as ActivityId, title, done, outcomeId: null, assigneeIds: [noa.id] });
    const board: Board = { ...sample, people: [noa], outcomes: [], activities: [activity('a-1', 'تحديث 20%', false), activity('a-2', 'שיחות 3', true)] };
    render(<PeopleView board={board} health={boardHealth(board)} />);
    const card = screen.getByRole('region', { name: 'נועה כהן' });
    const isolated = (element: Element | null | undefined) => Array.from(element?.querySelectorAll('bdi') ?? [], (bdi) => bdi.textContent);
    expect(isolated(card.querySelector('h2'))).toEqual(['נועה כהן']);
    expect(isolated(card.querySelector('header p'))).toEqual(['מנהלת מכירות']);
    expect(card.querySelector('header p')?.textContent).toBe('מנהלת מכירות · new to the role');
    // Listed under what they serve: the parking lot's heading, then their own list.
    const [groups, assigned] = within(card).getAllByRole('list');
    expect(groups?.querySelector('.people-view__serves')?.textContent).toBe('In the parking lot, for no outcome yet');
    expect(within(assigned ?? card).getAllByRole('listitem').map((item) => isolated(item))).toEqual([['تحديث 20%'], ['שיחות 3']]);
  });
});

describe('the people view’s outcomes', () => {
  // Whether a result is met is what its owner answers for: the view named the outcome and its
  // verdict, and "Owned" over a missed result read as all well (the PDF's sheet says where it stands).
  it('say where each stands, met or not, as the owner’s page of the PDF does', () => {
    const { sample, maya } = sampleWithMayaAndLeo();
    const [first] = sample.outcomes;
    if (first === undefined) throw new Error('the sample board has outcomes');
    const outcome = (id: string, title: string, fields: Partial<Outcome>): Outcome => ({ ...first, id: id as OutcomeId, title, ownerId: maya.id, ...fields });
    const board: Board = {
      ...sample,
      people: [maya],
      outcomes: [
        outcome('o-1', 'Pipeline', { target: 20, current: 14, unit: 'deals', period: '', direction: 'at-least' }),
        outcome('o-2', 'Churn', { target: 2, current: 1.5, unit: '%', period: '', direction: 'at-most' }),
        outcome('o-3', 'Hiring', { target: 3, current: null, unit: 'engineers', period: '' }),
        outcome('o-4', 'Morale', { target: null, current: null }),
      ],
      activities: [],
    };
    render(<PeopleView board={board} health={boardHealth(board)} />);
    const card = screen.getByRole('region', { name: 'Maya Chen' });
    const standings = Array.from(card.querySelectorAll('.people-view__owns li'), (item) => item.querySelector('.people-view__standing')?.textContent);
    expect(standings).toEqual(['14 of 20 deals (not met yet)', '1.5%, target at most 2% (met)', 'Not measured yet', 'No target to measure against']);
  });
});

describe('the people view’s warnings', () => {
  // The health check says "Warning" or "Note" in words; the people view told them apart only by
  // the colour of a bar.
  it('say whether each is a warning or a note, as the health check does, in a list named for both', () => {
    const { sample, maya, leo } = sampleWithMayaAndLeo();
    // Maya owns four outcomes (a warning); Leo owns none (a note).
    const outcomes = [1, 2, 3, 4].map((n) => ({ ...sample.outcomes[0], id: `o-${String(n)}`, title: `Outcome ${String(n)}`, ownerId: maya.id }) as Outcome);
    const board: Board = { ...sample, people: [maya, leo], outcomes, activities: [] };
    render(<PeopleView board={board} health={boardHealth(board)} />);
    const items = (name: string) => within(screen.getByRole('list', { name: `Load warnings and notes for ${name}` })).getAllByRole('listitem').map((li) => li.textContent);
    expect(items('Maya Chen')).toEqual(['WarningMaya Chen is the owner of 4 outcomes — more than 3 is hard to hold.']);
    expect(items('Leo Fischer')).toEqual(['NoteLeo Fischer is not the owner of any outcome.']);
  });
});
