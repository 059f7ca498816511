import type { MeasureStatus } from '../src-main/contract';
import type { Workspace } from '../src-main/core';
import type { CoreContext } from '../src-main/core/context';
import { createOrganisation } from '../src-main/core/services/organisations';
import { createWorkshop } from '../src-main/core/services/workshops';
import { DAY_WORKSHOP_TEMPLATE_ID, FOLLOW_UP_TEMPLATE_ID } from '../src-main/core/templates/builtin';
import { addDays } from '../src-main/shared/measure-dates';
import { seeded } from './pages/synthetic';

// A club coached over a year (issue 16 benches: club-timeline, progress-report):
// a day workshop and 11 follow-up sessions a month apart (the last one still
// ahead), 300 measures with 1,500 dated progress entries tied to the sessions,
// the chosen topic and a self-check in every session that has happened. Workshops are
// made through the services (real phases); measures and entries go straight
// into SQLite so that building the club stays quick.

export const HISTORY_SESSIONS = 12;
export const HISTORY_MEASURES = 300;
export const HISTORY_ENTRIES_PER_MEASURE = 5;
export const HISTORY_ENTRIES = HISTORY_MEASURES * HISTORY_ENTRIES_PER_MEASURE;
/** The first session's day; each next one 30 days later. */
export const HISTORY_FIRST_DAY = '2025-01-15';
/** "Today" for the benches: after the 11th session, before the 12th. */
export const HISTORY_TODAY = '2025-12-01';

const PATHS: MeasureStatus[][] = [
  ['in_progress', 'in_progress', 'in_progress', 'done', 'done'],
  ['open', 'in_progress', 'blocked', 'in_progress', 'done'],
  ['in_progress', 'blocked', 'blocked', 'blocked', 'blocked'],
  ['open', 'open', 'in_progress', 'in_progress', 'dropped'],
  ['open', 'in_progress', 'in_progress', 'in_progress', 'in_progress'],
  ['open', 'open', 'open', 'open', 'open'],
];
const OWNERS = ['Jörg Weber', 'Ayşe Demir', 'Marlene Groß', 'Vorstand', 'Jugendabteilung', ''];
const NOTES = ['Angefangen, erste Liste steht', 'Mit dem Vorstand besprochen', 'Wartet auf Rückmeldung der Stadt', 'Ein Treffen ist vereinbart', 'Fertig und vorgestellt'];

/** The session a measure's n-th entry belongs to: the sessions after its own, one by one; null once the sessions run out. */
function entrySession(born: number, n: number, past: number): number | null {
  const at = born + 1 + n * 2;
  return at < past ? at : null;
}

function insertMeasures(ctx: CoreContext, sessionIds: string[], days: string[]): void {
  const random = seeded(20261130);
  const past = days.filter((d) => d <= HISTORY_TODAY).length;
  const measure = ctx.db.prepare(
    `INSERT INTO measures (id, workshop_id, title, owner, first_step, due_date, priority, status, blocked_reason, dropped_reason, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const entry = ctx.db.prepare(
    'INSERT INTO measure_history (id, measure_id, date, status, previous_status, note, created_at, workshop_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (let i = 0; i < HISTORY_MEASURES; i++) {
    // A third in the day workshop, the rest spread over the follow-ups that have happened.
    const born = i < HISTORY_MEASURES / 3 ? 0 : 1 + (i % (past - 1));
    const path = PATHS[Math.floor(random() * PATHS.length)]!;
    const status = path.at(-1)!;
    const id = ctx.newId();
    const due = addDays(days[born]!, 30 + Math.floor(random() * 150));
    const stamp = `${days[born]}T18:00:00.000Z`;
    measure.run(id, sessionIds[born], `Maßnahme ${i + 1}: ${['Mitgliederliste', 'Cloud-Ordner', 'Übergabemappe', 'Newsletter', 'Datenschutz-Check'][i % 5]}`,
      OWNERS[i % OWNERS.length], 'Erster Schritt klären', due, (['high', 'medium', 'low'] as const)[i % 3], status,
      status === 'blocked' ? 'Es fehlt das Geld' : '', status === 'dropped' ? 'Die Gruppe hat sich anders entschieden' : '', stamp, stamp);
    let previous: MeasureStatus = 'open';
    path.forEach((next, n) => {
      const session = entrySession(born, n, past);
      const date = session === null ? addDays(days[born]!, 10 * (n + 1)) : days[session]!;
      entry.run(ctx.newId(), id, date, next, previous, NOTES[n]!, `${date}T19:00:00.000Z`, session === null ? null : sessionIds[session]);
      previous = next;
    });
  }
}

/** The topic vote of the day workshop: three cards, the first one chosen. */
function chooseTopic(ctx: CoreContext, workshopId: string): void {
  const phase = ctx.sql("SELECT id FROM workshop_phases WHERE workshop_id = ? AND kind = 'voting' ORDER BY position LIMIT 1").get(workshopId) as { id: string } | undefined;
  if (!phase) return;
  const card = ctx.db.prepare(
    `INSERT INTO cards (id, workshop_id, phase_id, text, color, position, votes, created_at, updated_at) VALUES (?, ?, ?, ?, 'yellow', ?, ?, '2025-01-15', '2025-01-15')`,
  );
  const ids = ['Wissen dokumentieren', 'Mehr Junge gewinnen', 'Digitale Kasse'].map((text, i) => {
    const id = ctx.newId();
    card.run(id, workshopId, phase.id, text, i, 9 - i * 3);
    return id;
  });
  ctx.db
    .prepare("INSERT INTO vote_sessions (phase_id, target, dots_per_person, participants, ballots, chosen_id, created_at) VALUES (?, 'cards', 3, 11, 0, ?, '2025-01-15')")
    .run(phase.id, ids[0]);
}

function selfChecks(ctx: CoreContext, sessionIds: string[]): void {
  const insert = ctx.db.prepare("INSERT INTO selfcheck_entries (workshop_id, dimension, agreed, note, ratings, updated_at) VALUES (?, ?, ?, '', '[]', '2025-01-15')");
  const dims = ['communication', 'collaboration', 'members', 'knowledge', 'privacy', 'publicity', 'finances', 'tools'];
  // Every session that has happened repeats the self-check; the values climb slowly.
  sessionIds.slice(0, -1).forEach((id, s) => dims.forEach((d, i) => insert.run(id, d, Math.min(5, 1 + Math.floor((i + s) / 4) % 5))));
}

/**
 * Makes the coached club in this context (its database must be open) and
 * returns its id. Use a clock at HISTORY_TODAY to see the last session ahead.
 */
export function createSyntheticClubHistory(ctx: CoreContext, name = 'Turn- und Sportverein Beispielstadt 1898 e. V.'): string {
  const club = createOrganisation(ctx, { name, legalForm: 'ev', field: 'Sport', members: 840, volunteers: 60, staff: 2, contact: '', notes: '' });
  const days = Array.from({ length: HISTORY_SESSIONS }, (_v, i) => addDays(HISTORY_FIRST_DAY, i * 30));
  const sessionIds = days.map((date, i) => {
    const w = createWorkshop(ctx, {
      organisationId: club.id,
      templateId: i === 0 ? DAY_WORKSHOP_TEMPLATE_ID : FOLLOW_UP_TEMPLATE_ID,
      title: i === 0 ? 'Workshop-Tag' : `Folgetermin ${i}`,
      date,
      place: 'Vereinsheim',
      coach: 'M. Berger',
      status: date <= HISTORY_TODAY ? 'done' : 'planned',
      participantCount: 12,
    });
    return w.id;
  });
  ctx.db.transaction(() => {
    sessionIds.forEach((id, i) => {
      if (i > 0) ctx.db.prepare('UPDATE workshops SET follows_workshop_id = ? WHERE id = ?').run(sessionIds[i - 1], id);
      if (i === HISTORY_SESSIONS - 2) ctx.db.prepare('UPDATE workshops SET follow_up_date = ? WHERE id = ?').run(days[i + 1], id);
    });
    chooseTopic(ctx, sessionIds[0]!);
    insertMeasures(ctx, sessionIds, days);
    selfChecks(ctx, sessionIds);
  })();
  return club.id;
}

/** The same club in an open workspace (the progress-report bench's way in). */
export function buildClubHistory(workspace: Workspace, _api?: unknown): Promise<{ organisationId: string }> {
  return Promise.resolve({ organisationId: createSyntheticClubHistory(workspace.context) });
}
