import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROKEN_CHARACTER_KEY } from '../../../src-main/contract';
import { catalogues } from '../../../src-phone/strings';

// Every message the participants' listener can send a phone must be in the
// phone page's own catalogues, German and English: the page shows the
// catalogue's words, and a missing key would fall back to "did not work".
// The keys are read from the source the phones' calls run through.

const root = join(__dirname, '../../..');
const PHONE_SOURCES = [
  ...readdirSync(join(root, 'src-main/core/participants')).map((f) => `src-main/core/participants/${f}`),
  'src-main/contract/participant.ts',
  // zod's refusals of a phone's input, and the API's answers to storage and internal failures.
  'src-main/contract/validation.ts',
  'src-main/core/api/dispatch.ts',
  'src-main/serving/participant-server.ts',
];

/** Only the coach's calls send these (they start, stop and moderate); no phone ever sees them. */
const COACH_ONLY = new Set([
  'errors.phones.badAddress',
  'errors.phones.listenFailed',
  'errors.phones.unavailable',
  'errors.phones.reviewOnlyCards',
  'errors.notFound.workshop',
  'errors.notFound.phase',
]);
const COACH_ONLY_FILES = new Set(['src-main/core/participants/coach-handlers.ts', 'src-main/core/participants/moderation.ts', 'src-main/core/participants/networks.ts']);

function keysIn(file: string): string[] {
  // Comments name keys as examples; only code sends them.
  const text = readFileSync(join(root, file), 'utf8').replace(/^\s*\/\/.*$/gm, '');
  const literal = [...text.matchAll(/['"`](errors\.[A-Za-z]+\.[A-Za-z.]+|errors\.internal)['"`]/g)].map((m) => m[1]!);
  const notFound = [...text.matchAll(/notFound\('(\w+)'\)/g)].map((m) => `errors.notFound.${m[1]}`);
  const named = text.includes('BROKEN_CHARACTER_KEY') ? [BROKEN_CHARACTER_KEY] : [];
  return [...literal, ...notFound, ...named];
}

describe('the phone page’s catalogues', () => {
  const keys = [...new Set(PHONE_SOURCES.filter((f) => !COACH_ONLY_FILES.has(f)).flatMap(keysIn))].filter((k) => !COACH_ONLY.has(k)).sort();

  it('finds the keys it checks (the scan itself works)', () => {
    expect(keys).toEqual(expect.arrayContaining(['errors.phones.phaseMoved', 'errors.phones.sessionEnded', 'errors.votes.allVoted', 'errors.validation.required', 'errors.notFound.card', 'errors.internal']));
  });

  it.each(['de', 'en'] as const)('%s has words for every message a phone can get', (lang) => {
    const missing = keys.filter((k) => !catalogues[lang].errors[k]);
    expect(missing).toEqual([]);
    for (const k of keys) expect(catalogues[lang].errors[k], k).not.toMatch(/undefined|\{\{/);
  });
});
