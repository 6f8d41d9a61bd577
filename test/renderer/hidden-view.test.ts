/**
 * The board's two views stay mounted; the one not on screen is hidden (hiddenView.ts). What looks
 * an element up by selector must find the one a person can reach, even when the hidden view holds
 * a match earlier in the document.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { shownMatch, viewAttributes } from '../../renderer/board/hiddenView';
import { focusAfterChange } from '../../renderer/board/focus';

function views(): { hidden: HTMLElement; shown: HTMLElement } {
  const hidden = document.createElement('div');
  for (const [name, value] of Object.entries(viewAttributes(false))) hidden.setAttribute(name, value);
  hidden.innerHTML = '<button type="button" data-activity-id="a1">Run the campaign (hidden)</button>';
  const shown = document.createElement('div');
  shown.innerHTML = '<button type="button" data-activity-id="a1">Run the campaign</button>';
  document.body.append(hidden, shown);
  return { hidden, shown };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('a selector in a hidden view', () => {
  it('finds the match on the screen, past one in the hidden view', () => {
    const { shown } = views();
    expect(shownMatch('[data-activity-id="a1"]')).toBe(shown.firstElementChild);
    expect(shownMatch('[data-activity-id="a2"]')).toBeNull();
  });

  it('focus after a change goes to the match on the screen', async () => {
    const { shown } = views();
    focusAfterChange('[data-activity-id="a1"]');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(document.activeElement).toBe(shown.firstElementChild);
  });
});
