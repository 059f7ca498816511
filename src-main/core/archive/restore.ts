import {
  type AppEvent,
  type ArchiveDropped,
  type ArchiveImportReport,
  RECORD_KINDS,
  RECORD_SCHEMAS,
  type RecordKind,
  brokenTextIssues,
} from '../../contract';
import { type CoreContext, isoNow, writeTransaction } from '../context';
import { CoreError } from '../errors';
import type { OpenedArchive } from './read';
import { TABLES, insertSql, recordToRow } from './tables';

// Restoring a workshop file item by item: each record is checked against its
// schema, gets a new id, and keeps its links to the other records of the file.
// What cannot be taken is left out with a reason; all of it is one transaction.

type Row = Record<string, unknown>;

interface Ref {
  field: string;
  to: RecordKind | ((record: Row) => RecordKind | null);
  /** Without its parent the record is left out; other links are cut (or, for loose ones, point nowhere). */
  parent?: boolean;
  /** A link that may point at a record that is gone (e.g. a measure's origin): it keeps pointing nowhere. */
  loose?: boolean;
  /** The target must belong to the same phase, workshop or diagram as the record (see SCOPE). */
  same?: boolean;
}

const wid: Ref = { field: 'workshopId', to: 'workshops', parent: true };
const ORIGIN_KIND: Record<string, RecordKind> = { marker: 'markers', step: 'steps', stakeholder: 'stakeholders', note: 'phases', card: 'cards' };

const REFS: { [K in RecordKind]: Ref[] } = {
  organisations: [],
  workshops: [{ field: 'organisationId', to: 'organisations', parent: true }, { field: 'followsWorkshopId', to: 'workshops' }],
  phases: [wid],
  clusters: [{ field: 'phaseId', to: 'phases', parent: true }],
  cards: [wid, { field: 'phaseId', to: 'phases', parent: true }, { field: 'clusterId', to: 'clusters', same: true }],
  votes: [{ field: 'phaseId', to: 'phases', parent: true }, { field: 'chosenId', to: (r) => (r.target === 'cards' ? 'cards' : 'clusters'), same: true }],
  selfChecks: [wid],
  stakeholders: [wid],
  relations: [wid, { field: 'sourceId', to: 'stakeholders', parent: true, same: true }, { field: 'targetId', to: 'stakeholders', parent: true, same: true }],
  diagrams: [wid],
  lanes: [{ field: 'diagramId', to: 'diagrams', parent: true }],
  steps: [{ field: 'diagramId', to: 'diagrams', parent: true }, { field: 'laneId', to: 'lanes', parent: true, same: true }, { field: 'originId', to: 'steps' }],
  edges: [
    { field: 'diagramId', to: 'diagrams', parent: true },
    { field: 'sourceId', to: 'steps', parent: true, same: true },
    { field: 'targetId', to: 'steps', parent: true, same: true },
  ],
  markers: [{ field: 'stepId', to: 'steps', parent: true }],
  measures: [wid, { field: 'originId', to: (r) => ORIGIN_KIND[r.originKind as string] ?? null, loose: true }],
  history: [{ field: 'measureId', to: 'measures', parent: true }, { field: 'workshopId', to: 'workshops' }],
  // An answer or a row stays in its phase's workshop; the measure made from it must be of the same workshop.
  checklist: [wid, { field: 'phaseId', to: 'phases', parent: true, same: true }, { field: 'measureId', to: 'measures', same: true }],
  dataMap: [wid, { field: 'phaseId', to: 'phases', parent: true, same: true }, { field: 'measureId', to: 'measures', same: true }],
};

/**
 * What a record belongs to, by the field that names it: links marked `same`
 * must stay inside it (a card's group in the card's phase, an arrow between
 * steps of its own diagram), or a hand-made file could tie workshops together.
 */
const SCOPE: Partial<Record<RecordKind, string>> = {
  clusters: 'phaseId',
  cards: 'phaseId',
  votes: 'phaseId',
  stakeholders: 'workshopId',
  relations: 'workshopId',
  lanes: 'diagramId',
  steps: 'diagramId',
  edges: 'diagramId',
  checklist: 'workshopId',
  dataMap: 'workshopId',
  // What checklist answers and data map rows point at: their phase and measure are of their workshop.
  phases: 'workshopId',
  measures: 'workshopId',
};

/** What makes a record unique in its table: its id, or for the two without one, their key. */
function keyOf(kind: RecordKind, record: Row): string {
  if (kind === 'votes') return record.phaseId as string;
  if (kind === 'selfChecks') return `${record.workshopId as string}\u0000${record.dimension as string}`;
  return record.id as string;
}
const hasId = (kind: RecordKind): boolean => kind !== 'votes' && kind !== 'selfChecks';

const MAX_LISTED = 200;

class Restore {
  readonly dropped: ArchiveDropped[] = [];
  droppedCount = 0;
  /** Checked records by kind, with their place in the file. */
  readonly valid = new Map<RecordKind, { index: number; record: Row }[]>();
  /** Old id → new id of every checked record (links between steps use these). */
  readonly assigned = new Map<RecordKind, Map<string, string>>();
  /** Old key → new id of every record written so far. */
  readonly written = new Map<RecordKind, Map<string, string>>();
  readonly phaseWorkshop = new Map<string, string>();
  /** New id → the new id of what it belongs to (see SCOPE). */
  readonly scopeOf = new Map<string, string>();

  constructor(private readonly ctx: CoreContext) {
    for (const kind of RECORD_KINDS) {
      this.assigned.set(kind, new Map());
      this.written.set(kind, new Map());
    }
  }

  drop(kind: RecordKind, index: number, reasonKey: string, params?: Record<string, string | number>): void {
    this.droppedCount++;
    if (this.dropped.length < MAX_LISTED) this.dropped.push({ kind, index: index + 1, reasonKey, ...(params ? { params } : {}) });
  }

  /** Checks every record against its schema and drops duplicates; nothing is written yet. */
  check(records: OpenedArchive['records']): void {
    for (const kind of RECORD_KINDS) {
      const schema = RECORD_SCHEMAS[kind];
      const list: { index: number; record: Row }[] = [];
      const assigned = this.assigned.get(kind)!;
      const seen = new Set<string>();
      records[kind].forEach((raw, index) => {
        // The API refuses half a character (a lone surrogate); so does the file, which JSON escapes could carry one in.
        const broken = brokenTextIssues(raw)[0];
        if (broken) return this.drop(kind, index, 'archive.dropped.brokenText', { field: broken.field || '–' });
        const parsed = schema.safeParse(raw);
        if (!parsed.success) {
          const field = parsed.error.issues[0]?.path.join('.') ?? '';
          return this.drop(kind, index, 'archive.dropped.invalid', { field: field || '–' });
        }
        const record = parsed.data as Row;
        const key = keyOf(kind, record);
        if (seen.has(key)) return this.drop(kind, index, 'archive.dropped.duplicate');
        seen.add(key);
        if (hasId(kind)) assigned.set(key, this.ctx.newId());
        list.push({ index, record });
      });
      this.valid.set(kind, list);
    }
  }

  /** The record with its links pointing at the new ids; null (with a reason) when a parent is missing. */
  private relink(kind: RecordKind, index: number, record: Row): Row | null {
    const out: Row = { ...record };
    if (hasId(kind)) out.id = this.assigned.get(kind)!.get(record.id as string);
    for (const ref of REFS[kind]) {
      const old = record[ref.field];
      if (old === null || old === undefined) continue;
      const target = typeof ref.to === 'function' ? ref.to(record) : ref.to;
      // Steps copied from an Ist step keep that link even if the Ist step comes later in the file.
      const map = ref.field === 'originId' && kind === 'steps' ? this.assigned.get('steps')! : target ? this.written.get(target)! : undefined;
      const now = map?.get(old as string);
      const outside = now !== undefined && ref.same === true && this.scopeOf.get(now) !== out[SCOPE[kind]!];
      if (outside && ref.parent) {
        this.drop(kind, index, 'archive.dropped.conflict');
        return null;
      }
      if (outside) out[ref.field] = null;
      else if (now !== undefined) out[ref.field] = now;
      else if (ref.parent) {
        this.drop(kind, index, 'archive.dropped.parentMissing', { field: ref.field });
        return null;
      } else out[ref.field] = ref.loose ? this.ctx.newId() : null;
    }
    return out;
  }

  /** Writes the checked records, parents first; a record the database refuses is left out, not the file. */
  write(): void {
    const now = isoNow(this.ctx);
    for (const kind of RECORD_KINDS) {
      const spec = TABLES[kind];
      const written = this.written.get(kind)!;
      for (const { index, record } of this.valid.get(kind)!) {
        const linked = this.relink(kind, index, record);
        if (!linked) continue;
        const row = recordToRow(spec, linked, { now, phaseWorkshop: this.phaseWorkshop.get(record.phaseId as string) });
        try {
          this.ctx.sql(insertSql(spec, Object.keys(row))).run(row);
        } catch (error) {
          if (!isConstraintError(error)) throw error;
          this.drop(kind, index, 'archive.dropped.conflict');
          continue;
        }
        written.set(keyOf(kind, record), hasId(kind) ? (linked.id as string) : keyOf(kind, linked));
        if (kind === 'phases') this.phaseWorkshop.set(record.id as string, linked.workshopId as string);
        const scope = SCOPE[kind];
        if (scope && hasId(kind)) this.scopeOf.set(linked.id as string, linked[scope] as string);
      }
    }
  }

  taken(): Partial<Record<RecordKind, number>> {
    const taken: Partial<Record<RecordKind, number>> = {};
    for (const kind of RECORD_KINDS) taken[kind] = this.written.get(kind)!.size;
    return taken;
  }
}

function isConstraintError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT');
}

/**
 * Writes an opened workshop file as a new club (a workshop file brings its
 * club along, and importing twice gives two copies). One transaction: a crash
 * or a refusal leaves nothing behind.
 */
export function restoreArchive(ctx: CoreContext, archive: OpenedArchive): ArchiveImportReport {
  const restore = new Restore(ctx);
  restore.check(archive.records);
  const clubs = restore.valid.get('organisations')!;
  if (clubs.length !== 1) throw new CoreError('validation', 'errors.archive.noClub');
  return writeTransaction(ctx, (events: AppEvent[]) => {
    restore.write();
    const organisationId = restore.written.get('organisations')!.values().next().value;
    if (organisationId === undefined) throw new CoreError('validation', 'errors.archive.noClub');
    const workshopIds = [...restore.written.get('workshops')!.values()];
    const titles = new Map(restore.valid.get('workshops')!.map(({ record }) => [restore.assigned.get('workshops')!.get(record.id as string), record.title as string]));
    events.push({ name: 'organisations.changed', payload: { organisationId } });
    for (const id of workshopIds) events.push({ name: 'workshops.changed', payload: { workshopId: id, organisationId } });
    return {
      kind: archive.manifest.kind,
      organisationId,
      organisationName: clubs[0]!.record.name as string,
      workshops: workshopIds.map((id) => ({ id, title: titles.get(id) ?? '' })),
      taken: restore.taken(),
      dropped: restore.dropped,
      droppedCount: restore.droppedCount,
    };
  });
}
