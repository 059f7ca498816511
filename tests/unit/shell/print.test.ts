import { afterAll, describe, expect, it } from 'vitest';
import { type Envelope, type ExportResult, IPC_PRINT_CHANNEL, type WorkshopDetail } from '../../../src-main/contract';
import { preparePrint } from '../../../src-main/core';
import { APP_START_URL } from '../../../src-main/shell/app-url';
import type { IpcEventLike } from '../../../src-main/shell/ipc';
import { type PrintDeps, type PrintWindowLike, WAIT_FOR_READY, printWindowOptions, registerPrint } from '../../../src-main/shell/print';
import { createTestWorkspace } from '../../helpers/workspace';

// The Electron-only part of "Ablauf drucken", with stand-ins for the window,
// the dialog and the disk, and the real core behind it (a real SQLite file).

const test = createTestWorkspace();
afterAll(() => test.cleanup());

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46]);
const good: IpcEventLike = { sender: { id: 7 }, senderFrame: { url: APP_START_URL, parent: null } };

interface Stage {
  handler: (event: IpcEventLike, input: unknown) => Promise<Envelope<ExportResult>>;
  trusted: Set<number>;
  loaded: string[];
  pdfOptions: Record<string, unknown>[];
  destroyed: number;
  trustedWhileRendering: boolean[];
  written: [string, Uint8Array][];
  asked: string[];
}

function stage(options: { ready?: boolean; path?: string | null; failWrite?: boolean } = {}): Stage {
  const s: Stage = { handler: null!, trusted: new Set([7]), loaded: [], pdfOptions: [], destroyed: 0, trustedWhileRendering: [], written: [], asked: [] };
  const win: PrintWindowLike = {
    webContents: {
      id: 42,
      loadURL: (url) => {
        s.loaded.push(url);
        return Promise.resolve();
      },
      executeJavaScript: (code) => Promise.resolve(code === WAIT_FOR_READY ? (options.ready ?? true) : undefined),
      printToPDF: (pdf) => {
        s.pdfOptions.push(pdf);
        s.trustedWhileRendering.push(s.trusted.has(42));
        return Promise.resolve(PDF);
      },
    },
    destroy: () => void s.destroyed++,
  };
  const deps: PrintDeps = {
    trustedContentsIds: s.trusted,
    startUrl: APP_START_URL,
    createWindow: () => win,
    prepare: (input) => preparePrint(test.workspace, input),
    chooseSavePath: (name) => {
      s.asked.push(name);
      return Promise.resolve(options.path === undefined ? `/home/coach/${name}` : options.path);
    },
    writeFile: (path, bytes) => {
      if (options.failWrite) throw new Error('EACCES');
      s.written.push([path, bytes]);
    },
  };
  registerPrint({ handle: (channel, listener) => void (channel === IPC_PRINT_CHANNEL && (s.handler = listener)) }, deps);
  return s;
}

describe('printing to PDF in the desktop app', async () => {
  const { workshopId } = await test.call<{ workshopId: string }>('sample.load');
  const workshop = await test.call<WorkshopDetail>('workshops.get', { id: workshopId });

  it('renders the print view in a hidden, trusted window, asks where to save and writes the PDF there', async () => {
    const s = stage();
    const result = await s.handler(good, { workshopId, document: 'agenda' });
    const name = `${workshop.organisationName} – ${workshop.title} – Ablauf – 14.03.2026.pdf`;
    expect(result).toEqual({ ok: true, value: { saved: true, fileName: name } });
    expect(s.loaded).toEqual([`${APP_START_URL}#/print/agenda/${workshopId}`]);
    expect(s.pdfOptions).toEqual([expect.objectContaining({ pageSize: 'A4', landscape: false, preferCSSPageSize: true, printBackground: true })]);
    expect(s.trustedWhileRendering).toEqual([true]);
    expect(s.trusted.has(42)).toBe(false);
    expect(s.destroyed).toBe(1);
    expect(s.asked).toEqual([name]);
    expect(s.written).toEqual([[`/home/coach/${name}`, PDF]]);
  });

  it('prints the action plan landscape', async () => {
    const s = stage();
    const result = await s.handler(good, { workshopId, document: 'actions' });
    expect(result).toEqual({ ok: true, value: { saved: true, fileName: `${workshop.organisationName} – ${workshop.title} – Maßnahmenplan – 14.03.2026.pdf` } });
    expect(s.pdfOptions[0]).toMatchObject({ landscape: true });
  });

  it('writes nothing when the coach cancels the dialog', async () => {
    const s = stage({ path: null });
    expect(await s.handler(good, { workshopId, document: 'agenda' })).toMatchObject({ ok: true, value: { saved: false } });
    expect(s.written).toEqual([]);
  });

  it('refuses strangers, paths and unknown workshops before any window is made', async () => {
    const s = stage();
    expect(await s.handler({ ...good, sender: { id: 8 } }, { workshopId, document: 'agenda' })).toMatchObject({ ok: false, error: { messageKey: 'errors.request.forbidden' } });
    expect(await s.handler(good, { workshopId, document: 'agenda', path: '/etc/passwd' })).toMatchObject({ ok: false, error: { kind: 'validation' } });
    expect(await s.handler(good, { workshopId, document: 'poster' })).toMatchObject({ ok: false, error: { kind: 'validation' } });
    expect(await s.handler(good, { workshopId: 'nope', document: 'agenda' })).toMatchObject({ ok: false, error: { kind: 'not_found' } });
    expect(s.loaded).toEqual([]);
    expect(s.asked).toEqual([]);
  });

  it('says so when the view never becomes ready or the disk refuses, and always closes the window', async () => {
    const notReady = stage({ ready: false });
    expect(await notReady.handler(good, { workshopId, document: 'agenda' })).toMatchObject({ ok: false, error: { messageKey: 'errors.print.render' } });
    expect(notReady.asked).toEqual([]);
    expect(notReady.destroyed).toBe(1);
    const full = stage({ failWrite: true });
    expect(await full.handler(good, { workshopId, document: 'agenda' })).toMatchObject({ ok: false, error: { messageKey: 'errors.storage.exportWrite' } });
  });

  it('keeps the main window’s security settings in the hidden window', () => {
    const options = printWindowOptions('/app/preload.cjs');
    expect(options).toMatchObject({ show: false });
    expect(options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, preload: '/app/preload.cjs' });
  });
});
