import type { Language, MethodParsedInput, WorkshopDetail } from '../../contract';
import { type CoreContext, writeTransaction } from '../context';
import { CoreError, notFound } from '../errors';
import { FOLLOW_UP_TEMPLATE_ID } from '../templates/builtin';
import { createWorkshop, getWorkshop } from './workshops';

// Coaching over months: a follow-up session is an ordinary workshop that
// knows which earlier workshop it follows. The club's measures are not
// copied into it; its Rückblick and action plan read them where they are.

interface EarlierRow {
  id: string;
  organisation_id: string;
  follow_up_date: string | null;
  language: Language;
}

/** The club's latest workshop: by date (undated ones by the day they were made), then the one made last. */
function latestWorkshop(ctx: CoreContext, organisationId: string): EarlierRow | undefined {
  return ctx
    .sql(
      `SELECT id, organisation_id, follow_up_date, language FROM workshops WHERE organisation_id = ?
       ORDER BY COALESCE(date, substr(created_at, 1, 10)) DESC, created_at DESC, rowid DESC LIMIT 1`,
    )
    .get(organisationId) as EarlierRow | undefined;
}

/** "Folgetermin anlegen": a planned session from the follow-up template, linked to the workshop it follows. */
export function createFollowUp(ctx: CoreContext, input: MethodParsedInput<'workshops.createFollowUp'>): WorkshopDetail {
  const id = writeTransaction(ctx, (events) => {
    if (!ctx.sql('SELECT 1 FROM organisations WHERE id = ?').get(input.organisationId)) throw notFound('organisation');
    const earlier = input.followsWorkshopId
      ? (ctx.sql('SELECT id, organisation_id, follow_up_date, language FROM workshops WHERE id = ?').get(input.followsWorkshopId) as EarlierRow | undefined)
      : latestWorkshop(ctx, input.organisationId);
    if (input.followsWorkshopId && !earlier) throw notFound('workshop');
    if (earlier && earlier.organisation_id !== input.organisationId) throw new CoreError('validation', 'errors.actions.otherClub');
    const created = createWorkshop(ctx, {
      organisationId: input.organisationId,
      templateId: input.templateId ?? FOLLOW_UP_TEMPLATE_ID,
      title: input.title,
      date: earlier?.follow_up_date ?? null,
      place: '',
      coach: '',
      status: 'planned',
      participantCount: null,
      // The club's sessions keep one language: the earlier workshop's, else the UI's.
      language: earlier?.language,
    });
    ctx.sql('UPDATE workshops SET follows_workshop_id = ? WHERE id = ?').run(earlier?.id ?? null, created.id);
    events.push({ name: 'workshops.changed', payload: { workshopId: created.id, organisationId: input.organisationId } });
    return created.id;
  });
  return getWorkshop(ctx, id);
}
