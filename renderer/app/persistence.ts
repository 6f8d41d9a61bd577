/**
 * Ask the browser to keep this app's storage even under disk pressure (it may otherwise evict
 * IndexedDB without asking). Best effort: a refusal is not an error the user can act on.
 */
export async function requestPersistentStorage(
  storage: StorageManager | undefined = 'storage' in navigator ? navigator.storage : undefined,
): Promise<boolean> {
  try {
    if (!storage) return false;
    if (await storage.persisted()) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}
