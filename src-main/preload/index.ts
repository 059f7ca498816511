import { contextBridge, ipcRenderer } from 'electron';
import {
  type AppEvent,
  DESKTOP_BRIDGE_NAME,
  type DesktopBridge,
  EVENT_NAMES,
  IPC_EVENT_CHANNEL,
  IPC_EXPORT_CHANNEL,
  IPC_OPENED_FILES_CHANNEL,
  IPC_OPENED_FILES_NOTICE,
  IPC_PRESENTER_CHANNEL,
  IPC_PRINT_CHANNEL,
  METHOD_NAMES,
  ipcChannel,
} from '../contract';

// Sandboxed preload. It exposes exactly the contract's named functions and
// one event subscription; ipcRenderer itself never reaches the page. Typed
// with the contract's DesktopBridge, which is also the page's view of it.

const api = Object.fromEntries(
  METHOD_NAMES.map((name) => [name, (input: unknown) => ipcRenderer.invoke(ipcChannel(name), input)]),
) as DesktopBridge['api'];

const eventNames = new Set<string>(EVENT_NAMES);

const bridge: DesktopBridge = {
  api,
  exportFile: (kind, input) => ipcRenderer.invoke(IPC_EXPORT_CHANNEL, kind, input),
  openPresenter: (workshopId) => ipcRenderer.invoke(IPC_PRESENTER_CHANNEL, workshopId),
  printDocument: (workshopId, document) => ipcRenderer.invoke(IPC_PRINT_CHANNEL, { workshopId, document }),
  takeOpenedFiles: () => ipcRenderer.invoke(IPC_OPENED_FILES_CHANNEL),
  onOpenedFiles(listener) {
    const wrapped = (): void => listener();
    ipcRenderer.on(IPC_OPENED_FILES_NOTICE, wrapped);
    return () => {
      ipcRenderer.removeListener(IPC_OPENED_FILES_NOTICE, wrapped);
    };
  },
  onEvent(listener) {
    const wrapped = (_e: unknown, event: AppEvent): void => {
      if (event && eventNames.has(event.name)) listener(event);
    };
    ipcRenderer.on(IPC_EVENT_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld(DESKTOP_BRIDGE_NAME, bridge);
