import userEvent from '@testing-library/user-event';

/**
 * user-event as the component tests use it: with no pause between keystrokes. Its default waits a
 * timer (setTimeout 0) after each key, which in jsdom costs far more than the key itself: the
 * renderer tests took 131 s with it, 119 s without, with the same results.
 */
export const setupUser = () => userEvent.setup({ delay: null });
