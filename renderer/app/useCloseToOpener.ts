/**
 * An inline form (a rename field, the board's title and purpose) closed by Save, Cancel or Escape
 * takes away the field that had focus, and the browser drops focus to the page's body: a keyboard
 * user would start again from the top. Closed through the returned function, the form hands focus
 * back to the button that opened it once that button is drawn again.
 */
import { useEffect, useRef, type RefObject } from 'react';

export function useCloseToOpener(open: boolean, setClosed: () => void, opener: RefObject<HTMLElement | null>): () => void {
  const refocus = useRef(false);
  useEffect(() => {
    if (open || !refocus.current) return;
    refocus.current = false;
    opener.current?.focus();
  }, [open, opener]);
  return () => {
    refocus.current = true;
    setClosed();
  };
}
