import { afterEach, describe, expect, it } from 'vitest';
import { notify, useNotices } from '../../renderer/app/notices';
import { createSampleBoard } from '../../shared/sample';

afterEach(() => {
  useNotices.setState({ notices: [] });
});

describe('notices', () => {
  it('the same message again replaces the one shown (said again, full time) instead of stacking up', () => {
    notify('Shown at 40%.');
    const first = useNotices.getState().notices[0]?.id;
    notify('Something else.');
    notify('Shown at 40%.');
    const notices = useNotices.getState().notices;
    expect(notices.map((n) => n.message)).toEqual(['Something else.', 'Shown at 40%.']);
    expect(notices[1]?.id).not.toBe(first);
  });

  it('a newer notice of the same kind (what an undo did) replaces the one shown; others stay', () => {
    notify('Deleted activity Call.');
    notify('Undone: activity Call is back.', { said: true, kind: 'history' });
    notify('Undone: Maya Chen owns Deals closed again.', { said: true, kind: 'history' });
    notify('Redone: Maya Chen no longer owns Deals closed.', { said: true, kind: 'history' });
    expect(useNotices.getState().notices.map((n) => [n.message, n.kind, n.said])).toEqual([
      ['Deleted activity Call.', undefined, undefined],
      ['Redone: Maya Chen no longer owns Deals closed.', 'history', true],
    ]);
  });

  it('keeps each undoable change, and the same words as an error apart from the same words as news', () => {
    const change = createSampleBoard();
    const undo = { label: 'Undo', offeredWhile: change, run: 'undo' } as const;
    notify('Deleted activity Call.', { action: undo });
    notify('Deleted activity Call.', { action: undo });
    notify('Not saved.', { tone: 'error' });
    notify('Not saved.');
    // Four notices, three shown (the newest): both deletions were kept, the oldest went out.
    expect(useNotices.getState().notices.map((n) => [n.message, n.tone, n.action])).toEqual([
      ['Deleted activity Call.', 'info', undo],
      ['Not saved.', 'error', null],
      ['Not saved.', 'info', null],
    ]);
  });
});
