/**
 * A panel or menu open next to its button closes when the mouse, pen or finger presses anywhere
 * outside `wrapper` (the button and what it opened). Closing is setting the state that holds it open
 * to `closed` — a state setter rather than a callback, so the listener is added once an opening and
 * not again on every render of the (many) closed ones.
 */
import { useEffect, type Dispatch, type RefObject, type SetStateAction } from 'react';

export function useClosedByPressOutside<T>(open: boolean, wrapper: RefObject<HTMLElement | null>, setState: Dispatch<SetStateAction<T>>, closed: NoInfer<T>): void {
  useEffect(() => {
    if (!open) return undefined;
    const onPointerDown = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setState(closed);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open, wrapper, setState, closed]);
}
