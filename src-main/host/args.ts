import { resolve } from 'node:path';

export interface HostArgs {
  port: number;
  dataDir: string | null;
  /** A different "now" (for demos and tests of follow-ups weeks later); the clock runs on from there. */
  now: Date | null;
  help: boolean;
  /** Extra addresses "Handys verbinden" may bind to besides the laptop's networks: for tests, a second loopback address such as 127.0.0.2. */
  phoneTestAddresses: string[];
}

export class ArgsError extends Error {}

/** Parses `--port <n>` and `--data <folder>` (also `--port=<n>`). */
export function parseHostArgs(argv: readonly string[], cwd: string = process.cwd()): HostArgs {
  const args: HostArgs = { port: 4780, dataDir: null, now: null, help: false, phoneTestAddresses: [] };
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i]!;
    const [flag, inline] = raw.includes('=') ? [raw.slice(0, raw.indexOf('=')), raw.slice(raw.indexOf('=') + 1)] : [raw, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new ArgsError(`Für ${flag} fehlt ein Wert.`);
      return v;
    };
    if (flag === '--port') {
      const port = Number(value());
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ArgsError('--port braucht eine Zahl zwischen 0 und 65535.');
      args.port = port;
    } else if (flag === '--data') {
      args.dataDir = resolve(cwd, value());
    } else if (flag === '--now') {
      const text = value();
      const moment = new Date(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T12:00:00` : text);
      if (!/^\d{4}-\d{2}-\d{2}/.test(text) || Number.isNaN(moment.getTime())) throw new ArgsError('--now braucht ein Datum wie 2026-04-16 oder 2026-04-16T10:00.');
      args.now = moment;
    } else if (flag === '--phones-test-address') {
      const address = value();
      // Only loopback addresses other than the coach's own 127.0.0.1: the flag is for tests on one machine, never a way onto the network.
      if (!/^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.test(address) || address === '127.0.0.1') throw new ArgsError('--phones-test-address braucht eine Loopback-Adresse außer 127.0.0.1, z. B. 127.0.0.2.');
      args.phoneTestAddresses.push(address);
    } else if (flag === '--help' || flag === '-h') {
      args.help = true;
    } else {
      throw new ArgsError(`Unbekannte Option: ${raw}`);
    }
  }
  return args;
}

export const HELP_TEXT = `Vereinswerkstatt im Browser

  npm run serve -- [--port <Zahl>] [--data <Ordner>]

  --port   Port auf 127.0.0.1 (Standard 4780; 0 = ein freier Port)
  --data   Ordner für die Datenbank (Standard: derselbe Ordner wie die Desktop-App)
  --now    Tut so, als wäre heute dieser Tag (z. B. 2026-04-16) – für Vorführungen und Tests
  --phones-test-address  Zusätzliche Adresse für „Handys verbinden“ (nur Loopback, z. B. 127.0.0.2) – für Tests
`;
