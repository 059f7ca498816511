import { BrowserWindow, Menu, type Session, app, dialog, ipcMain, protocol, screen, session, shell } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IPC_EVENT_CHANNEL, IPC_OPENED_FILES_NOTICE, IPC_PRESENTER_CHANNEL, presentPath } from '../contract';
import { Phones, Workspace, createApi, getSettings, preparePrint, writeFileAtomic } from '../core';
import { APP_FOLDER_NAME } from '../serving/data-dir';
import { listenForPhones } from '../serving/participant-server';
import { APP_SCHEME, APP_START_URL } from './app-url';
import { registerExports } from './exports';
import { printWindowOptions, registerPrint } from './print';
import { registerApi } from './ipc';
import { OpenedFiles, workshopFilesIn } from './open-file';
import { aboutDialog, buildMenuTemplate } from './menu';
import { BlockedRequests, secureSessionOffline } from './offline';
import { chooseProjectorDisplay, presenterWindowOptions, registerPresenter } from './presenter';
import { serveAppRequest } from './protocol';
import { denyAllPermissions, hardenWebContents } from './security';
import { mainWindowOptions } from './window-options';

declare const __APP_VERSION__: string;

// Thin on purpose: windows, menu, dialogs and IPC wiring only. Everything
// else lives in the core and is tested in Node without Electron.

const rendererDir = fileURLToPath(new URL('../renderer', import.meta.url));
const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
/** The phones' page, served only by the participants' listener on the network the coach chose. */
const phoneDir = fileURLToPath(new URL('../phone', import.meta.url));

app.setName(APP_FOLDER_NAME);
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

const trustedContents = new Set<number>();
let mainWindow: BrowserWindow | null = null;
let presenterWindow: BrowserWindow | null = null;
let workspace: Workspace | null = null;
/** "Handys verbinden": the same core code as the browser host; the main process only starts and stops it. */
let phones: Phones | null = null;
let openedFiles: OpenedFiles | null = null;
/** Files the system asked us to open before the app was ready (macOS sends them early). */
const openedEarly: string[] = [];

const blockedRequests = new BlockedRequests();

/** Every session (the windows' default one, and any Electron makes later): only the app and, while on, the phones' listener. */
function guardSession(target: Session): void {
  secureSessionOffline(target, {
    platform: process.platform,
    state: () => ({ participantHost: phones?.expectedHost ?? null }),
    blocked: blockedRequests,
  });
}

function openWorkshopFiles(paths: readonly string[]): void {
  if (paths.length === 0) return;
  if (openedFiles) void openedFiles.open(paths);
  else openedEarly.push(...paths);
}

/** Every window of ours: its page may call the API, is hardened, and is forgotten when closed. */
function trackWindow(win: BrowserWindow, onClosed: () => void): BrowserWindow {
  const id = win.webContents.id;
  trustedContents.add(id);
  hardenWebContents(win.webContents);
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    trustedContents.delete(id);
    onClosed();
  });
  return win;
}

function createMainWindow(): BrowserWindow {
  const win = trackWindow(new BrowserWindow(mainWindowOptions(preloadPath)), () => {
    mainWindow = null;
  });
  void win.loadURL(APP_START_URL);
  return win;
}

/** The room's window: on the projector if one is connected, showing the workshop's projector view. */
function openPresenter(workshopId: string): void {
  const url = `${APP_START_URL}${presentPath(workshopId)}`;
  if (presenterWindow && !presenterWindow.isDestroyed()) {
    void presenterWindow.loadURL(url);
    presenterWindow.show();
    return;
  }
  const primary = screen.getPrimaryDisplay();
  const display = chooseProjectorDisplay(screen.getAllDisplays(), primary.id);
  const win = trackWindow(new BrowserWindow(presenterWindowOptions(preloadPath, display, display !== undefined && display.id !== primary.id)), () => {
    presenterWindow = null;
  });
  presenterWindow = win;
  void win.loadURL(url);
}

function applyMenu(ws: Workspace): void {
  const lang = getSettings(ws.connection).language;
  const template = buildMenuTemplate(lang, {
    about: () => {
      void dialog.showMessageBox(aboutDialog(lang, __APP_VERSION__, ws.dbFile));
    },
    showDataFolder: () => void shell.openPath(ws.dataDir),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function start(): void {
  workspace = new Workspace({ dataDir: app.getPath('userData'), appVersion: __APP_VERSION__, pictureWorker: { url: new URL('./picture-worker.js', import.meta.url) }, backups: { schedule: true } });
  workspace.open();
  const ws = workspace;

  session.defaultSession.setPermissionRequestHandler(denyAllPermissions);
  guardSession(session.defaultSession);
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererDir, request.url));
  phones = new Phones(ws, { listen: listenForPhones({ pageDir: phoneDir }) });
  registerApi(ipcMain, createApi(ws, undefined, { phones }), trustedContents);
  registerPresenter(ipcMain, IPC_PRESENTER_CHANNEL, trustedContents, openPresenter);
  const chooseSavePath = async (suggestedName: string): Promise<string | null> => {
    const options = { defaultPath: join(app.getPath('documents'), suggestedName) };
    const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  };
  registerExports(ipcMain, ws, trustedContents, chooseSavePath);
  registerPrint(ipcMain, {
    trustedContentsIds: trustedContents,
    startUrl: APP_START_URL,
    createWindow: () => new BrowserWindow(printWindowOptions(preloadPath)),
    prepare: (input) => preparePrint(ws, input),
    chooseSavePath,
    writeFile: writeFileAtomic,
  });
  ws.subscribe((event) => {
    for (const win of BrowserWindow.getAllWindows()) {
      if (trustedContents.has(win.webContents.id)) win.webContents.send(IPC_EVENT_CHANNEL, event);
    }
    if (event.name === 'settings.changed' || event.name === 'app.statusChanged') applyMenu(ws);
  });
  applyMenu(ws);
  openedFiles = new OpenedFiles(ws, () => mainWindow?.webContents.send(IPC_OPENED_FILES_NOTICE));
  openedFiles.register(ipcMain, trustedContents);
  mainWindow = createMainWindow();
  openWorkshopFiles([...openedEarly.splice(0), ...workshopFilesIn(process.argv.slice(1))]);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // A file opened while the app runs goes to the running window, which comes to the front to show its report.
  const bringToFront = (): void => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  };
  app.on('second-instance', (_event, argv) => {
    openWorkshopFiles(workshopFilesIn(argv.slice(1)));
    bringToFront();
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openWorkshopFiles(workshopFilesIn([path]));
    bringToFront();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('session-created', guardSession);
  app.on('window-all-closed', () => app.quit());
  // A backup still running (say "Workshop beenden" just before quitting) is finished first.
  let closed = false;
  app.on('will-quit', (event) => {
    if (!workspace || closed) return;
    closed = true;
    event.preventDefault();
    const ws = workspace;
    void (phones?.stop() ?? Promise.resolve())
      .catch(() => undefined)
      .then(() => ws.closeAfterBackups())
      .finally(() => app.quit());
  });
  void app.whenReady().then(start);
}
