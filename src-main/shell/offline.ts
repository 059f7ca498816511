import { APP_ORIGIN, isAppUrl } from './app-url';

// "Nothing leaves the laptop" as a rule of the Electron session, not only a
// habit of the page: every request of every window (the coach's, the
// projector's, DevTools) passes `allowed` first. The decision is a pure
// function so a unit test can go through the cases without Electron.

export interface OfflineState {
  /**
   * host:port of the participants' listener while "Handys verbinden" runs (IPv4 only), else null.
   * The coach's windows draw the QR code themselves and load nothing from it today; it is
   * allowed because it is the app's own listener on the network the coach chose, not the internet.
   */
  participantHost: string | null;
}

/** In-memory and browser-internal schemes: they name nothing on the network. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'devtools:']);
/** What the participants' listener speaks (plain HTTP on the local network, see serving/participant-server). */
const LISTENER_SCHEMES = new Set(['http:', 'ws:']);

/** The app's own scheme, local data, or the participants' listener while it runs: nothing else. */
export function allowed(url: string, state: OfflineState): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (isAppUrl(url) || LOCAL_SCHEMES.has(parsed.protocol)) return true;
  return state.participantHost !== null && LISTENER_SCHEMES.has(parsed.protocol) && parsed.host === state.participantHost;
}

/**
 * Remembers which origins were refused and writes one line per origin, so a
 * page that retries does not flood the log. Only the origin is logged: a full
 * address could carry what the coach typed. The coach never sees these: a
 * refused request is the app working as promised, not an error.
 */
export class BlockedRequests {
  private readonly seen = new Set<string>();

  constructor(private readonly log: (line: string) => void = (line) => console.warn(line)) {}

  note(url: string): void {
    const origin = originOf(url);
    if (this.seen.has(origin)) return;
    this.seen.add(origin);
    this.log(`[offline] blocked a request to ${origin} (the app works without the network)`);
  }

  get origins(): string[] {
    return [...this.seen];
  }
}

function originOf(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.origin !== 'null' ? parsed.origin : parsed.protocol;
  } catch {
    return '(unreadable address)';
  }
}

/** The parts of an Electron Session this module sets up; a test passes a stand-in. */
export interface OfflineSession {
  webRequest: {
    onBeforeRequest(listener: (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void): void;
  };
  setSpellCheckerEnabled(enabled: boolean): void;
  setSpellCheckerDictionaryDownloadURL(url: string): void;
}

/**
 * Where Chromium would fetch Hunspell dictionaries (*.bdic) from. The app
 * ships none: Chromium reads only its own .bdic format, which no registry
 * package carries, and the registry's .aff/.dic files would need Chromium's
 * converter. Pointing the download at the app's own scheme means a fetch,
 * if one is ever tried, is answered by the app (404) and never leaves the laptop.
 */
export const NO_DICTIONARY_URL = `${APP_ORIGIN}/no-spellcheck-dictionaries/`;

export interface SpellcheckPlan {
  /** The session's spellchecker: on only where the operating system brings one. */
  enabled: boolean;
  dictionaryDownloadUrl: string;
}

/**
 * macOS: the system's spellchecker (Electron downloads nothing there).
 * Windows 10/11: Chromium asks the Windows spellchecker for the languages
 * Windows has installed. Linux: Electron has only Hunspell with downloaded
 * dictionaries, so the spellchecker is off.
 */
export function spellcheckPlan(platform: NodeJS.Platform): SpellcheckPlan {
  return { enabled: platform === 'darwin' || platform === 'win32', dictionaryDownloadUrl: NO_DICTIONARY_URL };
}

/** Sets up one session: the request guard and a spellchecker that downloads nothing. */
export function secureSessionOffline(
  session: OfflineSession,
  options: { platform: NodeJS.Platform; state: () => OfflineState; blocked: BlockedRequests },
): void {
  const plan = spellcheckPlan(options.platform);
  session.setSpellCheckerDictionaryDownloadURL(plan.dictionaryDownloadUrl);
  session.setSpellCheckerEnabled(plan.enabled);
  session.webRequest.onBeforeRequest((details, callback) => {
    const ok = allowed(details.url, options.state());
    if (!ok) options.blocked.note(details.url);
    callback({ cancel: !ok });
  });
}
