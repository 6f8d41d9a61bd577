/**
 * A small disclosure: a button that shows a panel of actions next to it. Escape or a click
 * outside closes it and focus returns to the button.
 *
 * A panel that edits something (a person's name and role, an activity's title) says, as it is
 * closed with typing not saved, that it was not saved (draftBack.ts useUnsavedTyping); its notice's
 * "Bring them back" opens the popover `reopens` names again, the panel handed the kept draft.
 */
import { Fragment, useCallback, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useClosedByPressOutside } from '../app/useClosedByPressOutside';
import { useCloseToOpener } from '../app/useCloseToOpener';
import { isEscape } from '../app/keys';
import { useReopenable, type EditorKey, type KeptDraft } from './draftBack';
import { glide, scrollIntoViewNearest } from './inView';

interface PopoverProps<Draft> {
  readonly label: string;
  readonly buttonText: ReactNode;
  readonly className?: string;
  /** The editor in the panel, opened again with its draft from "Bring them back". */
  readonly reopens?: EditorKey;
  /** Before it opens again: shows the view it is in. */
  readonly onReopen?: () => void;
  /** `kept`: the draft brought back, or undefined when opened from the button. */
  readonly children: (close: () => void, kept: KeptDraft<Draft> | undefined) => ReactNode;
}

export function Popover<Draft = never>({ label, buttonText, className, reopens, onReopen, children }: PopoverProps<Draft>) {
  const [open, setOpen] = useState(false);
  const [kept, setKept] = useState<KeptDraft<Draft>>();
  const panelId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const buttonId = useId();
  useReopenable(
    reopens,
    useCallback(
      (draft: KeptDraft<Draft>) => {
        onReopen?.();
        setKept(draft);
        setOpen(true);
      },
      [onReopen],
    ),
  );

  useClosedByPressOutside(open, wrapper, setOpen, false);

  const close = () => {
    setOpen(false);
    // By id rather than the button's ref (below): `close` is handed to the panel while rendering,
    // and the lint rules take a ref read in it for one read during render.
    document.getElementById(buttonId)?.focus();
  };
  // Escape: focus goes back to the button once the panel is gone, not before, so that typing not
  // saved in the panel is kept with the caret in its field (draftBack.ts).
  const button = useRef<HTMLButtonElement>(null);
  const escape = useCloseToOpener(open, () => {
    setOpen(false);
  }, button);

  // Opened near the window's bottom edge, the panel ran off it: an activity's Assign, its people and
  // Delete were under the edge until the page was scrolled. The page scrolls the least that shows
  // it whole (its top, if it is taller than the room under the bar).
  const panel = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (open && panel.current) scrollIntoViewNearest(panel.current, glide());
  }, [open, kept]);

  return (
    <div
      ref={wrapper}
      className={`popover ${className ?? ''}`}
      onKeyDown={(event) => {
        if (isEscape(event) && open) {
          event.stopPropagation();
          escape();
        }
      }}
      // Tab (or Shift+Tab) out of an open panel closes it, as a click outside does: opened by the
      // keyboard, a panel stayed open after focus had left it, over the activities below it —
      // the one that then had focus too. Not when focus goes nowhere (another window): the panel
      // is still there on return.
      onBlur={(event) => {
        const next = event.relatedTarget;
        if (open && next instanceof Node && !event.currentTarget.contains(next)) setOpen(false);
      }}
    >
      <button
        ref={button}
        id={buttonId}
        type="button"
        className="icon-button"
        aria-label={label}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => {
          setKept(undefined);
          setOpen((o) => !o);
        }}
      >
        {buttonText}
      </button>
      {open && (
        <div ref={panel} id={panelId} className="popover__panel" role="group" aria-label={label}>
          {/* Brought back, the panel starts afresh with the draft, even if it was open. */}
          <Fragment key={kept?.id ?? 0}>{children(close, kept)}</Fragment>
        </div>
      )}
    </div>
  );
}
