import { describe, expect, it } from 'vitest';
import { IPC_PRESENTER_CHANNEL, type Envelope, presentPath } from '../../../src-main/contract';
import { APP_START_URL } from '../../../src-main/shell/app-url';
import type { IpcEventLike } from '../../../src-main/shell/ipc';
import { chooseProjectorDisplay, presenterWindowOptions, registerPresenter } from '../../../src-main/shell/presenter';

const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1366, height: 768 } };
const beamer = { id: 2, bounds: { x: 1366, y: 0, width: 1920, height: 1080 } };

describe('the projector window', () => {
  it('goes to the display that is not the laptop’s own, if there is one', () => {
    expect(chooseProjectorDisplay([laptop, beamer], 1)).toBe(beamer);
    expect(chooseProjectorDisplay([beamer, laptop], 1)).toBe(beamer);
    expect(chooseProjectorDisplay([laptop], 1)).toBe(laptop);
  });

  it('keeps the main window’s security settings, full screen only on an external display', () => {
    const options = presenterWindowOptions('/app/preload.cjs', beamer, true);
    expect(options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, preload: '/app/preload.cjs' });
    expect(options).toMatchObject({ x: 1366, y: 0, width: 1920, height: 1080, fullscreen: true, show: false });
    expect(presenterWindowOptions('/app/preload.cjs', laptop, false).fullscreen).toBe(false);
    expect(presentPath('w 1')).toBe('#/present/w%201');
  });

  it('opens only when our own window asks, with a workshop id', async () => {
    const handlers = new Map<string, (event: IpcEventLike, workshopId: unknown) => Promise<Envelope<{ opened: boolean }>>>();
    const opened: string[] = [];
    registerPresenter({ handle: (channel, listener) => void handlers.set(channel, listener) }, IPC_PRESENTER_CHANNEL, new Set([7]), (id) => opened.push(id));
    const handler = handlers.get(IPC_PRESENTER_CHANNEL)!;
    const good: IpcEventLike = { sender: { id: 7 }, senderFrame: { url: APP_START_URL, parent: null } };
    expect(await handler(good, 'w1')).toEqual({ ok: true, value: { opened: true } });
    expect(await handler({ ...good, sender: { id: 8 } }, 'w1')).toMatchObject({ ok: false, error: { messageKey: 'errors.request.forbidden' } });
    expect(await handler({ ...good, senderFrame: { url: 'https://evil.example/', parent: null } }, 'w1')).toMatchObject({ ok: false });
    expect(await handler(good, { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { messageKey: 'errors.validation.invalid' } });
    expect(opened).toEqual(['w1']);
  });
});
