/**
 * The toolbar's Export control: a menu button (WAI-ARIA menu button pattern) with three choices —
 * PDF (the map to hand out; asks for paper and sections first), JSON (the open file format) and
 * CSV (two spreadsheets). Keyboard: Enter, Space or ArrowDown opens it on the first choice,
 * ArrowUp on the last; arrows, Home and End move; Escape closes and returns to the button.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { FileKind } from '../../shared/ipc';
import { useClosedByPressOutside } from '../app/useClosedByPressOutside';
import { startExport } from './exportBoard';

interface Choice {
  readonly kind: FileKind;
  readonly label: string;
  readonly hint: string;
}

export const EXPORT_CHOICES: readonly Choice[] = [
  { kind: 'pdf', label: 'PDF…', hint: 'The map to hand out: cover, map, health check, a page per person' },
  { kind: 'json', label: 'JSON', hint: 'The ownership map file, to import again or read with other tools' },
  { kind: 'csv', label: 'CSV', hint: 'Outcomes and activities as two spreadsheets' },
];

export function ExportMenu() {
  // null: closed; a number: open, with that choice to be focused.
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const open = focusIndex !== null;
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);
  const menuId = useId();

  useEffect(() => {
    if (focusIndex !== null) items.current[focusIndex]?.focus();
  }, [focusIndex]);

  useClosedByPressOutside(open, wrapper, setFocusIndex, null);

  const close = (refocus: boolean) => {
    setFocusIndex(null);
    if (refocus) button.current?.focus();
  };

  const choose = (kind: FileKind) => {
    // Focus goes back to the button first, so a dialog opened next returns focus there.
    close(true);
    startExport(kind);
  };

  const count = EXPORT_CHOICES.length;
  return (
    <div ref={wrapper} className="share-menu">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => {
          setFocusIndex(open ? null : 0);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            setFocusIndex(event.key === 'ArrowDown' ? 0 : count - 1);
          }
        }}
      >
        Export <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul
          id={menuId}
          role="menu"
          aria-label="Export"
          className="share-menu__list"
          onKeyDown={(event) => {
            const index = focusIndex;
            const moves: Readonly<Record<string, number>> = { ArrowDown: index + 1, ArrowUp: index - 1 + count, Home: 0, End: count - 1 };
            const next = moves[event.key];
            if (next !== undefined) {
              event.preventDefault();
              setFocusIndex(next % count);
            } else if (event.key === 'Escape') {
              event.preventDefault();
              event.stopPropagation();
              close(true);
            } else if (event.key === 'Tab') {
              close(false);
            }
          }}
        >
          {EXPORT_CHOICES.map((choice, index) => (
            <li key={choice.kind} role="none">
              <button
                ref={(element) => {
                  items.current[index] = element;
                }}
                type="button"
                role="menuitem"
                tabIndex={index === focusIndex ? 0 : -1}
                className="share-menu__item"
                onClick={() => {
                  choose(choice.kind);
                }}
                onFocus={() => {
                  if (focusIndex !== index) setFocusIndex(index);
                }}
              >
                {/* Named by all its visible text (WCAG 2.5.3: what is seen is what voice control says). */}
                <span className="share-menu__label">{choice.label}</span>{' '}
                <span className="share-menu__hint">{choice.hint}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
