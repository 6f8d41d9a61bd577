/**
 * Fresh ids for new boards, people, outcomes and activities. Commands never make ids themselves
 * (they stay pure and repeatable); the caller makes one here and puts it into the intent.
 */
import type { ActivityId, BoardId, OutcomeId, PersonId } from './model';

// Both Chromium and Node 20 have Web Crypto's randomUUID on the global object. Declared locally so
// shared/ compiles without DOM or Node typings (which keeps it honest about being pure).
declare const crypto: { randomUUID(): string };

export type IdFactory = () => string;

export const randomId: IdFactory = () => crypto.randomUUID();

export const newBoardId = (make: IdFactory = randomId): BoardId => make() as BoardId;
export const newPersonId = (make: IdFactory = randomId): PersonId => make() as PersonId;
export const newOutcomeId = (make: IdFactory = randomId): OutcomeId => make() as OutcomeId;
export const newActivityId = (make: IdFactory = randomId): ActivityId => make() as ActivityId;

/** Ids for tests and the sample board: "p-1", "p-2", … — repeatable run to run. */
export function sequentialIds(prefix = 'id'): IdFactory {
  let next = 0;
  return () => `${prefix}-${++next}`;
}
