import type { z } from 'zod';
import { LIMITS, type MarkerKind, type MeasureOrigin, type OriginKind, type PhaseKind, type ProcessVariant, type originInput } from '../../contract';
import type { CoreContext } from '../context';
import { notFound } from '../errors';
import type { MeasureRow } from './rows';

// A measure remembers what it came from: a pain point or idea on a process
// step, a step, a stakeholder, or a phase's notes. The link is checked when it
// is made (same workshop, exists) and looked up again on every read, so a
// deleted origin shows as gone and an undone delete brings it back.

export interface StoredOrigin {
  originKind: OriginKind | null;
  originId: string | null;
  originLabel: string;
}

export const NO_ORIGIN: StoredOrigin = { originKind: null, originId: null, originLabel: '' };

/** The first words of a text, on one line, short enough for a label. */
export function excerptOf(text: string, max: number = LIMITS.name): string {
  const line = text
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*[-•*]\s+/, '').replace(/\*\*/g, '').trim())
    .find((l) => l !== '');
  if (!line) return '';
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}

function labelOf(ctx: CoreContext, workshopId: string, origin: z.output<typeof originInput>): string | null {
  switch (origin.kind) {
    case 'marker': {
      const row = ctx
        .sql(
          `SELECT m.text AS label FROM process_markers m JOIN process_steps s ON s.id = m.step_id
           JOIN process_diagrams d ON d.id = s.diagram_id WHERE m.id = ? AND d.workshop_id = ?`,
        )
        .get(origin.id, workshopId) as { label: string } | undefined;
      return row?.label ?? null;
    }
    case 'step': {
      const row = ctx
        .sql('SELECT s.label FROM process_steps s JOIN process_diagrams d ON d.id = s.diagram_id WHERE s.id = ? AND d.workshop_id = ?')
        .get(origin.id, workshopId) as { label: string } | undefined;
      return row?.label ?? null;
    }
    case 'stakeholder': {
      const row = ctx.sql('SELECT name AS label FROM stakeholders WHERE id = ? AND workshop_id = ?').get(origin.id, workshopId) as
        | { label: string }
        | undefined;
      return row?.label ?? null;
    }
    case 'note': {
      const row = ctx.sql('SELECT title, notes FROM workshop_phases WHERE id = ? AND workshop_id = ?').get(origin.id, workshopId) as
        | { title: string; notes: string }
        | undefined;
      if (!row) return null;
      return excerptOf(origin.excerpt ?? '') || excerptOf(row.notes) || row.title;
    }
  }
}

/** Checks an origin for a measure of this workshop; an unknown or foreign one is refused. */
export function checkOrigin(ctx: CoreContext, workshopId: string, origin: z.output<typeof originInput> | null): StoredOrigin {
  if (!origin) return NO_ORIGIN;
  const label = labelOf(ctx, workshopId, origin);
  if (label === null) throw notFound('origin');
  return { originKind: origin.kind, originId: origin.id, originLabel: label.slice(0, LIMITS.shortText) };
}

interface Found {
  label: string;
  context: string;
  markerKind: MarkerKind | null;
  severity: number | null;
  variant: ProcessVariant | null;
  /** For notes: the phase itself; otherwise the phase kind to look for. */
  phaseId: string | null;
  phaseKind: PhaseKind | null;
}

const PHASE_OF_VARIANT = { ist: 'process_current', soll: 'process_target' } as const;

/** Everything a workshop's measures may point at, looked up in a few queries. */
export function originLookup(ctx: CoreContext, workshopId: string): (row: MeasureRow) => MeasureOrigin | null {
  const found = new Map<string, Found>();
  const phases = ctx.sql('SELECT id, kind, title, notes FROM workshop_phases WHERE workshop_id = ? ORDER BY position').all(workshopId) as {
    id: string;
    kind: PhaseKind;
    title: string;
  }[];
  const none = { markerKind: null, severity: null, variant: null, phaseId: null };
  const steps = ctx
    .sql('SELECT s.id, s.label, d.variant FROM process_steps s JOIN process_diagrams d ON d.id = s.diagram_id WHERE d.workshop_id = ?')
    .all(workshopId) as { id: string; label: string; variant: ProcessVariant }[];
  for (const s of steps) found.set(s.id, { ...none, label: s.label, context: '', variant: s.variant, phaseKind: PHASE_OF_VARIANT[s.variant] });
  const markers = ctx
    .sql(
      `SELECT m.id, m.kind, m.text, m.severity, s.label AS step_label, d.variant FROM process_markers m
       JOIN process_steps s ON s.id = m.step_id JOIN process_diagrams d ON d.id = s.diagram_id WHERE d.workshop_id = ?`,
    )
    .all(workshopId) as { id: string; kind: MarkerKind; text: string; severity: number | null; step_label: string; variant: ProcessVariant }[];
  for (const m of markers) {
    found.set(m.id, { label: m.text, context: m.step_label, markerKind: m.kind, severity: m.severity, variant: m.variant, phaseId: null, phaseKind: PHASE_OF_VARIANT[m.variant] });
  }
  const people = ctx.sql('SELECT id, name FROM stakeholders WHERE workshop_id = ?').all(workshopId) as { id: string; name: string }[];
  for (const p of people) found.set(p.id, { ...none, label: p.name, context: '', phaseKind: 'stakeholders' });
  for (const p of phases) found.set(p.id, { ...none, label: '', context: p.title, phaseId: p.id, phaseKind: null });

  const phaseOfKind = (kind: PhaseKind | null): string | null => phases.find((p) => p.kind === kind)?.id ?? null;
  return (row) => {
    if (!row.origin_kind || !row.origin_id) return null;
    const hit = found.get(row.origin_id);
    const base = { kind: row.origin_kind, id: row.origin_id };
    if (!hit) {
      return { ...base, label: row.origin_label, exists: false, markerKind: null, severity: null, variant: null, context: '', phaseId: null };
    }
    return {
      ...base,
      // A note's label is the excerpt the coach picked; the others follow renames.
      label: row.origin_kind === 'note' ? row.origin_label : hit.label,
      exists: true,
      markerKind: hit.markerKind,
      severity: hit.severity,
      variant: hit.variant,
      context: hit.context,
      phaseId: hit.phaseId ?? phaseOfKind(hit.phaseKind),
    };
  };
}
