/**
 * Whether a value that came from outside (IPC, a URL, localStorage) is one of a fixed list's
 * members, narrowing it to the list's type. The one place the list is widened to compare.
 */
export const isOneOf = <T>(values: readonly T[], value: unknown): value is T => (values as readonly unknown[]).includes(value);
