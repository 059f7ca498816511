import { type ArchiveImportReport, RECORD_KINDS } from '../../../src-main/contract';
import { DAY_WORKSHOP_TEMPLATE_ID, exportFile } from '../../../src-main/core';
import { collectPayload, openArchive, restoreArchive } from '../../../src-main/core/archive';
import type { TestWorkspace } from '../../helpers/workspace';

/** The workshop file of one workshop, made the way the app makes it. */
export async function exportWorkshop(tw: TestWorkspace, workshopId: string): Promise<Uint8Array> {
  const result = await exportFile(tw.workspace, 'workshop.vwerkstatt', { workshopId });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value.bytes;
}

export async function exportClub(tw: TestWorkspace, organisationId: string): Promise<Uint8Array> {
  const result = await exportFile(tw.workspace, 'club.vwerkstatt', { organisationId });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value.bytes;
}

/** Imports through the core without the backup step (the API's handler adds it). */
export function importBytes(tw: TestWorkspace, bytes: Uint8Array): ArchiveImportReport {
  return restoreArchive(tw.workspace.context, openArchive(bytes));
}

/**
 * A workshop file's content with ids replaced by their order of first
 * appearance and times left out: two files with the same content and the
 * same links compare equal, whatever their ids.
 */
export function normalisedContent(tw: TestWorkspace, workshopIds: string[]): unknown {
  const payload = collectPayload(tw.workspace.context, workshopIds);
  const ids = new Map<string, string>();
  const label = (value: string): string => {
    if (!ids.has(value)) ids.set(value, `#${ids.size + 1}`);
    return ids.get(value)!;
  };
  const idFields = /^(id|.*Id)$/;
  const timeFields = /^(createdAt|updatedAt|notesUpdatedAt)$/;
  const out: Record<string, unknown[]> = {};
  for (const kind of RECORD_KINDS) {
    out[kind] = payload[kind].map((record) =>
      Object.fromEntries(
        Object.entries(record)
          .filter(([field]) => !timeFields.test(field))
          .map(([field, value]) => [field, idFields.test(field) && typeof value === 'string' ? label(value) : value]),
      ),
    );
  }
  return out;
}

/** Rows in every table: before and after a refused import they must be the same. */
export function tableCounts(tw: TestWorkspace): Record<string, number> {
  const db = tw.workspace.connection!;
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
  const sql = tables.map((t) => `SELECT '${t.name}' AS name, COUNT(*) AS n FROM "${t.name}"`).join(' UNION ALL ');
  return Object.fromEntries((db.prepare(sql).all() as { name: string; n: number }[]).map((r) => [r.name, r.n]));
}

/** A small club with one of nearly everything a workshop holds: quick to import many times over. */
export async function smallClub(tw: TestWorkspace): Promise<string> {
  const club = await tw.call<{ id: string }>('organisations.create', { name: 'Kleiner Verein e.V.' });
  const w = await tw.call<{ id: string; phases: { id: string; kind: string }[] }>('workshops.create', { organisationId: club.id, templateId: DAY_WORKSHOP_TEMPLATE_ID, title: 'Kurzer Tag' });
  await tw.call('phases.saveNote', { phaseId: w.phases[0]!.id, text: 'Notiz' });
  const voting = w.phases.find((p) => p.kind === 'voting')!;
  const cards = [];
  for (const text of ['Eins', 'Zwei', 'Drei']) cards.push(await tw.call<{ id: string }>('cards.add', { phaseId: voting.id, text }));
  await tw.call('clusters.add', { phaseId: voting.id, name: 'Gruppe', cardIds: [cards[0]!.id] });
  await tw.call('votes.start', { phaseId: voting.id, target: 'cards', dotsPerPerson: 3, participants: 5 });
  await tw.call('votes.set', { phaseId: voting.id, targetId: cards[1]!.id, count: 2 });
  await tw.call('selfcheck.set', { workshopId: w.id, dimension: 'tools', agreed: 3, note: 'ok' });
  const a = await tw.call<{ id: string }>('stakeholders.create', { workshopId: w.id, name: 'Vorstand' });
  const b = await tw.call<{ id: string }>('stakeholders.create', { workshopId: w.id, name: 'Jugend' });
  await tw.call('relations.create', { sourceId: a.id, targetId: b.id });
  const d = await tw.call<{ id: string; lanes: { id: string }[] }>('process.create', { workshopId: w.id, variant: 'ist', laneNames: ['Vorstand'] });
  const s1 = await tw.call<{ step: { id: string } }>('process.steps.add', { diagramId: d.id, laneId: d.lanes[0]!.id, label: 'Start' });
  await tw.call('process.steps.add', { diagramId: d.id, laneId: d.lanes[0]!.id, label: 'Weiter', after: s1.step.id });
  const marker = await tw.call<{ id: string }>('process.markers.add', { stepId: s1.step.id, kind: 'pain', text: 'Hakt', severity: 2 });
  const m = await tw.call<{ id: string }>('measures.create', { workshopId: w.id, title: 'Anpacken', origin: { kind: 'marker', id: marker.id } });
  await tw.call('measures.followUp', { id: m.id, date: '2026-05-01', status: 'in_progress', note: 'läuft' });
  return club.id;
}
