/**
 * The Undo and Redo buttons hand focus to each other as they turn off. Chromium drops focus from a
 * button that becomes disabled at its next style update, which may come before the toolbar's
 * layout effect hands focus over (any layout read in between, as on a loaded machine: the e2e test
 * failed so once). Focus must still end on the other button, not on the item the step changed.
 * Here the drop is made to happen at once, as the disabled attribute is set.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import { App } from '../../renderer/app/App';
import { tearDownApp } from './appTeardown';
import { setupUser } from './user';
import { blurWhenDisabled } from './blurWhenDisabled';

afterEach(tearDownApp);

const nextFrame = () =>
  act(
    () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => {
          resolve();
        });
      }),
  );

describe('the Undo and Redo buttons', () => {
  it('hand focus to each other even when the browser drops it from the disabled one first', async () => {
    const user = setupUser();
    render(<App />);
    const pipeline = await screen.findByRole('region', { name: 'Outbound pipeline' });
    await user.click(within(pipeline).getByRole('checkbox', { name: 'Done: Run the campaign' }));
    const tools = screen.getByRole('region', { name: 'Board tools' });
    const undo = within(tools).getByRole<HTMLButtonElement>('button', { name: 'Undo' });
    const redo = within(tools).getByRole<HTMLButtonElement>('button', { name: 'Redo' });
    blurWhenDisabled(undo);
    blurWhenDisabled(redo);

    act(() => {
      undo.focus();
    });
    await user.keyboard('{Enter}');
    expect(within(pipeline).getByRole<HTMLInputElement>('checkbox', { name: 'Done: Run the campaign' }).checked).toBe(false);
    await nextFrame();
    expect(document.activeElement).toBe(redo);

    await user.keyboard('{Enter}');
    expect(within(pipeline).getByRole<HTMLInputElement>('checkbox', { name: 'Done: Run the campaign' }).checked).toBe(true);
    await nextFrame();
    expect(document.activeElement).toBe(undo);
  });
});
