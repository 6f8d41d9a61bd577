/**
 * Short messages the board says out loud after a change ("Owner of Deals closed changed from Maya
 * Chen to Leo Fischer"), shown as toasts in a polite live region, some with an Undo button.
 */
import { create } from 'zustand';
import type { Board } from '../../shared/model';

export interface Notice {
  readonly id: number;
  readonly message: string;
  readonly tone: 'info' | 'error';
  /**
   * The board the change that caused it produced: Undo is offered while the board shown is in that
   * state (sameState), and undoes exactly that change (not a later one; after an undo or another
   * change it is gone, and a redo, or undoing the later change, brings it back). Null: nothing to undo.
   */
  readonly undoOf: Board | null;
}

interface NoticeState {
  readonly notices: readonly Notice[];
  readonly notify: (message: string, options?: { tone?: Notice['tone']; undoOf?: Board }) => void;
  readonly dismiss: (id: number) => void;
}

const MAX_NOTICES = 3;
let nextId = 1;

export const useNotices = create<NoticeState>()((set) => ({
  notices: [],
  notify: (message, options = {}) => {
    const notice: Notice = { id: nextId++, message, tone: options.tone ?? 'info', undoOf: options.undoOf ?? null };
    // The same message again (the same button pressed twice) replaces the one shown, which is
    // said again and stays its full time, rather than stacking up. Each undoable change keeps its own.
    const same = (other: Notice) => notice.undoOf === null && other.undoOf === null && other.message === notice.message && other.tone === notice.tone;
    set((state) => ({ notices: [...state.notices.filter((other) => !same(other)), notice].slice(-MAX_NOTICES) }));
  },
  dismiss: (id) => {
    set((state) => ({ notices: state.notices.filter((n) => n.id !== id) }));
  },
}));

export const notify = (...args: Parameters<NoticeState['notify']>) => {
  useNotices.getState().notify(...args);
};
