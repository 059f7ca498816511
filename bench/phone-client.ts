import { Agent, type ClientRequest, request } from 'node:http';
import { RATE_BURST, RATE_INTERVAL_MS } from '../src-main/core/participants/session';

// A simulated participant's phone for the benches: plain HTTP against the
// participants' listener, as the phone page sends it (Host and Origin of the
// listener, bearer token, one idempotency key per write), with the page's
// event stream: every "changed" makes the phone ask for `current` again.
// Unlike the page, a phone here keeps at most one `current` in flight and
// one waiting, so the bench measures the laptop, not a pile-up of requests.

export interface PhoneAnswer<T = unknown> {
  status: number;
  ok: boolean;
  value?: T;
  /** A write's answer carries the phone's view after it (the page shows it without asking again). */
  hasView: boolean;
  body: string;
  /** Time from sending the request until the whole answer was read. */
  ms: number;
}

/**
 * When a phone sends its n-th write (ms after its first write): evenly spaced,
 * as fast as the listener's rate limit lets the whole series through (burst
 * `RATE_BURST`, then one per `RATE_INTERVAL_MS`) plus `marginMs` at the last
 * write for requests that reach the laptop late or early.
 */
export function pacedWriteTimes(count: number, marginMs: number, burst = RATE_BURST, intervalMs = RATE_INTERVAL_MS): number[] {
  if (count <= burst) return Array.from({ length: count }, () => 0);
  // Write k (0-based) needs k + 1 - burst refilled tokens: t_k >= (k + 1 - burst) * interval.
  // Even spacing s makes the last write the tightest: (count - 1) * s >= (count - burst) * interval + margin.
  const spacing = Math.ceil(((count - burst) * intervalMs + marginMs) / (count - 1));
  return Array.from({ length: count }, (_, k) => k * spacing);
}

export class SimulatedPhone {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 2 });
  private token = '';
  private events: ClientRequest | null = null;
  private refreshing = false;
  private refreshAgain = false;
  private keys = 0;
  /** Latencies of `current` calls caused by events. */
  readonly currentMs: number[] = [];

  constructor(
    readonly address: string,
    readonly port: number,
    readonly label: string,
  ) {}

  private get host(): string {
    return `${this.address}:${this.port}`;
  }

  newKey(): string {
    return `${this.label}-write-${String(++this.keys).padStart(4, '0')}`;
  }

  post<T>(method: string, input: unknown): Promise<PhoneAnswer<T>> {
    const body = JSON.stringify(input);
    const headers: Record<string, string> = {
      Host: this.host,
      Origin: `http://${this.host}`,
      'Content-Type': 'application/json',
      'Content-Length': String(Buffer.byteLength(body)),
    };
    if (this.token) headers.Authorization = `Bearer ${this.token}`;
    return new Promise((resolve, reject) => {
      const start = performance.now();
      const req = request({ host: this.address, port: this.port, path: `/p/${method}`, method: 'POST', headers, agent: this.agent }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          let json: { ok?: boolean; value?: T; view?: unknown } = {};
          try {
            json = JSON.parse(text) as typeof json;
          } catch {
            // a refusal in plain text
          }
          resolve({ status: res.statusCode ?? 0, ok: json.ok === true, value: json.value, hasView: json.view !== undefined, body: text, ms: performance.now() - start });
        });
      });
      req.on('error', reject);
      req.end(body);
    });
  }

  /** A read sent again after a dropped connection (a kept-alive socket may close under load). */
  async read<T>(method: string, input: unknown): Promise<PhoneAnswer<T>> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.post<T>(method, input);
      } catch (error) {
        if (attempt >= 3) throw error;
      }
    }
  }

  async join(code: string): Promise<void> {
    const answer = await this.read<{ token: string }>('join', { code });
    if (!answer.ok) throw new Error(`${this.label} could not join: ${answer.status} ${answer.body}`);
    this.token = answer.value!.token;
  }

  /** Opens the event stream; each "changed" asks for `current`, like the phone page. */
  listen(): void {
    const headers = { Host: this.host };
    this.events = request({ host: this.address, port: this.port, path: `/p/events?token=${encodeURIComponent(this.token)}`, headers, agent: false }, (res) => {
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        if (chunk.includes('"changed"')) this.refresh();
      });
      res.on('error', () => undefined);
    });
    this.events.on('error', () => undefined);
    this.events.end();
  }

  refresh(): void {
    if (this.refreshing) {
      this.refreshAgain = true;
      return;
    }
    this.refreshing = true;
    void this.post('current', {})
      .then((answer) => this.currentMs.push(answer.ms))
      .catch(() => undefined)
      .finally(() => {
        this.refreshing = false;
        if (!this.refreshAgain) return;
        this.refreshAgain = false;
        this.refresh();
      });
  }

  async leave(): Promise<void> {
    this.events?.destroy();
    this.events = null;
    await this.post('leave', {}).catch(() => undefined);
    this.agent.destroy();
  }
}
