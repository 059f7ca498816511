import type { TemplatePhase } from '../../../src-main/contract';

// Pure helpers for editing a list of phases (a template's, or a workshop's agenda).

/** A phase as the agenda editors hold it; a workshop's phases also carry their id and notes. */
export type EditablePhase = TemplatePhase & { id?: string; notes?: string };

export const totalMinutes = (phases: readonly { minutes: number }[]): number => phases.reduce((sum, p) => sum + p.minutes, 0);

/** Moves the phase at `from` to `to` (both indexes into the list as it is). */
export function movePhase<P>(phases: readonly P[], from: number, to: number): P[] {
  if (from === to || from < 0 || from >= phases.length || to < 0 || to >= phases.length) return [...phases];
  const next = [...phases];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  return next;
}

/** A key no other phase in the list has, readable where the title allows. */
export function newPhaseKey(title: string, taken: ReadonlySet<string>): string {
  const base =
    title
      .toLocaleLowerCase('de')
      .replace(/ä/g, 'ae')
      .replace(/ö/g, 'oe')
      .replace(/ü/g, 'ue')
      .replace(/ß/g, 'ss')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'phase';
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  return key;
}

/** One entry per line, empty lines left out: prompts and materials are typed this way. */
export const linesToList = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

export const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
