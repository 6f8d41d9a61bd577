/**
 * The warning before the space for boards runs out (renderer/app/storageSpace.ts): said while
 * saves still work, never when there is room or the browser cannot tell.
 */
import { describe, expect, it } from 'vitest';
import { lowSpaceWarning } from '../../renderer/app/storageSpace';

const MB = 1024 * 1024;
const storage = (estimate: () => Promise<StorageEstimate>) => ({ estimate }) as unknown as StorageManager;
const space = (usage: number, quota: number) => storage(() => Promise.resolve({ usage, quota }));

describe('space for boards', () => {
  it('warns with what is left when little is, or most of the quota is used', async () => {
    await expect(lowSpaceWarning(space(1950 * MB, 2000 * MB))).resolves.toMatch(/^Space for your boards is nearly full: 50\.0 MB left on this computer\./u);
    await expect(lowSpaceWarning(space(10 * MB, 60 * MB))).resolves.toContain('50.0 MB left');
    await expect(lowSpaceWarning(space(9.5e9, 10e9))).resolves.toContain('left on this computer');
    // Over the quota (Chromium's estimate can be): nothing left, not a negative amount.
    await expect(lowSpaceWarning(space(2100 * MB, 2000 * MB))).resolves.toContain(': 0 bytes left');
  });

  it('says nothing when there is room, or the browser cannot tell', async () => {
    await expect(lowSpaceWarning(space(40 * MB, 20_000 * MB))).resolves.toBeNull();
    await expect(lowSpaceWarning(storage(() => Promise.resolve({})))).resolves.toBeNull();
    await expect(lowSpaceWarning(storage(() => Promise.reject(new Error('no'))))).resolves.toBeNull();
    await expect(lowSpaceWarning(undefined)).resolves.toBeNull();
  });
});
