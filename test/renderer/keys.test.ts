import { describe, expect, it } from 'vitest';
import { isEscape } from '../../renderer/app/keys';

describe('isEscape', () => {
  it('is Escape pressed, not the Escape an input method takes while it composes a word', () => {
    expect(isEscape(new KeyboardEvent('keydown', { key: 'Escape' }))).toBe(true);
    expect(isEscape(new KeyboardEvent('keydown', { key: 'Escape', isComposing: true }))).toBe(false);
    expect(isEscape(new KeyboardEvent('keydown', { key: 'Enter' }))).toBe(false);
  });

  it('reads a React event by its native one', () => {
    const nativeEvent = new KeyboardEvent('keydown', { key: 'Escape', isComposing: true });
    expect(isEscape({ nativeEvent, key: 'Escape' } as unknown as Parameters<typeof isEscape>[0])).toBe(false);
  });
});
