import type { ChecklistItem, MethodParsedInput, Phase, Workshop, WorkshopDetail } from '../../contract';
import { type CoreContext, isoNow, writeTransaction } from '../context';
import { notFound } from '../errors';
import { patchStatement } from './patch';
import { getSettings } from './settings';
import { getTemplate } from './templates';
import { liveChanged } from '../live/phases';
import { settleWorkshopTimers } from '../live/timers';

interface WorkshopRow {
  id: string;
  organisation_id: string;
  organisation_name: string;
  title: string;
  date: string | null;
  start_time: string | null;
  place: string;
  coach: string;
  status: Workshop['status'];
  participant_count: number | null;
  follow_up_date: string | null;
  participant_names: string;
  participants_consent: number;
  template_id: string;
  template_name: string;
  ask_names: number;
  follows_workshop_id: string | null;
  language: Workshop['language'];
  created_at: string;
  updated_at: string;
}

interface PhaseRow {
  id: string;
  position: number;
  key: string;
  title: string;
  kind: Phase['kind'];
  purpose: string;
  minutes: number;
  instructions: string;
  prompts: string;
  materials: string;
  items: string;
  notice: string;
  notes: string;
  notes_updated_at: string | null;
}

const SELECT_WORKSHOP = `SELECT w.id, w.organisation_id, o.name AS organisation_name, w.title, w.date, w.start_time, w.place,
  w.coach, w.status, w.participant_count, w.follow_up_date, w.participant_names, w.participants_consent, w.ask_names, w.follows_workshop_id, w.language, w.template_id, w.template_name, w.created_at, w.updated_at
  FROM workshops w JOIN organisations o ON o.id = w.organisation_id`;

const toWorkshop = (row: WorkshopRow): Workshop => ({
  id: row.id,
  organisationId: row.organisation_id,
  organisationName: row.organisation_name,
  title: row.title,
  date: row.date,
  startTime: row.start_time,
  place: row.place,
  coach: row.coach,
  status: row.status,
  participantCount: row.participant_count,
  followUpDate: row.follow_up_date,
  participantNames: row.participant_names,
  participantsConsent: row.participants_consent === 1,
  askNames: row.ask_names === 1,
  followsWorkshopId: row.follows_workshop_id,
  language: row.language,
  templateId: row.template_id,
  templateName: row.template_name,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const toPhase = (row: PhaseRow): Phase => ({
  id: row.id,
  position: row.position,
  key: row.key,
  title: row.title,
  kind: row.kind,
  purpose: row.purpose,
  minutes: row.minutes,
  instructions: row.instructions,
  prompts: JSON.parse(row.prompts) as string[],
  materials: JSON.parse(row.materials) as string[],
  items: JSON.parse(row.items) as ChecklistItem[],
  notice: row.notice,
  notes: row.notes,
  notesUpdatedAt: row.notes_updated_at,
});

const COLUMNS = {
  title: 'title',
  date: 'date',
  startTime: 'start_time',
  place: 'place',
  coach: 'coach',
  status: 'status',
  participantCount: 'participant_count',
  followUpDate: 'follow_up_date',
  participantNames: 'participant_names',
  participantsConsent: 'participants_consent',
} as const;

/** Most recently touched first. */
export function listWorkshops(ctx: CoreContext, input: MethodParsedInput<'workshops.list'>): Workshop[] {
  const where = input.organisationId ? 'WHERE w.organisation_id = @organisationId' : '';
  const rows = ctx.db
    .prepare(`${SELECT_WORKSHOP} ${where} ORDER BY w.updated_at DESC, w.id LIMIT @limit`)
    .all({ organisationId: input.organisationId ?? null, limit: input.limit ?? -1 }) as WorkshopRow[];
  return rows.map(toWorkshop);
}

function getWorkshopSummary(ctx: CoreContext, id: string): Workshop {
  const row = ctx.sql(`${SELECT_WORKSHOP} WHERE w.id = ?`).get(id) as WorkshopRow | undefined;
  if (!row) throw notFound('workshop');
  return toWorkshop(row);
}

export function getWorkshop(ctx: CoreContext, id: string): WorkshopDetail {
  const workshop = getWorkshopSummary(ctx, id);
  const phases = ctx.db
    .prepare('SELECT * FROM workshop_phases WHERE workshop_id = ? ORDER BY position')
    .all(id) as PhaseRow[];
  return { ...workshop, phases: phases.map(toPhase) };
}

function organisationExists(ctx: CoreContext, id: string): boolean {
  return ctx.sql('SELECT 1 FROM organisations WHERE id = ?').get(id) !== undefined;
}

/** Creates the workshop with its own copy of the template's phases. */
export function createWorkshop(ctx: CoreContext, input: MethodParsedInput<'workshops.create'>): WorkshopDetail {
  const id = ctx.newId();
  // Checked under the write lock: another connection may delete the club meanwhile.
  writeTransaction(ctx, (events) => {
    // A workshop keeps the language it is made in: by default the UI's. An own
    // template exists in one language only, so its workshops take that one.
    const asked = input.language ?? getSettings(ctx.db).language;
    const template = getTemplate(ctx, input.templateId, asked);
    const language = template.builtIn ? asked : template.language;
    if (!organisationExists(ctx, input.organisationId)) throw notFound('organisation');
    const now = isoNow(ctx);
    ctx
      .sql(
        `INSERT INTO workshops (id, organisation_id, title, date, place, coach, status, participant_count,
           language, template_id, template_name, template_version, created_at, updated_at)
         VALUES (@id, @organisationId, @title, @date, @place, @coach, @status, @participantCount,
           @language, @templateId, @templateName, @templateVersion, @now, @now)`,
      )
      .run({ ...input, id, now, language, templateName: template.name, templateVersion: template.version });
    const insertPhase = ctx.sql(
      `INSERT INTO workshop_phases (id, workshop_id, position, key, title, kind, purpose, minutes, instructions, prompts, materials, items, notice)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    template.phases.forEach((phase, position) => {
      insertPhase.run(
        ctx.newId(),
        id,
        position,
        phase.key,
        phase.title,
        phase.kind,
        phase.purpose,
        phase.minutes,
        phase.instructions,
        JSON.stringify(phase.prompts),
        JSON.stringify(phase.materials),
        JSON.stringify(phase.items ?? []),
        phase.notice ?? '',
      );
    });
    events.push({ name: 'workshops.changed', payload: { workshopId: id, organisationId: input.organisationId } });
    events.push({ name: 'organisations.changed', payload: { organisationId: input.organisationId } });
  });
  return getWorkshop(ctx, id);
}

export function updateWorkshop(ctx: CoreContext, input: MethodParsedInput<'workshops.update'>): Workshop {
  const { id, participantsConsent, ...rest } = input;
  // SQLite stores the consent as 0 or 1.
  const patch = participantsConsent === undefined ? rest : { ...rest, participantsConsent: participantsConsent ? 1 : 0 };
  writeTransaction(ctx, (events) => {
    const update = patchStatement('workshops', COLUMNS, id, patch, isoNow(ctx));
    const row = ctx.sql('SELECT organisation_id FROM workshops WHERE id = ?').get(id) as
      | { organisation_id: string }
      | undefined;
    if (!row) throw notFound('workshop');
    ctx.sql(update.sql).run(update.values);
    events.push({ name: 'workshops.changed', payload: { workshopId: id, organisationId: row.organisation_id } });
    // "Workshop beenden" (or back to planned): every timer stops where it is.
    if (input.status !== undefined && input.status !== 'running') {
      settleWorkshopTimers(ctx, id);
      events.push(liveChanged(id));
    }
  });
  return getWorkshopSummary(ctx, id);
}

export function deleteWorkshop(ctx: CoreContext, id: string): { id: string } {
  writeTransaction(ctx, (events) => {
    const row = ctx.sql('SELECT organisation_id FROM workshops WHERE id = ?').get(id) as
      | { organisation_id: string }
      | undefined;
    if (!row) throw notFound('workshop');
    ctx.sql('DELETE FROM workshops WHERE id = ?').run(id);
    events.push({ name: 'workshops.changed', payload: { workshopId: id, organisationId: row.organisation_id } });
    events.push({ name: 'organisations.changed', payload: { organisationId: row.organisation_id } });
  });
  return { id };
}
