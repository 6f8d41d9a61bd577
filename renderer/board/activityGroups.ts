/**
 * Activities grouped by container (outcome or parking lot) with structural sharing: a group
 * whose activities did not change keeps the very same array, so the memoized cards of untouched
 * outcomes do not re-render after a drop elsewhere.
 */
import type { Activity, OutcomeId } from '../../shared/model';

export type ActivityGroups = ReadonlyMap<OutcomeId | null, readonly Activity[]>;

const sameItems = (a: readonly Activity[], b: readonly Activity[]) => a.length === b.length && a.every((item, i) => item === b[i]);

export class ActivityGrouping {
  private previous: ActivityGroups = new Map();

  group(activities: readonly Activity[]): ActivityGroups {
    const next = new Map<OutcomeId | null, Activity[]>();
    for (const activity of activities) {
      const group = next.get(activity.outcomeId);
      if (group) group.push(activity);
      else next.set(activity.outcomeId, [activity]);
    }
    const shared = new Map<OutcomeId | null, readonly Activity[]>();
    for (const [key, group] of next) {
      const before = this.previous.get(key);
      shared.set(key, before && sameItems(before, group) ? before : group);
    }
    this.previous = shared;
    return shared;
  }
}
