import { createHash } from 'node:crypto';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '../../contract';

// Codes, tokens and session ids come from crypto.getRandomValues (a CSPRNG
// in Node as in browsers), never from Math.random.

function randomBytes(n: number): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(n));
}

/** A join code of 6 characters from the unambiguous alphabet, without modulo bias. */
export function newJoinCode(): string {
  const limit = 256 - (256 % JOIN_CODE_ALPHABET.length);
  let code = '';
  while (code.length < JOIN_CODE_LENGTH) {
    for (const byte of randomBytes(16)) {
      if (byte < limit && code.length < JOIN_CODE_LENGTH) code += JOIN_CODE_ALPHABET[byte % JOIN_CODE_ALPHABET.length];
    }
  }
  return code;
}

const base64url = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64url');

/** 256 bits: the phone's proof of its session. */
export const newToken = (): string => base64url(randomBytes(32));

/** 80 bits: names the session in the database (which cards, ballot and ratings are its own). */
export const newSessionId = (): string => `ph-${Buffer.from(randomBytes(10)).toString('hex')}`;

/**
 * The session id of a phone that brings its page's random key: the same key
 * in the same workshop gives the same id, so a phone that joins again is the
 * same voter. Hashed, so the id in the database does not reveal the key.
 */
export const deviceSessionId = (workshopId: string, device: string): string =>
  `ph-${createHash('sha256').update(`vw-phone\0${workshopId}\0${device}`).digest('hex').slice(0, 20)}`;

/**
 * A token bucket: `burst` calls at once, then one per `intervalMs`. The clock
 * is passed in, so tests decide when time moves rather than waiting for it.
 */
export class RateBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly burst: number,
    private readonly intervalMs: number,
    now: number,
  ) {
    this.tokens = burst;
    this.last = now;
  }

  /** Whether a call would be allowed now, without using it up. */
  peek(now: number): boolean {
    this.refill(now);
    return this.tokens >= 1;
  }

  take(now: number): boolean {
    if (!this.peek(now)) return false;
    this.tokens -= 1;
    return true;
  }

  private refill(now: number): void {
    this.tokens = Math.min(this.burst, this.tokens + Math.max(0, now - this.last) / this.intervalMs);
    this.last = Math.max(this.last, now);
  }
}
