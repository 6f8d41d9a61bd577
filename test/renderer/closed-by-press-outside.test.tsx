/**
 * useClosedByPressOutside (the board's ⋯ popovers, the toolbar's Export menu): a press outside the
 * open panel closes it; a press inside it does not.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { useRef, useState } from 'react';
import { useClosedByPressOutside } from '../../renderer/app/useClosedByPressOutside';
import { setupUser } from './user';

afterEach(cleanup);

function Menu() {
  const [open, setOpen] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);
  useClosedByPressOutside(open, wrapper, setOpen, false);
  return (
    <>
      <p>Elsewhere</p>
      <div ref={wrapper}>
        <button type="button" aria-expanded={open} onClick={() => { setOpen(true); }}>
          Open
        </button>
        {open && <p>Inside the panel</p>}
      </div>
    </>
  );
}

describe('useClosedByPressOutside', () => {
  it('closes on a press outside the wrapper, and not on one inside it', async () => {
    const user = setupUser();
    render(<Menu />);
    const button = screen.getByRole('button', { name: 'Open' });
    await user.click(button);
    await user.click(screen.getByText('Inside the panel'));
    expect(button.getAttribute('aria-expanded')).toBe('true');
    await user.click(screen.getByText('Elsewhere'));
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText('Inside the panel')).toBeNull();
  });
});
