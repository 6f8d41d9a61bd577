/**
 * The board's live region says a message again when it is said again: "Nothing to undo." at a
 * second Ctrl+Z is a new node, which a screen reader hears, not the same text left in place.
 */
import { act, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DragAnnouncer } from '../../renderer/board/dnd/DragAnnouncer';
import { announce, useAnnouncer } from '../../renderer/board/dnd/announcements';

afterEach(() => {
  useAnnouncer.setState({ message: '', said: 0 });
});

describe('the drag announcer', () => {
  it('comes back empty with the board screen: no message of a board left behind (All boards, another board opened)', () => {
    const first = render(<DragAnnouncer />);
    act(() => {
      announce('Moving Update the CRM was cancelled. It stays in Parking lot, position 1 of 1.');
    });
    first.unmount();
    const { container } = render(<DragAnnouncer />);
    expect(container.querySelector('#board-drag-announcer')?.textContent).toBe('');
  });

  it('starts empty, then says each message as a node of its own, a repeated one too', () => {
    const { container } = render(<DragAnnouncer />);
    const region = container.querySelector('#board-drag-announcer');
    expect(region?.getAttribute('aria-live')).toBe('assertive');
    expect(region?.childNodes).toHaveLength(0);
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    if (region) observer.observe(region, { childList: true, characterData: true, subtree: true });

    act(() => {
      announce('Nothing to undo.');
    });
    const first = region?.firstChild;
    expect(region?.textContent).toBe('Nothing to undo.');
    act(() => {
      announce('Nothing to undo.');
    });
    expect(region?.textContent).toBe('Nothing to undo.');
    expect(region?.childNodes).toHaveLength(1);
    expect(region?.firstChild).not.toBe(first);
    changes.push(...observer.takeRecords());
    observer.disconnect();
    // Each announcement added a node; the repeat also took the first away.
    const added = changes.flatMap((record) => [...record.addedNodes]);
    expect(added.map((node) => node.textContent)).toEqual(['Nothing to undo.', 'Nothing to undo.']);
  });
});
