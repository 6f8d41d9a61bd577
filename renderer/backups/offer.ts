/**
 * Offering the backups when the app's storage has lost the boards. Chromium can reset IndexedDB
 * (a full disk, a damaged profile); the app would then greet a facilitator with the sample board
 * as if on a first run. At start-up on the desktop, an empty storage with backups on disk sends
 * the app to the library, which shows the backups prominently until one is restored or the offer
 * is put aside.
 */
import { create } from 'zustand';
import { earlyReadFoundBoard } from '../db/earlyRead';
import { countBoards } from '../db/library';
import { getBridge } from '../platform/bridge';
import { desktopInfo } from './desktop';

interface BackupOfferState {
  /** Start-up found an empty storage and backups on disk. */
  readonly offeredAtStartup: boolean;
  /** The person chose "Not now", or restored a backup: no more prominent offer this session. */
  readonly dismissed: boolean;
  readonly offer: () => void;
  readonly dismiss: () => void;
}

export const useBackupOffer = create<BackupOfferState>()((set) => ({
  offeredAtStartup: false,
  dismissed: false,
  offer: () => {
    set({ offeredAtStartup: true, dismissed: false });
  },
  dismiss: () => {
    set({ offeredAtStartup: false, dismissed: true });
  },
}));

/**
 * True on the desktop when the storage holds no board at all (asked before the first-run sample is
 * seeded into it) and backups exist. Never throws: start-up goes on whatever happens here. An
 * unreadable storage is left to the "could not be opened" screen, which offers the backups too.
 */
export async function backupsToOfferAtStartup(): Promise<boolean> {
  try {
    const bridge = getBridge();
    if ((await desktopInfo(bridge)) === null) return false;
    // The start-up read already found the last board: the storage is not empty.
    if (await earlyReadFoundBoard()) return false;
    if ((await countBoards()) > 0) return false;
    return (await bridge.listBackups()).length > 0;
  } catch {
    return false;
  }
}
