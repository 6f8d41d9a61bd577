/** For component tests: wait, inside act, for the next animation frame (focus after a change lands in one: renderer/board/focus.ts). */
import { act } from '@testing-library/react';

export const nextFrame = () =>
  act(
    () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => {
          resolve();
        });
      }),
  );
