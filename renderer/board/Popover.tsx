/**
 * A small disclosure: a button that shows a panel of actions next to it. Escape or a click
 * outside closes it and focus returns to the button.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

interface PopoverProps {
  readonly label: string;
  readonly buttonText: ReactNode;
  readonly className?: string;
  readonly children: (close: () => void) => ReactNode;
}

export function Popover({ label, buttonText, className, children }: PopoverProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const buttonId = useId();

  useEffect(() => {
    if (!open) return undefined;
    const onPointerDown = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open]);

  const close = () => {
    setOpen(false);
    // By id rather than a ref: `close` is handed to the panel while rendering.
    document.getElementById(buttonId)?.focus();
  };

  return (
    <div
      ref={wrapper}
      className={`popover ${className ?? ''}`}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          close();
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
        id={buttonId}
        type="button"
        className="icon-button"
        aria-label={label}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => {
          setOpen((o) => !o);
        }}
      >
        {buttonText}
      </button>
      {open && (
        <div id={panelId} className="popover__panel" role="group" aria-label={label}>
          {children(close)}
        </div>
      )}
    </div>
  );
}
