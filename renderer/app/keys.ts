/**
 * Escape as the app hears it. While an input method composes text (Japanese, Chinese, Korean…),
 * Escape cancels the composition and the browser still sends its keydown, marked `isComposing`:
 * closing the form there as well threw away all that was typed in it, where the person only meant
 * to drop the half-typed word.
 */
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';

export function isEscape(event: KeyboardEvent | ReactKeyboardEvent): boolean {
  const native = 'nativeEvent' in event ? event.nativeEvent : event;
  return native.key === 'Escape' && !native.isComposing;
}

/**
 * Ctrl+Enter (⌘+Enter on a Mac) in a form's text area saves the form, as in mail and chat apps:
 * Enter there starts a new line, and the way to Save was Tab past it. Not while an input method
 * composes (its Enter commits the word).
 */
export function submitOnModEnter(event: ReactKeyboardEvent<HTMLTextAreaElement>): void {
  const native = event.nativeEvent;
  if (native.key !== 'Enter' || native.isComposing || !(native.ctrlKey || native.metaKey) || native.altKey || native.shiftKey) return;
  event.preventDefault();
  event.currentTarget.form?.requestSubmit();
}

/** A Mac (or iPad) keyboard: Cmd where others press Ctrl, for the board's shortcuts and how they are named. */
export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/u.test(navigator.userAgent);
