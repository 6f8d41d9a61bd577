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
