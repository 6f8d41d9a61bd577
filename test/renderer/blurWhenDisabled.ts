/**
 * As Chromium does: a focused button loses focus to the page as it is disabled (blurred just before
 * the attribute is set: jsdom does not blur an element that can no longer take focus). Tests of
 * focus through a button disabled while pressed (Undo at the end of history, a Restore at work).
 */
export function blurWhenDisabled(button: HTMLButtonElement): void {
  const setAttribute = button.setAttribute.bind(button);
  button.setAttribute = (name: string, value: string) => {
    if (name === 'disabled' && document.activeElement === button) button.blur();
    setAttribute(name, value);
  };
}
