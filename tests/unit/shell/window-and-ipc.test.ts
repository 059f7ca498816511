import { describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES, contract, ipcChannel } from '../../../src-main/contract';
import type { Api } from '../../../src-main/core';
import { APP_START_URL, isAppUrl } from '../../../src-main/shell/app-url';
import { type IpcEventLike, registerApi } from '../../../src-main/shell/ipc';
import { MENU_STRINGS, aboutDialog, buildMenuTemplate } from '../../../src-main/shell/menu';
import { denyAllPermissions, hardenWebContents } from '../../../src-main/shell/security';
import { mainWindowOptions } from '../../../src-main/shell/window-options';

describe('main window options (Electron security checklist)', () => {
  const options = mainWindowOptions('/app/out/preload/index.cjs');
  const web = options.webPreferences!;

  it('isolate the page: context isolation, sandbox, no Node', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keep web security on and dangerous features off', () => {
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.webviewTag).toBe(false);
    expect(web.experimentalFeatures).toBe(false);
    expect(web.navigateOnDragDrop).toBe(false);
  });

  it('load our sandboxed preload and open hidden until ready', () => {
    expect(web.preload).toBe('/app/out/preload/index.cjs');
    expect(options.show).toBe(false);
  });
});

describe('IPC registration', () => {
  const trusted = new Set([7]);
  const goodEvent: IpcEventLike = { sender: { id: 7 }, senderFrame: { url: APP_START_URL, parent: null } };

  function register() {
    const handlers = new Map<string, (event: IpcEventLike, input: unknown) => Promise<unknown>>();
    const invoke = vi.fn<Api['invoke']>((name) => Promise.resolve({ ok: true, value: name }));
    const channels = registerApi({ handle: (channel, fn) => handlers.set(channel, fn) }, { invoke }, trusted);
    return { handlers, invoke, channels };
  }

  it('registers exactly one channel per contract method', () => {
    const { handlers, channels } = register();
    const expected = Object.keys(contract).map((name) => ipcChannel(name as keyof typeof contract));
    expect(new Set(channels)).toEqual(new Set(expected));
    expect(new Set(handlers.keys())).toEqual(new Set(expected));
    expect(channels).toHaveLength(METHOD_NAMES.length);
  });

  it('passes calls from our own window to the API, which validates them', async () => {
    const { handlers, invoke } = register();
    await handlers.get('vw:organisations.create')!(goodEvent, { name: 'A' });
    expect(invoke).toHaveBeenCalledWith('organisations.create', { name: 'A' });
  });

  it.each([
    ['an unknown window', { sender: { id: 99 }, senderFrame: { url: APP_START_URL, parent: null } }],
    ['a sub-frame', { sender: { id: 7 }, senderFrame: { url: APP_START_URL, parent: {} } }],
    ['a foreign page', { sender: { id: 7 }, senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['a file:// page', { sender: { id: 7 }, senderFrame: { url: 'file:///tmp/x.html', parent: null } }],
    ['no frame', { sender: { id: 7 }, senderFrame: null }],
  ])('refuses calls from %s before anything runs', async (_label, event) => {
    const { handlers, invoke } = register();
    const result = await handlers.get('vw:organisations.delete')!(event, { id: 'x' });
    expect(result).toEqual({ ok: false, error: { kind: 'validation', messageKey: 'errors.request.forbidden' } });
    expect(invoke).not.toHaveBeenCalled();
  });
});

describe('navigation and windows', () => {
  function fakeContents() {
    const listeners: Record<string, (event: { preventDefault(): void }, url: string) => void> = {};
    let openHandler: ((d: { url: string }) => { action: string }) | null = null;
    return {
      contents: {
        setWindowOpenHandler: (h: (d: { url: string }) => { action: 'deny' }) => {
          openHandler = h;
        },
        on: (name: string, l: (event: { preventDefault(): void }, url: string) => void) => {
          listeners[name] = l;
        },
      },
      listeners,
      open: (url: string) => openHandler!({ url }),
    };
  }

  it('denies every new window', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents);
    expect(fake.open('https://example.org')).toEqual({ action: 'deny' });
    expect(fake.open(APP_START_URL)).toEqual({ action: 'deny' });
  });

  it.each(['will-navigate', 'will-redirect'])('blocks %s away from the app, allows app pages', (name) => {
    const fake = fakeContents();
    hardenWebContents(fake.contents);
    const away = { preventDefault: vi.fn() };
    fake.listeners[name]!(away, 'https://example.org/');
    expect(away.preventDefault).toHaveBeenCalled();
    const inside = { preventDefault: vi.fn() };
    fake.listeners[name]!(inside, 'app://vereinswerkstatt/index.html#/settings');
    expect(inside.preventDefault).not.toHaveBeenCalled();
  });

  it('blocks webviews and refuses every permission', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents);
    const event = { preventDefault: vi.fn() };
    fake.listeners['will-attach-webview']!(event, '');
    expect(event.preventDefault).toHaveBeenCalled();
    const callback = vi.fn();
    denyAllPermissions(null, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
  });

  it('recognises only our own origin as the app', () => {
    expect(isAppUrl('app://vereinswerkstatt/index.html')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('http://vereinswerkstatt/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});

describe('application menu', () => {
  it('is German by default and English when chosen, with the same structure', () => {
    const actions = { about: vi.fn(), showDataFolder: vi.fn() };
    const de = buildMenuTemplate('de', actions);
    const en = buildMenuTemplate('en', actions);
    expect(de.map((m) => m.label)).toEqual(['Datei', 'Bearbeiten', 'Ansicht', 'Hilfe']);
    expect(en.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(Object.keys(MENU_STRINGS.en).sort()).toEqual(Object.keys(MENU_STRINGS.de).sort());
  });

  it('"Über Vereinswerkstatt" shows the version and where a newer one comes from, in the chosen language', () => {
    const de = aboutDialog('de', '1.2.3', '/daten/vereinswerkstatt.sqlite');
    expect(de.title).toBe('Über Vereinswerkstatt');
    expect(de.message).toBe('Vereinswerkstatt – Version 1.2.3');
    expect(de.detail).toContain('nicht selbst nach Updates');
    expect(de.detail).toContain('Ihre Daten: /daten/vereinswerkstatt.sqlite');
    const en = aboutDialog('en', '1.2.3', '/data/vereinswerkstatt.sqlite');
    expect(en.message).toBe('Vereinswerkstatt – Version 1.2.3');
    expect(en.detail).toContain('does not look for updates');
    expect(en.detail).not.toMatch(/\{\w+\}/);
  });
});
