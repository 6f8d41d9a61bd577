/**
 * Short messages the board says out loud after a change ("Owner of Deals closed changed from Maya
 * Chen to Leo Fischer"), shown as toasts in a polite live region, some with an Undo button.
 */
import { create } from 'zustand';
import type { Board, OutcomeId } from '../../shared/model';
import type { LibraryEditorKey } from '../board/draftBack';

/**
 * A way back on the library: "Bring them back" of a board card's Rename, offered there while that
 * Rename is on the library to open again (board/draftBack.ts useReopenable). The board moved to the
 * archive or the trash, deleted, or hidden by a search, takes it away; back, it is offered again.
 */
export interface OnTheLibrary {
  readonly screen: 'library';
  readonly editor: LibraryEditorKey;
}

/**
 * A notice's button besides Dismiss: Undo, or another way back ("Bring them back").
 */
export interface NoticeAction {
  readonly label: string;
  /**
   * What the button belongs to. A board state: it is offered on the board screen while the board
   * shown is in that state (sameState). For Undo, the board the change produced: it undoes exactly
   * that change (not a later one; after another change it is gone, and undoing the later change
   * brings it back). Or a way back on the library (OnTheLibrary).
   */
  readonly offeredWhile: Board | OnTheLibrary;
  /**
   * For Undo, the board before the change. Shown again (the change undone by Ctrl+Z, the toolbar or
   * the menu), the notice goes, as its own Undo takes it: it went on saying the change was made, the
   * card showing it was not. The undo says itself what it undid ("Undone: …"), and a redo too.
   */
  readonly undoneWhile?: Board;
  /** 'undo': one step back in the board's history (offered while a board state). */
  readonly run: 'undo' | (() => void);
}

export interface Notice {
  readonly id: number;
  readonly message: string;
  readonly tone: 'info' | 'error';
  /** Null: nothing to do but dismiss it. */
  readonly action: NoticeAction | null;
  /**
   * The outcome the notice is about (its owner changed): the notices keep its owner and authority,
   * which the room settles next, uncovered while they show (Notices.tsx), however it was changed.
   */
  readonly about?: OutcomeId;
  /**
   * Said already, at once, by the board's own announcer (a drop, a paste): shown, but not put in the
   * notices' live region, or a screen reader heard it twice ("Owner of … changed …" on each drop).
   */
  readonly said?: true;
  /**
   * What the notice tells of, where a newer one of the same replaces it rather than stacking up:
   * 'history', what an undo or a redo did (Ctrl+Z pressed five times showed only the last step);
   * 'progress', work that takes a while (a PDF being made), shown until the code doing it takes the
   * notice away (`dismiss`), never gone after its 8 s while the work still runs.
   */
  readonly kind?: 'history' | 'progress';
}

/** How a notice is shown: its tone, its button, the outcome it is about, and whether it was said already. */
export interface NoticeOptions {
  readonly tone?: Notice['tone'];
  readonly action?: NoticeAction;
  readonly about?: OutcomeId;
  readonly said?: boolean;
  readonly kind?: Notice['kind'];
}

interface NoticeState {
  readonly notices: readonly Notice[];
  /** Shows a notice; returns its id (for `dismiss`). */
  readonly notify: (message: string, options?: NoticeOptions) => number;
  readonly dismiss: (id: number) => void;
}

const MAX_NOTICES = 3;
let nextId = 1;

export const useNotices = create<NoticeState>()((set) => ({
  notices: [],
  notify: (message, options = {}) => {
    const notice: Notice = {
      id: nextId++,
      message,
      tone: options.tone ?? 'info',
      action: options.action ?? null,
      ...(options.about === undefined ? {} : { about: options.about }),
      ...(options.said === true ? { said: true as const } : {}),
      ...(options.kind === undefined ? {} : { kind: options.kind }),
    };
    // The same message again (the same button pressed twice) replaces the one shown, which is
    // said again and stays its full time, rather than stacking up; so does a newer one of the same
    // kind. Each one with a button keeps its own.
    const same = (other: Notice) =>
      notice.action === null && other.action === null && ((notice.kind !== undefined && other.kind === notice.kind) || (other.message === notice.message && other.tone === notice.tone));
    set((state) => ({ notices: [...state.notices.filter((other) => !same(other)), notice].slice(-MAX_NOTICES) }));
    return notice.id;
  },
  dismiss: (id) => {
    set((state) => ({ notices: state.notices.filter((n) => n.id !== id) }));
  },
}));

export const notify = (...args: Parameters<NoticeState['notify']>): number => useNotices.getState().notify(...args);

/** Whether `offer` is a way back on the library rather than a board state. */
export const onTheLibrary = (offer: NoticeAction['offeredWhile']): offer is OnTheLibrary => 'screen' in offer;
