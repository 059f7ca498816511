import type { MeasureStatus, MethodParsedInput, OriginKind } from '../../contract';
import { addDays } from '../../shared/measure-dates';
import { createMeasure, followUpMeasure, todayOf } from '../actions/measures';
import type { CoreContext } from '../context';

// The sample club's action plan (phase 8). Dates count from the day the sample
// is loaded, so the plan always looks alive: one measure is late, one is done,
// one has follow-up notes — whenever a coach opens it.

type Fields = Omit<MethodParsedInput<'measures.create'>, 'workshopId' | 'origin' | 'startDate' | 'dueDate' | 'status'>;

interface SampleMeasure {
  fields: Partial<Fields> & { title: string };
  origin?: { kind: OriginKind; text: string; variant?: 'ist' | 'soll' };
  start?: number;
  due: number;
  /** Follow-ups: days from today, new status, note. */
  history?: [number, MeasureStatus, string][];
}

const MEASURES: SampleMeasure[] = [
  {
    fields: {
      title: 'Einarbeitungs-Checkliste erstellen',
      owner: 'Jugendwart:in',
      helpers: 'Zwei erfahrene Übungsleiter:innen',
      firstStep: 'Alte Notizen einsammeln',
      goal: 'Neue Übungsleiter:innen finden alles Wichtige auf zwei Seiten und haben nach dem ersten Training keine offenen Fragen.',
      priority: 'high',
      effort: 'medium',
    },
    origin: { kind: 'marker', text: 'Wissen nur im Kopf der Vorgänger:innen' },
    start: -42,
    due: 38,
    history: [
      [-30, 'in_progress', 'Alte Notizen von zwei Übungsleiter:innen eingesammelt.'],
      [-6, 'in_progress', 'Erster Entwurf liegt vor; Abstimmung mit den Abteilungsleitungen beim nächsten Treffen.'],
    ],
  },
  {
    fields: { title: 'Online-Anmeldeformular einrichten', owner: 'Geschäftsstelle', firstStep: 'Angebote der Vereinssoftware vergleichen', priority: 'high', effort: 'medium' },
    origin: { kind: 'step', text: 'Papierformular ausfüllen lassen' },
    due: 69,
  },
  {
    fields: { title: 'Erinnerung Führungszeugnis automatisieren', owner: 'Geschäftsstelle', firstStep: 'Ablaufdaten in Liste erfassen', effort: 'small' },
    origin: { kind: 'marker', text: 'Erinnerungen manuell, oft vergessen' },
    due: 99,
  },
  {
    fields: { title: 'Messenger-Alternative prüfen', owner: 'Vorstand', firstStep: 'Datenschutzsprechstunde anfragen', priority: 'high', effort: 'small' },
    origin: { kind: 'marker', text: 'Datenschutz unklar' },
    due: -22,
    history: [[-25, 'done', 'Datenschutzsprechstunde: Vereins-Messenger mit Auftragsverarbeitungsvertrag empfohlen.']],
  },
  {
    fields: { title: 'Schlüsselliste anlegen', owner: 'Abteilungsleitung Fußball', firstStep: 'Schlüssel zählen', effort: 'small' },
    origin: { kind: 'marker', text: 'Keine Liste, wer welchen Schlüssel hat' },
    due: -7,
  },
  {
    fields: { title: 'Pat:innen-Modell einführen', owner: 'Abteilungsleitungen', firstStep: 'Zwei Pat:innen fragen', effort: 'large' },
    origin: { kind: 'marker', text: 'Pat:in für die ersten vier Wochen', variant: 'soll' },
    due: 161,
  },
  {
    fields: { title: 'Kosten klären', owner: 'Kassenwart:in', firstStep: 'Budget 2026 prüfen', priority: 'high', effort: 'small' },
    origin: { kind: 'stakeholder', text: 'Kassenwart:in' },
    due: 38,
    history: [[-10, 'blocked', 'Ohne Angebote der Softwareanbieter lässt sich das Budget nicht planen.']],
  },
  {
    fields: { title: 'Folgetermin Coaching', owner: 'Vorstand und Coach', firstStep: 'Termin abstimmen', priority: 'low', effort: 'small' },
    due: 89,
  },
];

function originId(ctx: CoreContext, workshopId: string, origin: NonNullable<SampleMeasure['origin']>): string {
  const variant = origin.variant ?? 'ist';
  const query = {
    marker: `SELECT m.id FROM process_markers m JOIN process_steps s ON s.id = m.step_id JOIN process_diagrams d ON d.id = s.diagram_id
             WHERE d.workshop_id = @workshopId AND d.variant = @variant AND m.text = @text`,
    step: `SELECT s.id FROM process_steps s JOIN process_diagrams d ON d.id = s.diagram_id
           WHERE d.workshop_id = @workshopId AND d.variant = @variant AND s.label = @text`,
    stakeholder: 'SELECT id FROM stakeholders WHERE workshop_id = @workshopId AND name = @text',
    note: 'SELECT id FROM workshop_phases WHERE workshop_id = @workshopId AND key = @text',
  }[origin.kind];
  const row = ctx.sql(query).get({ workshopId, variant, text: origin.text }) as { id: string } | undefined;
  if (!row) throw new Error(`sample origin not found: ${origin.text}`);
  return row.id;
}

export function addSampleMeasures(ctx: CoreContext, workshopId: string): void {
  const today = todayOf(ctx);
  for (const m of MEASURES) {
    const created = createMeasure(ctx, {
      priority: 'medium',
      effort: null,
      description: '',
      goal: '',
      helpers: '',
      blockedReason: '',
      droppedReason: '',
      owner: '',
      firstStep: '',
      ...m.fields,
      workshopId,
      status: 'open',
      startDate: m.start === undefined ? null : addDays(today, m.start),
      dueDate: addDays(today, m.due),
      origin: m.origin ? { kind: m.origin.kind, id: originId(ctx, workshopId, m.origin) } : null,
    });
    for (const [days, status, note] of m.history ?? []) {
      followUpMeasure(ctx, {
        id: created.id,
        date: addDays(today, days),
        status,
        note,
        ...(status === 'blocked' ? { blockedReason: 'Wartet auf Angebote der Softwareanbieter' } : {}),
      });
    }
  }
}
