import type { AppEvent, Envelope, ExportKind, ExportResult, MethodName, OpenedFileResult, PrintDocument } from '../../src-main/contract';
import { isApiErrorData, isEventName, presentPath, printPath } from '../../src-main/contract';

/** How calls reach the core. The UI never knows which one it has. */
export interface Transport {
  invoke: (name: MethodName, input: unknown) => Promise<Envelope<unknown>>;
  subscribe(listener: (event: AppEvent) => void): () => void;
  /** Produces a file and lets the user keep it: a save dialog (desktop) or a download (browser). */
  exportFile(kind: ExportKind, input: unknown): Promise<Envelope<ExportResult>>;
  /** The room's view of a workshop: a second window in the desktop app, a second tab in the browser. */
  openPresenter(workshopId: string): Promise<Envelope<{ opened: boolean }>>;
  /** A printed agenda or action plan: a PDF through a save dialog (desktop), the print view and the browser's print dialog (browser). */
  printDocument(workshopId: string, document: PrintDocument): Promise<Envelope<ExportResult>>;
  /** Workshop files the desktop app was asked to open (double-click) and has imported; none in the browser. */
  takeOpenedFiles(): Promise<Envelope<OpenedFileResult[]>>;
  onOpenedFiles(listener: () => void): () => void;
}

/** Desktop app: the preload's named functions over Electron IPC. */
export function ipcTransport(bridge: NonNullable<Window['vereinswerkstatt']>): Transport {
  return {
    invoke: (name, input) => bridge.api[name](input),
    subscribe: (listener) => bridge.onEvent(listener),
    exportFile: (kind, input) => bridge.exportFile(kind, input),
    openPresenter: (workshopId) => bridge.openPresenter(workshopId),
    printDocument: (workshopId, document) => bridge.printDocument(workshopId, document),
    takeOpenedFiles: () => bridge.takeOpenedFiles(),
    onOpenedFiles: (listener) => bridge.onOpenedFiles(listener),
  };
}

const offline = (messageKey: string): Envelope<never> => ({ ok: false, error: { kind: 'storage', messageKey } });

/** Hands a file to the browser's download handling. */
function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Browser host: POST /api/<method> with the per-run token, events as Server-Sent Events. */
export function httpTransport(token: string, base = ''): Transport {
  return {
    async invoke(name, input) {
      let response: Response;
      try {
        response = await fetch(`${base}/api/${name}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-vw-token': token },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return offline('errors.request.hostUnreachable');
      }
      try {
        const body = (await response.json()) as Envelope<unknown>;
        if (body.ok || isApiErrorData(body.error)) return body;
      } catch {
        // fall through: not our answer
      }
      return offline('errors.request.badResponse');
    },
    async exportFile(kind, input) {
      let response: Response;
      try {
        response = await fetch(`${base}/api/export/${kind}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-vw-token': token },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return offline('errors.request.hostUnreachable');
      }
      // A file always comes with its name; anything else is the envelope of a refusal (and a file may itself be JSON).
      const named = response.headers.get('x-vw-file-name');
      if (named === null) {
        const body = (await response.json().catch(() => null)) as Envelope<ExportResult> | null;
        return body && (body.ok || isApiErrorData(body.error)) ? body : offline('errors.request.badResponse');
      }
      const fileName = decodeURIComponent(named);
      downloadBlob(await response.blob(), fileName);
      return { ok: true, value: { saved: true, fileName } };
    },
    openPresenter(workshopId) {
      const opened = window.open(`${location.pathname}${presentPath(workshopId)}`, 'vereinswerkstatt-projektor');
      return Promise.resolve({ ok: true, value: { opened: opened !== null } });
    },
    printDocument(workshopId, document) {
      // The print view prints itself once loaded; the browser's dialog saves or prints it.
      const opened = window.open(`${location.pathname}${printPath(workshopId, document, true)}`, '_blank');
      if (!opened) return Promise.resolve({ ok: false, error: { kind: 'validation', messageKey: 'errors.print.blocked' } });
      return Promise.resolve({ ok: true, value: { saved: false, fileName: '' } });
    },
    // The browser host opens no files itself: "Datei importieren" on the start screen does.
    takeOpenedFiles: () => Promise.resolve({ ok: true, value: [] }),
    onOpenedFiles: () => () => undefined,
    subscribe(listener) {
      const source = new EventSource(`${base}/api/events?token=${encodeURIComponent(token)}`);
      source.onmessage = (message: MessageEvent<string>) => {
        try {
          const event = JSON.parse(message.data) as AppEvent;
          if (isEventName(event.name)) listener(event);
        } catch {
          // ignore malformed events
        }
      };
      return () => source.close();
    },
  };
}

/** Picks the transport for the environment the page runs in. */
export function detectTransport(): Transport {
  if (window.vereinswerkstatt) return ipcTransport(window.vereinswerkstatt);
  const token = document.querySelector<HTMLMetaElement>('meta[name="vw-token"]')?.content ?? '';
  return httpTransport(token);
}
