import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PHASE_KINDS, templateFileSchema } from '../../../src-main/contract';
import { BUILTIN_TEMPLATE_SOURCES, builtinTemplates } from '../../../src-main/core';

const dir = join(import.meta.dirname, '../../../resources/templates');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('shipped templates', () => {
  it.each(files)('%s is valid against the template schema', (file) => {
    const json: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const result = templateFileSchema.safeParse(json);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('are all registered with the app, and nothing else is', () => {
    expect(Object.keys(BUILTIN_TEMPLATE_SOURCES.de).sort()).toEqual([...files].sort());
    expect(builtinTemplates()).toHaveLength(files.length);
  });

  it('have unique ids and unique phase keys', () => {
    const ids = builtinTemplates().map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of builtinTemplates()) {
      const keys = t.phases.map((p) => p.key);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('the day workshop follows DESIGN.md: nine working phases, about six hours of work, a coffee and a lunch break', () => {
    const day = builtinTemplates().find((t) => t.name === 'Verein(t) Veränderungen angehen')!;
    expect(day.phases.map((p) => p.title)).toEqual([
      'Ankommen & Erwartungen',
      'Unser Verein heute',
      'Unsere Werte',
      'Kaffeepause',
      'Veränderungsthema wählen',
      'Wer ist beteiligt?',
      'Mittagspause',
      'Wie läuft es heute?',
      'Wie soll es laufen?',
      'Maßnahmenplan',
      'Abschluss & Feedback',
    ]);
    expect(day.phases.map((p) => p.kind)).toEqual([
      'cards', 'selfcheck', 'cards', 'pause', 'voting', 'stakeholders', 'pause', 'process_current', 'process_target', 'actions', 'cards',
    ]);
    const working = day.phases.filter((p) => p.kind !== 'pause');
    const total = working.reduce((sum, p) => sum + p.minutes, 0);
    expect(total).toBeGreaterThanOrEqual(300);
    expect(total).toBeLessThanOrEqual(390);
    expect(day.phases.filter((p) => p.kind === 'pause').map((p) => p.minutes)).toEqual([15, 45]);
    for (const phase of working) {
      expect(PHASE_KINDS).toContain(phase.kind);
      const sentences = phase.instructions.split(/[.!?](\s|$)/).filter((s) => s.trim().length > 10);
      expect(sentences.length, phase.title).toBeGreaterThanOrEqual(3);
      expect(phase.prompts.length, phase.title).toBeGreaterThan(0);
      expect(phase.instructions).not.toMatch(/lorem ipsum/i);
    }
  });
});
