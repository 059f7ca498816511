import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script, createContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AppEvent,
  DESKTOP_BRIDGE_FUNCTIONS,
  DESKTOP_BRIDGE_NAME,
  type DesktopBridge,
  EVENT_NAMES,
  IPC_EVENT_CHANNEL,
  IPC_OPENED_FILES_NOTICE,
  IPC_PRESENTER_CHANNEL,
  METHOD_NAMES,
} from '../../../src-main/contract';
import { APP_START_URL } from '../../../src-main/shell/app-url';
import { registerExports } from '../../../src-main/shell/exports';
import { type IpcEventLike, registerApi } from '../../../src-main/shell/ipc';
import { OpenedFiles } from '../../../src-main/shell/open-file';
import { registerPresenter } from '../../../src-main/shell/presenter';
import { buildPreload } from '../../helpers/build-preload';
import { type TestWorkspace, createTestWorkspace } from '../../helpers/workspace';

// The sandboxed preload as the app ships it (built by the project's own
// electron-vite config), run in a vm context whose only module is a stand-in
// `electron`. Its ipcRenderer talks to a stand-in ipcMain on which the real
// shell registrations (registerApi and friends) sit over a real workspace:
// the whole desktop call path except Electron's own message passing.

type Handler = (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>;
type Listener = (event: unknown, ...args: unknown[]) => void;

const OUR_WINDOW = 7;
const mainHandlers = new Map<string, Handler>();
const ipcMain = {
  handle(channel: string, handler: Handler): void {
    // Electron refuses a second handler for a channel; so does the stand-in.
    if (mainHandlers.has(channel)) throw new Error(`second handler for ${channel}`);
    mainHandlers.set(channel, handler);
  },
};

const rendererListeners = new Map<string, Set<Listener>>();
const ipcRenderer = {
  invoke: (channel: string, ...args: unknown[]): Promise<unknown> => {
    const handler = mainHandlers.get(channel);
    if (!handler) return Promise.reject(new Error(`No handler registered for '${channel}'`));
    // What Electron tells the main process about our own window's page.
    return handler({ sender: { id: OUR_WINDOW }, senderFrame: { url: APP_START_URL, parent: null } }, ...args);
  },
  on: (channel: string, listener: Listener): void => {
    if (!rendererListeners.has(channel)) rendererListeners.set(channel, new Set());
    rendererListeners.get(channel)!.add(listener);
  },
  removeListener: (channel: string, listener: Listener): void => {
    rendererListeners.get(channel)?.delete(listener);
  },
};
/** The main process sending to the window (webContents.send). */
const send = (channel: string, ...args: unknown[]): void => {
  for (const listener of rendererListeners.get(channel) ?? []) listener({}, ...args);
};

const exposed = new Map<string, unknown>();
const required: string[] = [];
const presenterOpened: string[] = [];
let outDir = '';
let tw: TestWorkspace;
let bridge: DesktopBridge;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'vw-preload-'));
  const bundle = readFileSync(await buildPreload(outDir), 'utf8');
  const module = { exports: {} };
  const context = createContext({
    module,
    exports: module.exports,
    console,
    require(name: string) {
      required.push(name);
      if (name !== 'electron') throw new Error(`a sandboxed preload cannot require '${name}'`);
      return { ipcRenderer, contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) } };
    },
  });
  new Script(bundle, { filename: 'preload/index.cjs' }).runInContext(context);

  tw = createTestWorkspace();
  const trusted = new Set([OUR_WINDOW]);
  registerApi(ipcMain, tw.api, trusted);
  registerPresenter(ipcMain, IPC_PRESENTER_CHANNEL, trusted, (id) => presenterOpened.push(id));
  registerExports(ipcMain, tw.workspace, trusted, () => Promise.resolve(null));
  new OpenedFiles(tw.workspace, () => undefined).register(ipcMain, trusted);
  bridge = exposed.get(DESKTOP_BRIDGE_NAME) as DesktopBridge;
}, 60_000);

afterAll(() => {
  tw?.cleanup();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

const organisationCount = (): number => {
  const db = new Database(tw.workspace.dbFile, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM organisations').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('the built preload', () => {
  it('requires nothing but electron and exposes one object under the contract name', () => {
    expect(required).toEqual(['electron']);
    expect([...exposed.keys()]).toEqual([DESKTOP_BRIDGE_NAME]);
  });

  it("exposes exactly the contract's methods and the bridge's functions, nothing else", () => {
    expect(Object.keys(bridge).sort()).toEqual(['api', ...DESKTOP_BRIDGE_FUNCTIONS].sort());
    for (const name of DESKTOP_BRIDGE_FUNCTIONS) expect(typeof bridge[name]).toBe('function');
    expect(Object.keys(bridge.api).sort()).toEqual([...METHOD_NAMES].sort());
    for (const name of METHOD_NAMES) expect(typeof bridge.api[name]).toBe('function');
  });

  it('hands the page no part of ipcRenderer', () => {
    const values: unknown[] = [...Object.values(bridge as unknown as Record<string, unknown>), ...Object.values(bridge.api)];
    for (const value of [ipcRenderer, ipcRenderer.invoke, ipcRenderer.on, ipcRenderer.removeListener]) {
      expect(values).not.toContain(value);
    }
  });

  it("passes on every event of the event contract, drops other names, and unsubscribes", () => {
    const seen: AppEvent[] = [];
    const stop = bridge.onEvent((event) => seen.push(event));
    for (const name of EVENT_NAMES) send(IPC_EVENT_CHANNEL, { name, payload: {} });
    send(IPC_EVENT_CHANNEL, { name: 'secrets.leaked', payload: {} });
    send(IPC_EVENT_CHANNEL, null);
    expect(seen.map((event) => event.name)).toEqual(EVENT_NAMES);
    stop();
    expect(rendererListeners.get(IPC_EVENT_CHANNEL)?.size).toBe(0);
    let notices = 0;
    const stopNotices = bridge.onOpenedFiles(() => notices++);
    send(IPC_OPENED_FILES_NOTICE);
    stopNotices();
    send(IPC_OPENED_FILES_NOTICE);
    expect(notices).toBe(1);
  });
});

describe('a call from the page through the preload to the real IPC registration', () => {
  it('reaches the core and is stored in the SQLite file', async () => {
    const created = await bridge.api['organisations.create']({ name: 'Turnverein Süd e.V.' });
    expect(created).toMatchObject({ ok: true, value: { name: 'Turnverein Süd e.V.' } });
    const listed = await bridge.api['organisations.list']({});
    expect(JSON.stringify(listed)).toContain('Turnverein Süd e.V.');
    expect(organisationCount()).toBe(1);
  });

  it('is refused there with the message key when the input is bad, and writes nothing', async () => {
    const before = organisationCount();
    expect(await bridge.api['organisations.create']({ name: '' })).toMatchObject({
      ok: false,
      error: { kind: 'validation', messageKey: 'errors.validation.required' },
    });
    expect(await bridge.api['organisations.create']('not an object')).toMatchObject({ ok: false, error: { kind: 'validation' } });
    expect(await bridge.api['workshops.get']({ id: 'nope' })).toMatchObject({ ok: false, error: { kind: 'not_found' } });
    expect(organisationCount()).toBe(before);
  });

  it("reaches the shell's own channels: projector, exports and opened files", async () => {
    expect(await bridge.openPresenter('')).toMatchObject({ ok: false, error: { messageKey: 'errors.validation.invalid' } });
    expect(presenterOpened).toEqual([]);
    const workshopId = 'w1';
    const opened = await bridge.openPresenter(workshopId);
    expect(opened.ok && presenterOpened).toEqual([workshopId]);
    const unknownKind = 'nonsense' as Parameters<DesktopBridge['exportFile']>[0];
    expect(await bridge.exportFile(unknownKind, {})).toMatchObject({ ok: false, error: { messageKey: 'errors.request.unknownMethod' } });
    expect(await bridge.takeOpenedFiles()).toEqual({ ok: true, value: [] });
  });
});
