/**
 * The preload: exposes exactly the OwnershipBridge (shared/ipc.ts) to the page, and nothing else.
 *
 * It runs sandboxed, so it can require only 'electron'; the build bundles shared/ into this one
 * CommonJS file. Each method forwards only its payload to one fixed channel, and menu listeners
 * receive only the command, once checked — never the IpcRendererEvent, whose `sender` would hand
 * the page a way to send on any channel.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  BRIDGE_GLOBAL,
  IPC_CHANNELS,
  type BackupEntry,
  type BridgeInfo,
  type DeleteBackupsResult,
  type OpenFileResult,
  type OwnershipBridge,
  type SaveFileResult,
  type WriteBackupResult,
  parseMenuCommand,
} from '../shared/ipc';

const bridge = {
  info: () => ipcRenderer.invoke(IPC_CHANNELS.info) as Promise<BridgeInfo>,
  saveFile: (request) => ipcRenderer.invoke(IPC_CHANNELS.saveFile, request) as Promise<SaveFileResult>,
  openFile: (request) => ipcRenderer.invoke(IPC_CHANNELS.openFile, request) as Promise<OpenFileResult>,
  printToPdf: (request) => ipcRenderer.invoke(IPC_CHANNELS.printToPdf, request) as Promise<SaveFileResult>,
  takePendingFile: () => ipcRenderer.invoke(IPC_CHANNELS.takePendingFile) as ReturnType<OwnershipBridge['takePendingFile']>,
  writeBackup: (request) => ipcRenderer.invoke(IPC_CHANNELS.writeBackup, request) as Promise<WriteBackupResult>,
  listBackups: () => ipcRenderer.invoke(IPC_CHANNELS.listBackups) as Promise<readonly BackupEntry[]>,
  readBackup: (id) => ipcRenderer.invoke(IPC_CHANNELS.readBackup, id) as Promise<OpenFileResult>,
  deleteBackups: (boardIds) => ipcRenderer.invoke(IPC_CHANNELS.deleteBackups, boardIds) as Promise<DeleteBackupsResult>,
  setAppearance: (choice) => ipcRenderer.invoke(IPC_CHANNELS.appearance, choice) as Promise<void>,
  onMenuCommand: (listener) => {
    const forward = (_event: IpcRendererEvent, payload: unknown): void => {
      // Checked here, as the main process checks what the page sends: a malformed or unknown
      // command is dropped rather than handed to the page's handler.
      const command = parseMenuCommand(payload);
      if (command !== null) listener(command);
    };
    ipcRenderer.on(IPC_CHANNELS.menuCommand, forward);
    return () => {
      ipcRenderer.removeListener(IPC_CHANNELS.menuCommand, forward);
    };
  },
} satisfies OwnershipBridge;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
