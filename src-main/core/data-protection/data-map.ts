import type { DataMap, DataMapRow, DataMapRowRecord, LinkedMeasure, MethodParsedInput } from '../../contract';
import { type CoreContext, isoNow, writeTransaction } from '../context';
import { CoreError, notFound } from '../errors';
import { patchStatement } from '../services/patch';
import { dataProtectionChanged, linkedMeasure, phaseOf } from './checklist';

// "Datenlandkarte": the club's data, one row per kind of data: where it is
// kept, who can see it, why the club may use it, whether it needs consent,
// when it is deleted. A deleted row can be put back (undo).

interface Row {
  id: string;
  workshop_id: string;
  phase_id: string;
  position: number;
  data_kind: string;
  storage: string;
  access: string;
  legal_basis: string;
  consent: DataMapRow['consent'];
  deletion: string;
  measure_id: string | null;
  created_at: string;
  updated_at: string;
}

const COLUMNS = { dataKind: 'data_kind', storage: 'storage', access: 'access', legalBasis: 'legal_basis', consent: 'consent', deletion: 'deletion' } as const;

const toRecord = (r: Row): DataMapRowRecord => ({
  id: r.id,
  workshopId: r.workshop_id,
  phaseId: r.phase_id,
  position: r.position,
  dataKind: r.data_kind,
  storage: r.storage,
  access: r.access,
  legalBasis: r.legal_basis,
  consent: r.consent,
  deletion: r.deletion,
  measureId: r.measure_id,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

type Joined = Row & { measure_title: string | null; measure_status: LinkedMeasure['status'] | null };

export function getDataMap(ctx: CoreContext, phaseId: string): DataMap {
  const phase = phaseOf(ctx, phaseId);
  const rows = ctx
    .sql(
      `SELECT r.*, m.title AS measure_title, m.status AS measure_status FROM data_map_rows r
       LEFT JOIN measures m ON m.id = r.measure_id WHERE r.phase_id = ? ORDER BY r.position, r.rowid`,
    )
    .all(phaseId) as Joined[];
  return {
    workshopId: phase.workshopId,
    phaseId,
    rows: rows.map((r) => {
      const { measureId: _m, ...record } = toRecord(r);
      return { ...record, measure: linkedMeasure(r) };
    }),
  };
}

/** A stored row; an unknown id is refused. */
export function dataMapRow(ctx: CoreContext, id: string): DataMapRowRecord {
  const row = ctx.sql('SELECT * FROM data_map_rows WHERE id = ?').get(id) as Row | undefined;
  if (!row) throw notFound('dataMapRow');
  return toRecord(row);
}

function requireDataMapPhase(ctx: CoreContext, phaseId: string) {
  const phase = phaseOf(ctx, phaseId);
  if (phase.kind !== 'datamap') throw notFound('phase');
  return phase;
}

export function addDataMapRow(ctx: CoreContext, input: MethodParsedInput<'dataMap.add'>): DataMap {
  const { phaseId, ...fields } = input;
  writeTransaction(ctx, (events) => {
    const phase = requireDataMapPhase(ctx, phaseId);
    const { next } = ctx.sql('SELECT COALESCE(MAX(position) + 1, 0) AS next FROM data_map_rows WHERE phase_id = ?').get(phaseId) as { next: number };
    const now = isoNow(ctx);
    ctx
      .sql(
        `INSERT INTO data_map_rows (id, workshop_id, phase_id, position, data_kind, storage, access, legal_basis, consent, deletion, created_at, updated_at)
         VALUES (@id, @workshopId, @phaseId, @position, @dataKind, @storage, @access, @legalBasis, @consent, @deletion, @now, @now)`,
      )
      .run({ ...fields, dataKind: fields.dataKind.trim(), id: ctx.newId(), workshopId: phase.workshopId, phaseId, position: next, now });
    events.push(dataProtectionChanged(phase.workshopId, phaseId));
  });
  return getDataMap(ctx, phaseId);
}

export function updateDataMapRow(ctx: CoreContext, input: MethodParsedInput<'dataMap.update'>): DataMap {
  const { id, ...patch } = input;
  const row = writeTransaction(ctx, (events) => {
    const row = dataMapRow(ctx, id);
    const update = patchStatement('data_map_rows', COLUMNS, id, { ...patch, dataKind: patch.dataKind?.trim() }, isoNow(ctx));
    ctx.sql(update.sql).run(update.values);
    events.push(dataProtectionChanged(row.workshopId, row.phaseId));
    return row;
  });
  return getDataMap(ctx, row.phaseId);
}

/** Deletes a row and hands it back, so that undo can put it back. */
export function deleteDataMapRow(ctx: CoreContext, id: string): DataMapRowRecord {
  return writeTransaction(ctx, (events) => {
    const row = dataMapRow(ctx, id);
    ctx.sql('DELETE FROM data_map_rows WHERE id = ?').run(id);
    events.push(dataProtectionChanged(row.workshopId, row.phaseId));
    return row;
  });
}

/** Undo of a delete: the row comes back in its place; a measure deleted meanwhile is no longer linked. */
export function restoreDataMapRow(ctx: CoreContext, input: MethodParsedInput<'dataMap.restore'>): DataMap {
  const row = input.row;
  writeTransaction(ctx, (events) => {
    const phase = requireDataMapPhase(ctx, row.phaseId);
    if (phase.workshopId !== row.workshopId) throw notFound('phase');
    if (ctx.sql('SELECT 1 FROM data_map_rows WHERE id = ?').get(row.id)) throw new CoreError('conflict', 'errors.dataMap.exists');
    const measureOk = row.measureId !== null && ctx.sql('SELECT 1 FROM measures WHERE id = ? AND workshop_id = ?').get(row.measureId, row.workshopId) !== undefined;
    ctx
      .sql(
        `INSERT INTO data_map_rows (id, workshop_id, phase_id, position, data_kind, storage, access, legal_basis, consent, deletion, measure_id, created_at, updated_at)
         VALUES (@id, @workshopId, @phaseId, @position, @dataKind, @storage, @access, @legalBasis, @consent, @deletion, @measureId, @createdAt, @updatedAt)`,
      )
      .run({ ...row, measureId: measureOk ? row.measureId : null, updatedAt: isoNow(ctx) });
    events.push(dataProtectionChanged(row.workshopId, row.phaseId));
  });
  return getDataMap(ctx, row.phaseId);
}
