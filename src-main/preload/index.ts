import { contextBridge, ipcRenderer } from 'electron';
import { type AppEvent, EVENT_NAMES, IPC_EVENT_CHANNEL, IPC_EXPORT_CHANNEL, IPC_OPENED_FILES_CHANNEL, IPC_OPENED_FILES_NOTICE, IPC_PRESENTER_CHANNEL, METHOD_NAMES, ipcChannel } from '../contract';

// Sandboxed preload. It exposes exactly the contract's named functions and
// one event subscription; ipcRenderer itself never reaches the page.

const api = Object.fromEntries(
  METHOD_NAMES.map((name) => [name, (input: unknown) => ipcRenderer.invoke(ipcChannel(name), input)]),
);

const eventNames = new Set<string>(EVENT_NAMES);

contextBridge.exposeInMainWorld('vereinswerkstatt', {
  api,
  /** Builds a file in the main process, which asks where to save it. */
  exportFile: (kind: string, input: unknown) => ipcRenderer.invoke(IPC_EXPORT_CHANNEL, kind, input),
  /** Opens the projector window for a workshop; the main process places it. */
  openPresenter: (workshopId: string) => ipcRenderer.invoke(IPC_PRESENTER_CHANNEL, workshopId),
  /** Workshop files opened from outside the app, imported by the main process; each handed out once. */
  takeOpenedFiles: () => ipcRenderer.invoke(IPC_OPENED_FILES_CHANNEL),
  onOpenedFiles(listener: () => void): () => void {
    const wrapped = (): void => listener();
    ipcRenderer.on(IPC_OPENED_FILES_NOTICE, wrapped);
    return () => {
      ipcRenderer.removeListener(IPC_OPENED_FILES_NOTICE, wrapped);
    };
  },
  onEvent(listener: (event: AppEvent) => void): () => void {
    const wrapped = (_e: unknown, event: AppEvent): void => {
      if (event && eventNames.has(event.name)) listener(event);
    };
    ipcRenderer.on(IPC_EVENT_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, wrapped);
    };
  },
});
