/** Component tests' way to a blank board: the sample board, then All boards → New board. */
import { render, screen } from '@testing-library/react';
import { App } from '../../renderer/app/App';
import { setupUser } from './user';

/** The sample board, then All boards → New board: a blank board on screen. */
export async function blankBoard() {
  const user = setupUser();
  render(<App />);
  await user.click(await screen.findByRole('button', { name: 'All boards' }));
  await user.click(await screen.findByRole('button', { name: 'New board' }));
  await screen.findByRole('heading', { level: 1, name: 'Untitled board' });
  return user;
}
