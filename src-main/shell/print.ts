import { basename } from 'node:path';
import { type Envelope, type ExportResult, IPC_PRINT_CHANNEL, PRINT_LANDSCAPE, PRINT_READY_ATTRIBUTE, type PrintInput, printPath } from '../contract';
import type { BrowserWindowConstructorOptions } from 'electron';
import type { ChooseSavePath } from './exports';
import { type IpcEventLike, isTrustedSender } from './ipc';
import { mainWindowOptions } from './window-options';

// "Ablauf drucken" / "Maßnahmenplan drucken" in the desktop app: the main
// process loads the renderer's print view in a hidden window of ours, waits
// until the view says it is complete, prints it to PDF (the view's @page rule
// sets paper and margins) and saves it where the coach chooses. The page
// sends only the workshop and the document; the path comes from our dialog.

/** The parts of a BrowserWindow the printing needs (a unit test hands in a stand-in). */
export interface PrintWindowLike {
  webContents: {
    id: number;
    loadURL(url: string): Promise<void>;
    executeJavaScript(code: string): Promise<unknown>;
    printToPDF(options: Record<string, unknown>): Promise<Uint8Array>;
  };
  destroy(): void;
}

export interface PrintDeps {
  /** Our windows; the hidden print window belongs to them while it renders (its view calls the API). */
  trustedContentsIds: Set<number>;
  /** The start page's address: the print view's hash route is appended. */
  startUrl: string;
  createWindow: () => PrintWindowLike;
  /** Checks the request and names the file (the core's preparePrint). */
  prepare: (input: unknown) => Envelope<{ input: PrintInput; fileName: string }>;
  chooseSavePath: ChooseSavePath;
  writeFile: (path: string, bytes: Uint8Array) => void;
}

export interface IpcPrintMainLike {
  handle(channel: string, listener: (event: IpcEventLike, input: unknown) => Promise<Envelope<ExportResult>>): void;
}

/** The hidden print window: the main window's security settings, never shown, no spell checking. */
export function printWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  const base = mainWindowOptions(preloadPath);
  return { ...base, show: false, paintWhenInitiallyHidden: true, webPreferences: { ...base.webPreferences, spellcheck: false } };
}

/** Waits in the page until the print view has marked itself complete; false after 30 s (a view that never loads). */
export const WAIT_FOR_READY = `new Promise((resolve) => {
  const until = Date.now() + 30000;
  const tick = () => {
    if (document.documentElement.hasAttribute('${PRINT_READY_ATTRIBUTE}')) resolve(true);
    else if (Date.now() > until) resolve(false);
    else setTimeout(tick, 50);
  };
  tick();
})`;

/** printToPDF's settings: A4 unless the view's @page says otherwise, with the view's own colours. */
export function pdfOptions(input: PrintInput): Record<string, unknown> {
  return { pageSize: 'A4', landscape: PRINT_LANDSCAPE[input.document], printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false };
}

/** Renders one print view to PDF bytes in a hidden window, which is always closed again. */
export async function renderPrintPdf(deps: Pick<PrintDeps, 'trustedContentsIds' | 'startUrl' | 'createWindow'>, input: PrintInput): Promise<Uint8Array | null> {
  const win = deps.createWindow();
  const contentsId = win.webContents.id;
  deps.trustedContentsIds.add(contentsId);
  try {
    await win.webContents.loadURL(`${deps.startUrl}${printPath(input.workshopId, input.document)}`);
    if ((await win.webContents.executeJavaScript(WAIT_FOR_READY)) !== true) return null;
    return await win.webContents.printToPDF(pdfOptions(input));
  } finally {
    deps.trustedContentsIds.delete(contentsId);
    win.destroy();
  }
}

/** One IPC channel for both documents: check the sender and the request, name the file, render, ask, write. */
export function registerPrint(ipcMain: IpcPrintMainLike, deps: PrintDeps): void {
  ipcMain.handle(IPC_PRINT_CHANNEL, async (event, raw) => {
    if (!isTrustedSender(event, deps.trustedContentsIds)) {
      return { ok: false, error: { kind: 'validation', messageKey: 'errors.request.forbidden' } };
    }
    const prepared = deps.prepare(raw);
    if (!prepared.ok) return prepared;
    const { input, fileName } = prepared.value;
    let bytes: Uint8Array | null;
    try {
      bytes = await renderPrintPdf(deps, input);
    } catch (error) {
      console.error('[print] rendering failed', error);
      bytes = null;
    }
    if (!bytes) return { ok: false, error: { kind: 'internal', messageKey: 'errors.print.render' } };
    const path = await deps.chooseSavePath(fileName, 'application/pdf');
    if (!path) return { ok: true, value: { saved: false, fileName } };
    try {
      deps.writeFile(path, bytes);
    } catch (error) {
      console.error('[print] writing failed', error);
      return { ok: false, error: { kind: 'storage', messageKey: 'errors.storage.exportWrite' } };
    }
    return { ok: true, value: { saved: true, fileName: basename(path) } };
  });
}
