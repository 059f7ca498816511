import type { MethodParsedInput, Organisation, OrganisationSummary } from '../../contract';
import { type CoreContext, isoNow, writeTransaction } from '../context';
import { notFound } from '../errors';
import { patchStatement } from './patch';
import { germanCollator } from './sorting';

interface OrganisationRow {
  id: string;
  name: string;
  legal_form: Organisation['legalForm'];
  field: string;
  members: number | null;
  volunteers: number | null;
  staff: number | null;
  contact: string;
  notes: string;
  created_at: string;
  updated_at: string;
}

const toOrganisation = (row: OrganisationRow): Organisation => ({
  id: row.id,
  name: row.name,
  legalForm: row.legal_form,
  field: row.field,
  members: row.members,
  volunteers: row.volunteers,
  staff: row.staff,
  contact: row.contact,
  notes: row.notes,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** Input field → column; the only columns an update may touch. */
const COLUMNS = {
  name: 'name',
  legalForm: 'legal_form',
  field: 'field',
  members: 'members',
  volunteers: 'volunteers',
  staff: 'staff',
  contact: 'contact',
  notes: 'notes',
} as const;

export function listOrganisations(ctx: CoreContext): OrganisationSummary[] {
  const rows = ctx.db
    .prepare(
      `SELECT o.*, COUNT(w.id) AS workshop_count, MAX(w.date) AS last_workshop_date
       FROM organisations o LEFT JOIN workshops w ON w.organisation_id = o.id
       GROUP BY o.id`,
    )
    .all() as (OrganisationRow & { workshop_count: number; last_workshop_date: string | null })[];
  return rows
    .map((row) => ({
      ...toOrganisation(row),
      workshopCount: row.workshop_count,
      lastWorkshopDate: row.last_workshop_date,
    }))
    .sort((a, b) => germanCollator.compare(a.name, b.name));
}

export function getOrganisation(ctx: CoreContext, id: string): Organisation {
  const row = ctx.sql('SELECT * FROM organisations WHERE id = ?').get(id) as OrganisationRow | undefined;
  if (!row) throw notFound('organisation');
  return toOrganisation(row);
}

export function createOrganisation(ctx: CoreContext, input: MethodParsedInput<'organisations.create'>): Organisation {
  const id = ctx.newId();
  writeTransaction(ctx, (events) => {
    const now = isoNow(ctx);
    ctx
      .sql(
        `INSERT INTO organisations (id, name, legal_form, field, members, volunteers, staff, contact, notes, created_at, updated_at)
         VALUES (@id, @name, @legalForm, @field, @members, @volunteers, @staff, @contact, @notes, @now, @now)`,
      )
      .run({ ...input, id, now });
    events.push({ name: 'organisations.changed', payload: { organisationId: id } });
  });
  return getOrganisation(ctx, id);
}

export function updateOrganisation(ctx: CoreContext, input: MethodParsedInput<'organisations.update'>): Organisation {
  const { id, ...patch } = input;
  writeTransaction(ctx, (events) => {
    const update = patchStatement('organisations', COLUMNS, id, patch, isoNow(ctx));
    const result = ctx.sql(update.sql).run(update.values);
    if (result.changes === 0) throw notFound('organisation');
    events.push({ name: 'organisations.changed', payload: { organisationId: id } });
  });
  return getOrganisation(ctx, id);
}

/** Deletes the club with all its workshops (the UI asks first). */
export function deleteOrganisation(ctx: CoreContext, id: string): { id: string } {
  writeTransaction(ctx, (events) => {
    const result = ctx.sql('DELETE FROM organisations WHERE id = ?').run(id);
    if (result.changes === 0) throw notFound('organisation');
    events.push({ name: 'organisations.changed', payload: { organisationId: id } });
  });
  return { id };
}
