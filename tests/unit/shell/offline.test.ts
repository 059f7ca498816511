import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APP_START_URL } from '../../../src-main/shell/app-url';
import { BlockedRequests, NO_DICTIONARY_URL, type OfflineSession, allowed, secureSessionOffline, spellcheckPlan } from '../../../src-main/shell/offline';

const OFF = { participantHost: null };
const ON = { participantHost: '192.168.178.23:4781' };

describe('which requests may leave a window', () => {
  it.each([
    APP_START_URL,
    'app://vereinswerkstatt/assets/index-abc.js',
    'app://vereinswerkstatt/no-spellcheck-dictionaries/de-DE-3-0.bdic',
    'data:image/png;base64,iVBORw0KGgo=',
    'blob:app://vereinswerkstatt/5b0c3a1e-0000-4000-8000-000000000000',
    'devtools://devtools/bundled/devtools_app.html',
  ])('allows the app itself and local data: %s', (url) => {
    expect(allowed(url, OFF)).toBe(true);
    expect(allowed(url, ON)).toBe(true);
  });

  it.each([
    'https://redirector.gvt1.com/edgedl/chrome/dict/de-de-3-0.bdic',
    'https://fonts.googleapis.com/css2?family=Inter',
    'http://127.0.0.1:4780/',
    'ws://localhost:4780/',
    'file:///etc/passwd',
    'app://another-host/index.html',
    'chrome-extension://abcdef/script.js',
    'ftp://example.com/file',
    'not a url',
    '',
  ])('blocks everything else: %s', (url) => {
    expect(allowed(url, OFF)).toBe(false);
  });

  it("allows the participants' listener only while it runs, and only its exact address", () => {
    expect(allowed('http://192.168.178.23:4781/', OFF)).toBe(false);
    expect(allowed('http://192.168.178.23:4781/', ON)).toBe(true);
    expect(allowed('ws://192.168.178.23:4781/events', ON)).toBe(true);
    expect(allowed('http://192.168.178.23:4782/', ON)).toBe(false);
    expect(allowed('http://192.168.178.24:4781/', ON)).toBe(false);
    expect(allowed('https://192.168.178.23:4781/', ON)).toBe(false);
    // Userinfo does not change where a request goes: the host still decides.
    expect(allowed('http://192.168.178.23:4781@evil.example/', ON)).toBe(false);
  });

  it('lets through exactly the listener among addresses near it (property, fixed seed)', () => {
    const address = fc.record({
      scheme: fc.constantFrom('http', 'https', 'ws', 'wss', 'ftp'),
      host: fc.constantFrom('192.168.178.23', '192.168.178.2', '192.168.178.230', '10.0.0.1', 'localhost', 'redirector.gvt1.com', 'vereinswerkstatt'),
      port: fc.constantFrom(4781, 4780, 80, 443),
      path: fc.stringMatching(/^[a-z0-9/._-]{0,20}$/),
    });
    fc.assert(
      fc.property(address, ({ scheme, host, port, path }) => {
        const listener = (scheme === 'http' || scheme === 'ws') && host === '192.168.178.23' && port === 4781;
        expect(allowed(`${scheme}://${host}:${port}/${path}`, ON)).toBe(listener);
        expect(allowed(`${scheme}://${host}:${port}/${path}`, OFF)).toBe(false);
      }),
      { seed: 1808, numRuns: 300 },
    );
  });
});

describe('blocked requests are logged once per origin', () => {
  it('writes one line per origin, without paths or queries', () => {
    const lines: string[] = [];
    const blocked = new BlockedRequests((line) => lines.push(line));
    blocked.note('https://redirector.gvt1.com/edgedl/chrome/dict/de-de-3-0.bdic');
    blocked.note('https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic');
    blocked.note('https://example.org/?q=Vereinsname');
    blocked.note('file:///etc/passwd');
    blocked.note('file:///etc/hosts');
    expect(blocked.origins).toEqual(['https://redirector.gvt1.com', 'https://example.org', 'file:']);
    expect(lines).toHaveLength(3);
    expect(lines.join('\n')).not.toMatch(/Vereinsname|bdic|passwd/);
  });
});

/** A stand-in Electron session that records what the shell set up. */
function fakeSession() {
  const calls: string[] = [];
  let listener: Parameters<OfflineSession['webRequest']['onBeforeRequest']>[0] | null = null;
  const session: OfflineSession = {
    webRequest: {
      onBeforeRequest: (fn) => {
        listener = fn;
      },
    },
    setSpellCheckerEnabled: (enabled) => calls.push(`enabled=${enabled}`),
    setSpellCheckerDictionaryDownloadURL: (url) => calls.push(`download=${url}`),
  };
  const request = (url: string): boolean | undefined => {
    let cancel: boolean | undefined;
    listener!({ url }, (response) => (cancel = response.cancel));
    return cancel;
  };
  return { session, calls, request };
}

describe("the shell's session setup", () => {
  it('points the dictionary download at the app itself before touching the spellchecker, on every system', () => {
    for (const platform of ['darwin', 'win32', 'linux', 'freebsd'] as const) {
      const { session, calls } = fakeSession();
      secureSessionOffline(session, { platform, state: () => OFF, blocked: new BlockedRequests(() => undefined) });
      expect(calls[0], platform).toBe(`download=${NO_DICTIONARY_URL}`);
      expect(calls[1], platform).toBe(`enabled=${spellcheckPlan(platform).enabled}`);
      expect(allowed(`${NO_DICTIONARY_URL}de-DE-3-0.bdic`, OFF)).toBe(true);
    }
  });

  it("uses the system's spellchecker on macOS and Windows and none on Linux (Hunspell there would download)", () => {
    expect(spellcheckPlan('darwin').enabled).toBe(true);
    expect(spellcheckPlan('win32').enabled).toBe(true);
    expect(spellcheckPlan('linux').enabled).toBe(false);
  });

  it('cancels foreign requests, logs them once, and follows the listener as it starts and stops', () => {
    const lines: string[] = [];
    const state = { participantHost: null as string | null };
    const { session, request } = fakeSession();
    secureSessionOffline(session, { platform: 'linux', state: () => state, blocked: new BlockedRequests((line) => lines.push(line)) });

    expect(request(APP_START_URL)).toBe(false);
    expect(request('https://redirector.gvt1.com/edgedl/chrome/dict/de-de-3-0.bdic')).toBe(true);
    expect(request('https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic')).toBe(true);
    expect(request('http://192.168.178.23:4781/')).toBe(true);
    state.participantHost = '192.168.178.23:4781';
    expect(request('http://192.168.178.23:4781/')).toBe(false);
    state.participantHost = null;
    expect(request('http://192.168.178.23:4781/')).toBe(true);
    expect(lines).toEqual([
      '[offline] blocked a request to https://redirector.gvt1.com (the app works without the network)',
      '[offline] blocked a request to http://192.168.178.23:4781 (the app works without the network)',
    ]);
  });
});
