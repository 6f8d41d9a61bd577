/** A place in an imported file, said in words a facilitator can follow on the printed map. */
import { describe, expect, it } from 'vitest';
import { ordinal, placeInFile, placeStartingSentence } from '../../../shared/format/problems';

describe('placeInFile', () => {
  it.each([
    ['board', 'the board'],
    ['board.title', "the board's title"],
    ['board.createdAt', "the board's creation date"],
    ['board.outcomes', "the board's list of outcomes"],
    ['board.outcomes[3]', 'the 4th outcome'],
    ['board.outcomes[3].title', "the 4th outcome's title"],
    ['board.outcomes[0].current', "the 1st outcome's current value"],
    ['board.outcomes[1].ownerId', "the 2nd outcome's owner"],
    ['board.outcomes[0].owners[1]', "the 1st outcome's 2nd owner"],
    ['board.outcomes[0].authority', "the 1st outcome's authority"],
    ['board.outcomes[0].authority.decidesHow', "the 1st outcome's authority to decide how"],
    ['board.outcomes[10].authority[2]', "the 11th outcome's 3rd kind of authority"],
    ['board.people[21].newToRole', "the 22nd person's “new to the role” mark"],
    ['board.activities[0].assigneeIds[1]', "the 1st activity's 2nd assignee"],
    ['board.activities[2].outcomeId', "the 3rd activity's outcome"],
    ['board.activities[2].done', "the 3rd activity's “done” mark"],
    // A key the app does not know is quoted as the file writes it.
    ['board.people[0].favourite', "the 1st person's “favourite”"],
  ])('says %s as “%s”', (path, words) => {
    expect(placeInFile(path)).toBe(words);
  });

  it('starts a sentence with a capital, and never shows JSON', () => {
    expect(placeStartingSentence('board.outcomes[3].title')).toBe("The 4th outcome's title");
    expect(placeStartingSentence('board.activities[0].assigneeIds[1]')).not.toMatch(/[[\].]/u);
  });

  it('counts as a person does: 1st, 2nd, 3rd, 4th, 11th to 13th, 21st, 101st, 111th', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112].map(ordinal)).toEqual([
      '1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st', '111th', '112th',
    ]);
  });
});
