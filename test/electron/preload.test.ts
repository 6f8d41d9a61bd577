// The preload is the whole surface the page gets: exactly the OwnershipBridge, payloads only, and
// menu listeners that never see the raw IPC event.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_GLOBAL, IPC_CHANNELS, type MenuCommand, type OwnershipBridge } from '../../shared/ipc';
import type { BoardId } from '../../shared/model';

/** A board's updatedAt, as the renderer sends it beside each backup. */
const STAMP = '2026-03-14T09:59:00.000Z';

const fake = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => void;
  const listeners = new Map<string, Listener[]>();
  const ipcRenderer = {
    invoke: vi.fn((..._args: unknown[]): Promise<unknown> => Promise.resolve({ status: 'cancelled' })),
    on: vi.fn((channel: string, listener: Listener) => {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
      return ipcRenderer;
    }),
    removeListener: vi.fn((channel: string, listener: Listener) => {
      listeners.set(
        channel,
        (listeners.get(channel) ?? []).filter((candidate) => candidate !== listener),
      );
      return ipcRenderer;
    }),
    // Whatever main sends arrives with the IpcRendererEvent first, as in Electron.
    emit: (channel: string, ...args: unknown[]) => {
      const event = { sender: ipcRenderer, senderId: 0, ports: [] };
      for (const listener of listeners.get(channel) ?? []) listener(event, ...args);
    },
    listenerCount: (channel: string) => listeners.get(channel)?.length ?? 0,
  };
  const contextBridge = { exposeInMainWorld: vi.fn() };
  return { ipcRenderer, contextBridge };
});

vi.mock('electron', () => ({ ipcRenderer: fake.ipcRenderer, contextBridge: fake.contextBridge }));

let bridge: OwnershipBridge;

beforeAll(async () => {
  await import('../../electron/preload');
  bridge = fake.contextBridge.exposeInMainWorld.mock.calls[0]?.[1] as OwnershipBridge;
});

beforeEach(() => {
  fake.ipcRenderer.invoke.mockClear();
});

describe('the exposed bridge', () => {
  it('is one global, under the agreed name', () => {
    expect(fake.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(fake.contextBridge.exposeInMainWorld.mock.calls[0]?.[0]).toBe(BRIDGE_GLOBAL);
  });

  it('has exactly the OwnershipBridge methods and nothing else', () => {
    expect(Object.keys(bridge).sort()).toEqual([
      'deleteBackups',
      'info',
      'listBackups',
      'onMenuCommand',
      'openFile',
      'printToPdf',
      'readBackup',
      'saveFile',
      'setAppearance',
      'takePendingFile',
      'writeBackup',
    ]);
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('forwards each call to its own channel with only the payload', async () => {
    await bridge.info();
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.info);

    const save = { suggestedName: 'Team A', kind: 'json', contents: '{}' } as const;
    await bridge.saveFile(save);
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.saveFile, save);

    await bridge.openFile({ kinds: ['json'] });
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.openFile, { kinds: ['json'] });

    const print = { suggestedName: 'Team A', boardId: 'b-1' as BoardId, paper: 'A4', orientation: 'portrait', sections: ['map'] } as const;
    await bridge.printToPdf(print);
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.printToPdf, print);

    await bridge.takePendingFile();
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.takePendingFile);

    const backup = { boardId: 'b-1', title: 'Team A', boardUpdatedAt: STAMP, json: '{}' };
    await bridge.writeBackup(backup);
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.writeBackup, backup);

    await bridge.listBackups();
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.listBackups);

    await bridge.readBackup('b-1/2026-03-14T10-15-30.123Z.ownership.json');
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.readBackup, 'b-1/2026-03-14T10-15-30.123Z.ownership.json');

    await bridge.deleteBackups(['b-1', 'b-2']);
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.deleteBackups, ['b-1', 'b-2']);

    await bridge.setAppearance('dark');
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.appearance, 'dark');
    expect(fake.ipcRenderer.invoke).toHaveBeenCalledTimes(10);
  });

  it('invokes only channels of IPC_CHANNELS, and every invoke channel but the menu one', async () => {
    await bridge.info();
    await bridge.saveFile({ suggestedName: 'x', kind: 'csv', contents: '' });
    await bridge.openFile({ kinds: ['csv'] });
    await bridge.printToPdf({ suggestedName: 'x', boardId: 'b' as BoardId, paper: 'Letter', orientation: 'landscape', sections: ['cover'] });
    await bridge.takePendingFile();
    await bridge.writeBackup({ boardId: 'b', title: 'x', boardUpdatedAt: STAMP, json: '{}' });
    await bridge.listBackups();
    await bridge.readBackup('b/2026-03-14T10-15-30.123Z.ownership.json');
    await bridge.deleteBackups(['b']);
    await bridge.setAppearance('system');
    const used = new Set(fake.ipcRenderer.invoke.mock.calls.map(([channel]) => channel));
    const expected = Object.values(IPC_CHANNELS).filter((channel) => channel !== IPC_CHANNELS.menuCommand);
    expect([...used].sort()).toEqual([...expected].sort());
  });

  it('hands over the pending file the main process answers', async () => {
    fake.ipcRenderer.invoke.mockResolvedValueOnce({ name: 'Team.ownership.json', text: '{}' });
    expect(await bridge.takePendingFile()).toEqual({ name: 'Team.ownership.json', text: '{}' });
  });

  it('returns what the main process answers', async () => {
    fake.ipcRenderer.invoke.mockResolvedValueOnce({ status: 'saved', name: 'Team A.ownership.json' });
    expect(await bridge.saveFile({ suggestedName: 'Team A', kind: 'json', contents: '{}' })).toEqual({
      status: 'saved',
      name: 'Team A.ownership.json',
    });
  });
});

describe('menu commands', () => {
  it('reach the listener as the command alone, never with the IPC event', () => {
    const listener = vi.fn();
    const unsubscribe = bridge.onMenuCommand(listener);
    const command: MenuCommand = { type: 'export', kind: 'pdf' };
    fake.ipcRenderer.emit(IPC_CHANNELS.menuCommand, command);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toEqual([command]);
    unsubscribe();
  });

  it('stop after unsubscribing, removing exactly that listener', () => {
    const first = vi.fn();
    const second = vi.fn();
    const unsubscribeFirst = bridge.onMenuCommand(first);
    const unsubscribeSecond = bridge.onMenuCommand(second);
    expect(fake.ipcRenderer.listenerCount(IPC_CHANNELS.menuCommand)).toBe(2);

    unsubscribeFirst();
    fake.ipcRenderer.emit(IPC_CHANNELS.menuCommand, { type: 'undo' });
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith({ type: 'undo' });
    expect(fake.ipcRenderer.listenerCount(IPC_CHANNELS.menuCommand)).toBe(1);

    unsubscribeSecond();
    expect(fake.ipcRenderer.listenerCount(IPC_CHANNELS.menuCommand)).toBe(0);
  });

  it('are checked on arrival: a malformed or unknown command never reaches the listener', () => {
    const listener = vi.fn();
    const unsubscribe = bridge.onMenuCommand(listener);
    fake.ipcRenderer.emit(IPC_CHANNELS.menuCommand, { type: 'appearance', choice: 'sepia' });
    fake.ipcRenderer.emit(IPC_CHANNELS.menuCommand, { type: 'run-script', code: 'alert(1)' });
    fake.ipcRenderer.emit(IPC_CHANNELS.menuCommand, 'undo');
    expect(listener).not.toHaveBeenCalled();
    fake.ipcRenderer.emit(IPC_CHANNELS.menuCommand, { type: 'appearance', choice: 'light', extra: true });
    expect(listener.mock.calls).toEqual([[{ type: 'appearance', choice: 'light' }]]);
    unsubscribe();
  });

  it('listen only on the menu channel', () => {
    const unsubscribe = bridge.onMenuCommand(vi.fn());
    expect(fake.ipcRenderer.on).toHaveBeenLastCalledWith(IPC_CHANNELS.menuCommand, expect.any(Function));
    unsubscribe();
  });
});
