import { type CoreContext, isoNow } from '../context';
import { settleTimer } from '../live/timers';

// A phase removed in the agenda editor takes its cards, groups, dots, timer,
// checklist answers and data map rows out of the workshop. They are kept here, so that undo (which puts the
// phase back with its id) brings them back too. After a week they go: by
// then no editor's undo can reach them.

/** The tables that hold a phase's results, in the order they are put back (groups before the cards in them). */
const RESULT_TABLES = ['card_clusters', 'cards', 'vote_sessions', 'phase_timers', 'checklist_answers', 'data_map_rows'] as const;
type ResultTable = (typeof RESULT_TABLES)[number];
type Row = Record<string, unknown>;
type Results = Partial<Record<ResultTable, Row[]>>;

const KEEP_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Keeps what a phase holds before it is deleted; a phase without results
 * leaves nothing behind. A running timer is kept paused: it does not count on
 * while the phase is gone. Says whether anything was kept.
 */
export function keepResults(ctx: CoreContext, workshopId: string, phaseId: string): boolean {
  settleTimer(ctx, phaseId);
  const results: Results = {};
  for (const table of RESULT_TABLES) {
    const rows = ctx.sql(`SELECT * FROM ${table} WHERE phase_id = ?`).all(phaseId) as Row[];
    if (rows.length > 0) results[table] = rows;
  }
  if (Object.keys(results).length === 0) return false;
  ctx
    .sql('INSERT OR REPLACE INTO removed_phase_results (phase_id, workshop_id, results, removed_at) VALUES (?, ?, ?, ?)')
    .run(phaseId, workshopId, JSON.stringify(results), isoNow(ctx));
  return true;
}

/** Whether another workshop keeps results under this phase id (an id a phase of this workshop must not take). */
export const keptElsewhere = (ctx: CoreContext, workshopId: string, phaseId: string): boolean =>
  ctx.sql('SELECT 1 FROM removed_phase_results WHERE phase_id = ? AND workshop_id <> ?').get(phaseId, workshopId) !== undefined;

function readResults(text: string): Results {
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' ? parsed : {};
  } catch {
    return {};
  }
}

const columnsOf = (ctx: CoreContext, table: ResultTable): Set<string> =>
  new Set((ctx.sql(`SELECT name FROM pragma_table_info('${table}')`).all() as { name: string }[]).map((c) => c.name));

/** One kept row put back; a card whose group did not come back comes back ungrouped. */
function putBack(ctx: CoreContext, table: ResultTable, columns: Set<string>, row: unknown): void {
  if (!row || typeof row !== 'object') return;
  const values: Row = { ...(row as Row) };
  if (table === 'cards' && values.cluster_id && !ctx.sql('SELECT 1 FROM card_clusters WHERE id = ?').get(values.cluster_id)) values.cluster_id = null;
  // A measure made from a checklist item or a data map row may have been deleted while the phase was gone.
  if (values.measure_id && !ctx.sql('SELECT 1 FROM measures WHERE id = ?').get(values.measure_id)) values.measure_id = null;
  const names = Object.keys(values).filter((name) => columns.has(name));
  ctx.sql(`INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`).run(Object.fromEntries(names.map((n) => [n, values[n]])));
}

/**
 * Puts back what a phase held when it was removed, once the phase is back
 * under its old id. A row that no longer fits (the file was changed by hand)
 * is skipped rather than keeping the phase itself from coming back. Says
 * whether anything was put back.
 */
export function restoreResults(ctx: CoreContext, workshopId: string, phaseId: string): boolean {
  const kept = ctx.sql('SELECT results FROM removed_phase_results WHERE phase_id = ? AND workshop_id = ?').get(phaseId, workshopId) as { results: string } | undefined;
  if (!kept) return false;
  ctx.sql('DELETE FROM removed_phase_results WHERE phase_id = ?').run(phaseId);
  const results = readResults(kept.results);
  for (const table of RESULT_TABLES) {
    const columns = columnsOf(ctx, table);
    const rows: unknown = results[table];
    for (const row of Array.isArray(rows) ? (rows as unknown[]) : []) {
      try {
        putBack(ctx, table, columns, row);
      } catch {
        // Skipped, see above.
      }
    }
  }
  return true;
}

/** Forgets what was removed more than a week ago. */
export function forgetOldResults(ctx: CoreContext): void {
  ctx.sql('DELETE FROM removed_phase_results WHERE removed_at < ?').run(new Date(ctx.now().getTime() - KEEP_MS).toISOString());
}
