/**
 * A modal dialog for the import and export flows, built on the native <dialog>: `showModal()` makes
 * the rest of the page inert (no clicks or focus behind it) without a focus-trap library. Focus
 * moves into the dialog when it opens and returns to where it was when it closes; Escape closes
 * it. Where `showModal` is missing (jsdom in component tests) it is shown with `open`.
 */
import { useEffect, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { isEscape } from '../app/keys';

interface ShareDialogProps {
  /** Id of the element that names the dialog (its heading). */
  readonly labelledBy: string;
  readonly describedBy?: string;
  readonly onClose: () => void;
  readonly className?: string;
  readonly children: ReactNode;
}

type MaybeModal = Partial<Pick<HTMLDialogElement, 'showModal'>>;

/** The dialogs open over the page (every modal dialog of the app is one of these), the newest last. */
const shown: HTMLDialogElement[] = [];
const watchers = new Set<() => void>();
let newest: HTMLDialogElement | null = null;
function shownChanged(): void {
  newest = shown.at(-1) ?? null;
  for (const watcher of watchers) watcher();
}
const watchShown = (watcher: () => void) => {
  watchers.add(watcher);
  return () => {
    watchers.delete(watcher);
  };
};

/**
 * The dialog open over the page, if any: it makes the rest of the page inert, so what is said
 * while it is open is said in it (Notices.tsx).
 */
export function useOpenDialog(): HTMLDialogElement | null {
  return useSyncExternalStore(watchShown, () => newest, () => null);
}

export function ShareDialog({ labelledBy, describedBy, onClose, className, children }: ShareDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  // The latest onClose without re-running the open/close effect on every render.
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return undefined;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) {
      if (typeof (dialog as MaybeModal).showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    shown.push(dialog);
    shownChanged();
    const first = dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog;
    first.focus();
    return () => {
      shown.splice(shown.indexOf(dialog), 1);
      shownChanged();
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      if (returnTo?.isConnected) returnTo.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`share-dialog ${className ?? ''}`}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // Handled here (not by the browser's cancel) so the store stays the one truth, and
        // stopped so Escape does not also leave presentation mode underneath. The Escape of an
        // input method, which drops the word being composed in a field, is kept from the
        // browser's cancel as well, and closes nothing.
        event.preventDefault();
        if (!isEscape(event)) return;
        event.stopPropagation();
        onCloseRef.current();
      }}
      onCancel={(event) => {
        event.preventDefault();
        onCloseRef.current();
      }}
    >
      {children}
    </dialog>
  );
}
