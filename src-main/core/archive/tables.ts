import type { RecordKind } from '../../contract';

// Where each record of a workshop file lives in the database, and how a row
// becomes a record and back. Columns are the record's fields in snake_case;
// the few that differ (JSON lists, a flag, columns the file does not carry)
// are named here.

type Row = Record<string, unknown>;

export interface FillEnv {
  now: string;
  /** The (new) workshop of the record's (new) phase, for records that keep both. */
  phaseWorkshop: string | undefined;
}

export interface TableSpec {
  table: string;
  /** The rows of the given workshops (a JSON array of ids as the one parameter), in the order they were made. */
  select: string;
  /** Record fields stored as JSON text. */
  json?: readonly string[];
  /** Record fields stored as 0/1. */
  flags?: readonly string[];
  /** Columns the file leaves out: never read into a record. */
  skip?: readonly string[];
  /** Columns the file does not carry but the table needs, filled on import. */
  fill?: (record: Row, env: FillEnv) => Row;
}

const IN_WORKSHOPS = 'IN (SELECT value FROM json_each(?))';

export const TABLES: { [K in RecordKind]: TableSpec } = {
  organisations: {
    table: 'organisations',
    select: `SELECT * FROM organisations WHERE id IN (SELECT organisation_id FROM workshops WHERE id ${IN_WORKSHOPS}) ORDER BY rowid`,
  },
  workshops: {
    table: 'workshops',
    select: `SELECT * FROM workshops WHERE id ${IN_WORKSHOPS} ORDER BY rowid`,
    flags: ['participantsConsent', 'askNames'],
    // Which phase the projector shows is the day's state, not a result.
    skip: ['live_phase_id'],
  },
  phases: {
    table: 'workshop_phases',
    select: `SELECT p.* FROM workshop_phases p JOIN workshops w ON w.id = p.workshop_id WHERE p.workshop_id ${IN_WORKSHOPS} ORDER BY w.rowid, p.position`,
    json: ['prompts', 'materials', 'items'],
  },
  clusters: {
    table: 'card_clusters',
    select: `SELECT * FROM card_clusters WHERE workshop_id ${IN_WORKSHOPS} ORDER BY rowid`,
    skip: ['workshop_id', 'created_at'],
    fill: (_r, env) => ({ workshop_id: env.phaseWorkshop, created_at: env.now }),
  },
  cards: {
    table: 'cards',
    select: `SELECT * FROM cards WHERE workshop_id ${IN_WORKSHOPS} ORDER BY rowid`,
    skip: ['updated_at'],
    // A card lives in its phase's workshop, whatever the file says.
    fill: (r, env) => ({ workshop_id: env.phaseWorkshop, updated_at: r.createdAt }),
  },
  votes: {
    table: 'vote_sessions',
    select: `SELECT v.* FROM vote_sessions v JOIN workshop_phases p ON p.id = v.phase_id WHERE p.workshop_id ${IN_WORKSHOPS} ORDER BY v.rowid`,
    skip: ['created_at'],
    fill: (_r, env) => ({ created_at: env.now }),
  },
  selfChecks: {
    table: 'selfcheck_entries',
    select: `SELECT * FROM selfcheck_entries WHERE workshop_id ${IN_WORKSHOPS} ORDER BY rowid`,
    json: ['ratings'],
  },
  stakeholders: { table: 'stakeholders', select: `SELECT * FROM stakeholders WHERE workshop_id ${IN_WORKSHOPS} ORDER BY rowid` },
  relations: {
    table: 'stakeholder_relations',
    select: `SELECT * FROM stakeholder_relations WHERE workshop_id ${IN_WORKSHOPS} ORDER BY rowid`,
  },
  diagrams: { table: 'process_diagrams', select: `SELECT * FROM process_diagrams WHERE workshop_id ${IN_WORKSHOPS} ORDER BY rowid` },
  lanes: {
    table: 'process_lanes',
    select: `SELECT l.* FROM process_lanes l JOIN process_diagrams d ON d.id = l.diagram_id WHERE d.workshop_id ${IN_WORKSHOPS} ORDER BY l.rowid`,
  },
  steps: {
    table: 'process_steps',
    select: `SELECT s.* FROM process_steps s JOIN process_diagrams d ON d.id = s.diagram_id WHERE d.workshop_id ${IN_WORKSHOPS} ORDER BY s.rowid`,
  },
  edges: {
    table: 'process_edges',
    select: `SELECT e.* FROM process_edges e JOIN process_diagrams d ON d.id = e.diagram_id WHERE d.workshop_id ${IN_WORKSHOPS} ORDER BY e.rowid`,
  },
  markers: {
    table: 'process_markers',
    select: `SELECT m.* FROM process_markers m JOIN process_steps s ON s.id = m.step_id JOIN process_diagrams d ON d.id = s.diagram_id
      WHERE d.workshop_id ${IN_WORKSHOPS} ORDER BY m.rowid`,
  },
  measures: { table: 'measures', select: `SELECT * FROM measures WHERE workshop_id ${IN_WORKSHOPS} ORDER BY rowid` },
  history: {
    table: 'measure_history',
    select: `SELECT h.* FROM measure_history h JOIN measures m ON m.id = h.measure_id WHERE m.workshop_id ${IN_WORKSHOPS} ORDER BY h.rowid`,
  },
  checklist: { table: 'checklist_answers', select: `SELECT * FROM checklist_answers WHERE workshop_id ${IN_WORKSHOPS} ORDER BY rowid` },
  dataMap: { table: 'data_map_rows', select: `SELECT * FROM data_map_rows WHERE workshop_id ${IN_WORKSHOPS} ORDER BY rowid` },
};

const camel = (column: string): string => column.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
const snake = (field: string): string => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** A database row as the record the file carries. */
export function rowToRecord(spec: TableSpec, row: Row): Row {
  const record: Row = {};
  for (const [column, value] of Object.entries(row)) {
    if (spec.skip?.includes(column)) continue;
    const field = camel(column);
    if (spec.json?.includes(field)) record[field] = JSON.parse(value as string) as unknown;
    else if (spec.flags?.includes(field)) record[field] = value === 1;
    else record[field] = value;
  }
  return record;
}

/** A checked record as the row to insert: every column with its value. */
export function recordToRow(spec: TableSpec, record: Row, env: FillEnv): Row {
  const row: Row = {};
  for (const [field, value] of Object.entries(record)) {
    if (spec.json?.includes(field)) row[snake(field)] = JSON.stringify(value);
    else if (spec.flags?.includes(field)) row[snake(field)] = value ? 1 : 0;
    else row[snake(field)] = value;
  }
  return spec.fill ? { ...row, ...spec.fill(record, env) } : row;
}

/** The INSERT for a row with these columns (named parameters). */
export function insertSql(spec: TableSpec, columns: readonly string[]): string {
  return `INSERT INTO ${spec.table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`;
}
