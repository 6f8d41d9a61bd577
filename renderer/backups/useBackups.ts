/**
 * Keeps a copy of the open board on disk (desktop only), because Chromium can reset IndexedDB
 * when the disk fills up and then every board would be gone. The main process keeps the newest 20
 * per board in userData/backups (electron/backups.ts); this hook decides when to send one:
 *
 * - once when a board is opened or switched to (after it is saved), unless the newest backup on
 *   disk already holds the board as it is (the board's updatedAt is kept beside each backup);
 * - while editing, after a change has been saved, at most once every 60 seconds per board — a
 *   change inside the minute is written when the minute is up, so the last edit is never only in
 *   IndexedDB for long;
 * - never when the board has not changed since its last backup (same updatedAt);
 * - when the board is left (another board opened, the library shown) with a change not yet
 *   backed up, at once.
 *
 * A failed backup shows one notice, not one per save; after a backup succeeds again the next
 * failure is reported again. In a browser nothing is written (there is no disk to write to).
 */
import { useEffect } from 'react';
import { serializeBoard } from '../../shared/format';
import type { BackupEntry, OwnershipBridge, WriteBackupResult } from '../../shared/ipc';
import type { Board, BoardId } from '../../shared/model';
import { isolatedInSentence } from '../../shared/text';
import { notify } from '../app/notices';
import { getBridge } from '../platform/bridge';
import { useBoardStore } from '../store/boardStore';
import { desktopInfo } from './desktop';

export const BACKUP_INTERVAL_MS = 60_000;

/** What this session knows about the backups on one disk (so per bridge). */
interface BackupMemory {
  /** Per board: the updatedAt of its last backup (null after a failure) and when it was written. */
  readonly boards: Map<BoardId, { readonly updatedAt: string | null; readonly at: number }>;
  /** Boards whose backups on disk were already compared with the board this session. */
  readonly checked: Set<BoardId>;
  failureShown: boolean;
}

// Per bridge, so the memory outlives the board screen (the library in between is not a new
// session) and a test's fake bridge starts with a clean slate.
const memories = new WeakMap<OwnershipBridge, BackupMemory>();

function memoryOf(bridge: OwnershipBridge): BackupMemory {
  let memory = memories.get(bridge);
  if (memory === undefined) {
    memory = { boards: new Map(), checked: new Set(), failureShown: false };
    memories.set(bridge, memory);
  }
  return memory;
}

/**
 * Whether a backup holds the board as it is now. Told by the board's updatedAt kept beside the
 * backup; a backup written before that was kept is judged by the clock (written no earlier than
 * the board's last change), which a clock set back can fool.
 */
export function holdsBoardAsItIs(backup: BackupEntry, board: Board): boolean {
  if (backup.boardUpdatedAt !== null) return backup.boardUpdatedAt === board.updatedAt;
  return Date.parse(backup.savedAt) >= Date.parse(board.updatedAt);
}

class BackupScheduler {
  private boardId: BoardId | null = null;
  /** The newest saved state of the open board. */
  private saved: Board | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly bridge: OwnershipBridge,
    private readonly appVersion: string,
    private readonly memory: BackupMemory,
  ) {}

  start(): () => void {
    this.look(useBoardStore.getState());
    const unsubscribe = useBoardStore.subscribe((state) => {
      this.look(state);
    });
    return () => {
      unsubscribe();
      this.leave();
    };
  }

  private look(state: ReturnType<typeof useBoardStore.getState>): void {
    if (state.load.status !== 'ready') return;
    const board = state.load.board;
    if (board.id !== this.boardId) {
      this.leave();
      this.boardId = board.id;
      this.saved = null;
    }
    // Only a board that is in storage is backed up: the backup is a copy of what was saved.
    if (state.save.status !== 'saved' || board === this.saved) return;
    const opened = this.saved === null;
    this.saved = board;
    if (opened) void this.backUpOpened(board);
    else this.backUpSoon();
  }

  /** Leaving a board: a change not yet backed up is written now rather than in up to a minute. */
  private leave(): void {
    if (this.timer === null) return;
    clearTimeout(this.timer);
    this.timer = null;
    if (this.saved !== null) void this.backUp(this.saved);
  }

  private backUpSoon(): void {
    if (this.timer !== null || this.saved === null) return;
    const last = this.memory.boards.get(this.saved.id);
    const wait = last === undefined ? 0 : last.at + BACKUP_INTERVAL_MS - Date.now();
    if (wait <= 0) {
      void this.backUp(this.saved);
      return;
    }
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.saved !== null) void this.backUp(this.saved);
    }, wait);
  }

  /**
   * The first look at a board this session also asks the disk: reopening the app must not add a
   * copy identical to the newest one each time, or 20 restarts would push out every older version.
   */
  private async backUpOpened(board: Board): Promise<void> {
    if (!this.memory.checked.has(board.id)) {
      this.memory.checked.add(board.id);
      try {
        const newest = (await this.bridge.listBackups()).find((entry) => entry.boardId === board.id);
        if (newest !== undefined && holdsBoardAsItIs(newest, board) && !this.memory.boards.has(board.id)) {
          this.memory.boards.set(board.id, { updatedAt: board.updatedAt, at: Date.parse(newest.savedAt) });
        }
      } catch {
        // Not knowing what is on disk only costs one backup too many.
      }
    }
    // An edit saved meanwhile is the state to keep (it may even be on disk already).
    await this.backUp(this.boardId === board.id && this.saved !== null ? this.saved : board);
  }

  private async backUp(board: Board): Promise<void> {
    const { memory } = this;
    if (memory.boards.get(board.id)?.updatedAt === board.updatedAt) return;
    const at = Date.now();
    // Noted before the write, so a second look while it is on its way does not write it again.
    memory.boards.set(board.id, { updatedAt: board.updatedAt, at });
    let result: WriteBackupResult;
    try {
      const json = serializeBoard(board, { appVersion: this.appVersion, now: new Date(at).toISOString() });
      result = await this.bridge.writeBackup({ boardId: board.id, title: board.title, boardUpdatedAt: board.updatedAt, json });
    } catch {
      result = { status: 'failed', message: 'The app could not reach its backups folder.' };
    }
    if (result.status === 'saved') {
      memory.failureShown = false;
      return;
    }
    // Tried again after the next saved change (still at most once a minute).
    if (memory.boards.get(board.id)?.at === at) memory.boards.set(board.id, { updatedAt: null, at });
    if (!memory.failureShown) {
      memory.failureShown = true;
      notify(`${result.message} (“${isolatedInSentence(board.title)}” itself is saved in the app.)`, { tone: 'error' });
    }
  }
}

/** Mounted by the board screen: backs up the open board while it is shown (desktop only). */
export function useBackups(): void {
  useEffect(() => {
    const bridge = getBridge();
    let stop: (() => void) | null = null;
    let active = true;
    void desktopInfo(bridge).then((info) => {
      if (!active || info === null) return;
      stop = new BackupScheduler(bridge, info.appVersion, memoryOf(bridge)).start();
    });
    return () => {
      active = false;
      stop?.();
    };
  }, []);
}
