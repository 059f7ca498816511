import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  ActionPlan,
  ClubOpenMeasures,
  Measure,
  MeasureSnapshot,
  ProcessDiagram,
  Stakeholder,
  WorkshopDetail,
} from '../../../src-main/contract';
import { DAY_WORKSHOP_TEMPLATE_ID } from '../../../src-main/core';
import { snapshot } from '../../helpers/snapshot';
import { type TestWorkspace, createTestWorkspace } from '../../helpers/workspace';

// A clock the test can move: "a month later" is one assignment away.
let clock = Date.UTC(2026, 2, 14, 11);
let tw: TestWorkspace;
let clubId: string;
let workshop: WorkshopDetail;

beforeEach(async () => {
  clock = Date.UTC(2026, 2, 14, 11);
  tw = createTestWorkspace({ now: () => new Date((clock += 1000)) });
  clubId = (await tw.call<{ id: string }>('organisations.create', { name: 'TSV Musterstadt' })).id;
  workshop = await tw.call<WorkshopDetail>('workshops.create', { organisationId: clubId, templateId: DAY_WORKSHOP_TEMPLATE_ID, title: 'Tag' });
});
afterEach(() => tw.cleanup());

const add = (fields: Record<string, unknown>, workshopId = workshop.id) => tw.call<Measure>('measures.create', { workshopId, ...fields });
const plan = (workshopId = workshop.id) => tw.call<ActionPlan>('measures.list', { workshopId });

async function refused(method: string, input: unknown): Promise<string> {
  const before = snapshot(tw.workspace.connection!);
  const result = await tw.api.invoke(method, input);
  expect(result.ok, `${method} should be refused`).toBe(false);
  expect(snapshot(tw.workspace.connection!)).toEqual(before);
  return result.ok ? '' : result.error.messageKey;
}

async function istWithPainPoint(): Promise<{ diagram: ProcessDiagram; stepId: string; markerId: string }> {
  const diagram = await tw.call<ProcessDiagram>('process.create', { workshopId: workshop.id, variant: 'ist', laneNames: ['Vorstand', 'Geschäftsstelle'] });
  const { step } = await tw.call<{ step: { id: string } }>('process.steps.add', { diagramId: diagram.id, laneId: diagram.lanes[1]!.id, kind: 'step', label: 'Führungszeugnis anfordern' });
  const marker = await tw.call<{ id: string }>('process.markers.add', { stepId: step.id, kind: 'pain', text: 'Erinnerungen manuell, oft vergessen', severity: 3 });
  return { diagram, stepId: step.id, markerId: marker.id };
}

describe('measures', () => {
  it('are created with defaults, changed field by field and listed in creation order', async () => {
    const a = await add({ title: '  Schlüsselliste anlegen ', owner: 'Abteilungsleitung Fußball', dueDate: '2026-04-15' });
    expect(a).toMatchObject({ title: 'Schlüsselliste anlegen', status: 'open', priority: 'medium', effort: null, origin: null, overdue: false, history: [] });
    const b = await add({ title: 'Kosten klären', startDate: '2026-03-20', dueDate: '2026-04-30', priority: 'high', effort: 'small' });
    const changed = await tw.call<Measure>('measures.update', { id: b.id, firstStep: 'Budget 2026 prüfen', goal: 'Budget steht' });
    expect(changed).toMatchObject({ firstStep: 'Budget 2026 prüfen', goal: 'Budget steht', priority: 'high', startDate: '2026-03-20' });
    expect((await plan()).measures.map((m) => m.title)).toEqual(['Schlüsselliste anlegen', 'Kosten klären']);
    expect(tw.events.filter((e) => e.name === 'measures.changed').at(-1)?.payload).toEqual({ workshopId: workshop.id, organisationId: clubId });
  });

  it('suggest owners already used in the club, stakeholders and process roles', async () => {
    await add({ title: 'A', owner: 'Jugendwart:in' });
    await add({ title: 'B', owner: 'jugendwart:in' });
    await tw.call('stakeholders.create', { workshopId: workshop.id, name: 'Kassenwart:in' });
    await tw.call('process.create', { workshopId: workshop.id, variant: 'ist', laneNames: ['Vorstand'] });
    const other = await tw.call<WorkshopDetail>('workshops.create', { organisationId: clubId, templateId: DAY_WORKSHOP_TEMPLATE_ID, title: 'Folgetermin' });
    expect((await plan(other.id)).owners).toEqual(['Jugendwart:in']);
    expect((await plan()).owners).toEqual(['Jugendwart:in', 'Kassenwart:in', 'Vorstand']);
  });

  it('refuse a missing title, a due date before the start, an unknown status or origin, and write nothing', async () => {
    const m = await add({ title: 'Checkliste', startDate: '2026-04-01' });
    expect(await refused('measures.create', { workshopId: workshop.id, title: '   ' })).toBe('errors.validation.required');
    expect(await refused('measures.create', { workshopId: workshop.id, title: 'X', startDate: '2026-05-01', dueDate: '2026-04-01' })).toBe('errors.actions.dueBeforeStart');
    expect(await refused('measures.update', { id: m.id, dueDate: '2026-03-31' })).toBe('errors.actions.dueBeforeStart');
    expect(await refused('measures.create', { workshopId: workshop.id, title: 'X', status: 'vielleicht' })).toBe('errors.validation.invalidChoice');
    expect(await refused('measures.create', { workshopId: workshop.id, title: 'X', dueDate: '31.04.2026' })).toBe('errors.validation.date');
    expect(await refused('measures.create', { workshopId: workshop.id, title: 'X', origin: { kind: 'marker', id: 'nope' } })).toBe('errors.notFound.origin');
    expect(await refused('measures.create', { workshopId: workshop.id, title: 'X', origin: { kind: 'planet', id: 'nope' } })).toBe('errors.validation.invalidChoice');
    expect(await refused('measures.create', { workshopId: 'nope', title: 'X' })).toBe('errors.notFound.workshop');
    expect(await refused('measures.create', { workshopId: workshop.id, title: 'x'.repeat(201) })).toBe('errors.validation.tooLong');
    expect(await refused('measures.update', { id: 'nope', title: 'Y' })).toBe('errors.notFound.measure');
    expect(await refused('measures.update', { id: m.id, title: 42 })).toBe('errors.validation.wrongType');
  });

  it('come from a pain point, a step, a stakeholder or a note, and show where that is', async () => {
    const { stepId, markerId } = await istWithPainPoint();
    const person = await tw.call<Stakeholder>('stakeholders.create', { workshopId: workshop.id, name: 'Kassenwart:in' });
    const notes = workshop.phases.find((p) => p.kind === 'actions')!;
    await tw.call('phases.saveNote', { phaseId: notes.id, text: '- Folgetermin in drei Monaten\n- Budget klären' });
    await add({ title: 'Erinnerung automatisieren', origin: { kind: 'marker', id: markerId } });
    await add({ title: 'Online-Formular', origin: { kind: 'step', id: stepId } });
    await add({ title: 'Kosten klären', origin: { kind: 'stakeholder', id: person.id } });
    await add({ title: 'Folgetermin', origin: { kind: 'note', id: notes.id } });
    await add({ title: 'Budget', origin: { kind: 'note', id: notes.id, excerpt: 'Budget klären' } });
    const origins = (await plan()).measures.map((m) => m.origin);
    const ist = workshop.phases.find((p) => p.kind === 'process_current')!.id;
    expect(origins[0]).toMatchObject({ kind: 'marker', label: 'Erinnerungen manuell, oft vergessen', markerKind: 'pain', severity: 3, variant: 'ist', context: 'Führungszeugnis anfordern', exists: true, phaseId: ist });
    expect(origins[1]).toMatchObject({ kind: 'step', label: 'Führungszeugnis anfordern', phaseId: ist });
    expect(origins[2]).toMatchObject({ kind: 'stakeholder', label: 'Kassenwart:in', phaseId: workshop.phases.find((p) => p.kind === 'stakeholders')!.id });
    expect(origins[3]).toMatchObject({ kind: 'note', label: 'Folgetermin in drei Monaten', context: notes.title, phaseId: notes.id });
    expect(origins[4]).toMatchObject({ kind: 'note', label: 'Budget klären' });
  });

  it('refuse an origin from another workshop', async () => {
    const other = await tw.call<WorkshopDetail>('workshops.create', { organisationId: clubId, templateId: DAY_WORKSHOP_TEMPLATE_ID, title: 'Anderer' });
    const person = await tw.call<Stakeholder>('stakeholders.create', { workshopId: other.id, name: 'Vorstand' });
    expect(await refused('measures.create', { workshopId: workshop.id, title: 'X', origin: { kind: 'stakeholder', id: person.id } })).toBe('errors.notFound.origin');
    expect(await refused('measures.create', { workshopId: workshop.id, title: 'X', origin: { kind: 'note', id: other.phases[0]!.id } })).toBe('errors.notFound.origin');
  });

  it('keep their origin’s name when the origin is deleted, and find it again after undo', async () => {
    const { markerId, stepId } = await istWithPainPoint();
    const m = await add({ title: 'Erinnerung automatisieren', origin: { kind: 'marker', id: markerId } });
    await tw.call('process.markers.update', { id: markerId, text: 'Erinnerungen per Hand' });
    expect((await plan()).measures[0]!.origin).toMatchObject({ label: 'Erinnerungen per Hand', exists: true });
    const removed = await tw.call<unknown>('process.steps.delete', { ids: [stepId] });
    const after = (await plan()).measures[0]!;
    expect(after.id).toBe(m.id);
    expect(after.origin).toMatchObject({ kind: 'marker', label: 'Erinnerungen per Hand', exists: false, phaseId: null });
    await tw.call('process.restore', removed);
    expect((await plan()).measures[0]!.origin).toMatchObject({ exists: true, label: 'Erinnerungen per Hand' });
    const unlinked = await tw.call<Measure>('measures.update', { id: m.id, origin: null });
    expect(unlinked.origin).toBeNull();
  });

  it('record status changes and follow-ups in a dated history', async () => {
    const m = await add({ title: 'Checkliste', dueDate: '2026-04-30' });
    await tw.call('measures.update', { id: m.id, status: 'in_progress' });
    await tw.call('measures.update', { id: m.id, title: 'Einarbeitungs-Checkliste' });
    clock = Date.UTC(2026, 3, 16, 9);
    const later = await tw.call<Measure>('measures.followUp', { id: m.id, date: '2026-04-16', status: 'blocked', note: 'Wartet auf die Abteilungsleitungen', blockedReason: 'Abstimmung fehlt' });
    expect(later.status).toBe('blocked');
    expect(later.blockedReason).toBe('Abstimmung fehlt');
    expect(later.history.map((h) => [h.date, h.previousStatus, h.status, h.note])).toEqual([
      ['2026-03-14', 'open', 'in_progress', ''],
      ['2026-04-16', 'in_progress', 'blocked', 'Wartet auf die Abteilungsleitungen'],
    ]);
    // Progress is what has happened: a day ahead of the core's today is refused, in the write itself, and nothing is written.
    expect(await refused('measures.followUp', { id: m.id, date: '2026-04-17', status: 'blocked', note: 'Termin steht' })).toBe('errors.actions.progressInFuture');
    clock = Date.UTC(2026, 3, 17, 9);
    const noteOnly = await tw.call<Measure>('measures.followUp', { id: m.id, date: '2026-04-17', status: 'blocked', note: 'Termin steht' });
    expect(noteOnly.history).toHaveLength(3);
    expect(await refused('measures.followUp', { id: m.id, date: '2026-04-17', status: 'blocked', note: '  ' })).toBe('errors.actions.followUpEmpty');
    expect(await refused('measures.followUp', { id: m.id, date: '18.04.2026', status: 'done' })).toBe('errors.validation.date');
    expect(await refused('measures.followUp', { id: 'nope', date: '2026-04-17', status: 'done', note: 'x' })).toBe('errors.notFound.measure');
  });

  it('are overdue after the due day until they are done, measured by the core’s clock', async () => {
    const late = await add({ title: 'Schlüsselliste', dueDate: '2026-03-13' });
    const today = await add({ title: 'Heute fällig', dueDate: '2026-03-14' });
    const done = await add({ title: 'Erledigt', dueDate: '2026-03-01', status: 'done' });
    const none = await add({ title: 'Ohne Datum' });
    expect([late.overdue, today.overdue, done.overdue, none.overdue]).toEqual([true, false, false, false]);
    expect((await plan()).today).toBe('2026-03-14');
    clock = Date.UTC(2026, 2, 15, 11);
    expect((await plan()).measures.map((m) => m.overdue)).toEqual([true, true, false, false]);
    const finished = await tw.call<Measure>('measures.update', { id: late.id, status: 'done' });
    expect(finished.overdue).toBe(false);
  });

  it('are deleted with their history and come back whole with undo', async () => {
    const m = await add({ title: 'Checkliste', origin: null });
    await tw.call('measures.followUp', { id: m.id, date: '2026-03-14', status: 'in_progress', note: 'Angefangen' });
    const keep = await add({ title: 'Bleibt' });
    // Restored rows get new rowids: compare the content, not the order.
    const content = () => Object.fromEntries(Object.entries(snapshot(tw.workspace.connection!)).map(([k, rows]) => [k, rows.map((r) => JSON.stringify(r)).sort()]));
    const before = content();
    const removed = await tw.call<MeasureSnapshot>('measures.delete', { ids: [m.id] });
    expect(removed.measures.map((r) => r.title)).toEqual(['Checkliste']);
    expect(removed.history).toHaveLength(1);
    expect((await plan()).measures.map((x) => x.id)).toEqual([keep.id]);
    await tw.call('measures.restore', removed);
    expect(content()).toEqual(before);
    expect(await refused('measures.restore', removed)).toBe('errors.conflict.alreadyExists');
    expect(await refused('measures.restore', { ...removed, history: [{ ...removed.history[0]!, measureId: keep.id, id: 'h2' }], measures: [] })).toBe('errors.notFound.measure');
  });

  it('go with their workshop when it is deleted', async () => {
    await add({ title: 'A' });
    await tw.call('workshops.delete', { id: workshop.id });
    const count = tw.workspace.connection!.prepare('SELECT COUNT(*) AS n FROM measures').get() as { n: number };
    expect(count.n).toBe(0);
  });
});

describe('the club overview "Was ist offen?"', () => {
  it('lists open measures of all workshops, late ones first, then by due date', async () => {
    const second = await tw.call<WorkshopDetail>('workshops.create', { organisationId: clubId, templateId: DAY_WORKSHOP_TEMPLATE_ID, title: 'Folgetermin', date: '2026-06-20' });
    await add({ title: 'Ohne Datum', priority: 'high' });
    await add({ title: 'Bald', dueDate: '2026-04-30' });
    await add({ title: 'Erledigt', dueDate: '2026-03-01', status: 'done' });
    await add({ title: 'Spät', dueDate: '2026-03-10' }, second.id);
    const blocked = await add({ title: 'Blockiert', dueDate: '2026-04-01' }, second.id);
    await tw.call('measures.followUp', { id: blocked.id, date: '2026-03-14', status: 'blocked', note: 'Wartet auf Angebote' });
    const otherClub = await tw.call<{ id: string }>('organisations.create', { name: 'Anderer Verein' });
    const open = await tw.call<ClubOpenMeasures>('measures.open', { organisationId: clubId });
    expect(open.today).toBe('2026-03-14');
    expect(open.measures.map((m) => [m.title, m.overdue])).toEqual([
      ['Spät', true],
      ['Blockiert', false],
      ['Bald', false],
      ['Ohne Datum', false],
    ]);
    expect(open.measures[0]).toMatchObject({ workshopTitle: 'Folgetermin', workshopDate: '2026-06-20', phaseId: second.phases.find((p) => p.kind === 'actions')!.id });
    expect(open.measures[1]!.lastUpdate).toMatchObject({ note: 'Wartet auf Angebote', status: 'blocked' });
    expect((await tw.call<ClubOpenMeasures>('measures.open', { organisationId: otherClub.id })).measures).toEqual([]);
    expect(await refused('measures.open', { organisationId: 'nope' })).toBe('errors.notFound.organisation');
  });
});
