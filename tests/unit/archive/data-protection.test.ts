import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Checklist, DataMap, Measure, WorkshopDetail } from '../../../src-main/contract';
import { CHECKLIST_STATES, CONSENT_VALUES } from '../../../src-main/contract';
import { collectPayload } from '../../../src-main/core/archive';
import { type TestWorkspace, createTestWorkspace } from '../../helpers/workspace';
import { exportWorkshop, importBytes, normalisedContent } from './helpers';

// The workshop file carries the checklist's items and answers and the data
// map's rows, with the measures made from them, and brings them back alike.

const SEED = 1612;
const text = (max: number) => fc.string({ minLength: 0, maxLength: max }).map((s) => `T ${s}`.trim());
const plan = fc.record({
  answers: fc.array(fc.record({ item: fc.nat(11), state: fc.option(fc.constantFrom(...CHECKLIST_STATES), { nil: null }), note: text(60), measure: fc.boolean() }), { maxLength: 6 }),
  rows: fc.array(fc.record({ kind: text(40), storage: text(40), consent: fc.constantFrom(...CONSENT_VALUES), measure: fc.boolean() }), { maxLength: 4 }),
});
type Plan = typeof plan extends fc.Arbitrary<infer T> ? T : never;

async function fill(tw: TestWorkspace, p: Plan): Promise<string> {
  const club = await tw.call<{ id: string }>('organisations.create', { name: 'Förderverein Grünau' });
  const w = await tw.call<WorkshopDetail>('workshops.create', { organisationId: club.id, templateId: 'builtin-datenschutz-sprechstunde', title: 'Sprechstunde' });
  const checklist = w.phases.find((ph) => ph.kind === 'checklist')!;
  const dataMap = w.phases.find((ph) => ph.kind === 'datamap')!;
  for (const a of p.answers) {
    const itemKey = checklist.items![a.item]!.key;
    await tw.call<Checklist>('checklist.set', { phaseId: checklist.id, itemKey, state: a.state, note: a.note });
    if (a.measure) await tw.call<Measure>('dataprotection.makeMeasure', { from: { kind: 'checklist', phaseId: checklist.id, itemKey }, measure: { title: `M ${a.note}`.slice(0, 200) } });
  }
  for (const r of p.rows) {
    const map = await tw.call<DataMap>('dataMap.add', { phaseId: dataMap.id, dataKind: r.kind, storage: r.storage, consent: r.consent });
    if (r.measure) await tw.call<Measure>('dataprotection.makeMeasure', { from: { kind: 'dataMap', rowId: map.rows.at(-1)!.id }, measure: { title: `M ${r.kind}`.slice(0, 200) } });
  }
  return w.id;
}

const workspaces: TestWorkspace[] = [];
const fresh = (): TestWorkspace => {
  const tw = createTestWorkspace();
  workspaces.push(tw);
  return tw;
};
afterAll(() => {
  for (const tw of workspaces) tw.cleanup();
});

describe('the workshop file with a checklist and a data map', () => {
  it('round-trips items, answers, rows and their measures unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(plan, async (p) => {
        const source = fresh();
        const workshopId = await fill(source, p);
        const target = fresh();
        const report = importBytes(target, await exportWorkshop(source, workshopId));
        expect(report.dropped).toEqual([]);
        expect(normalisedContent(target, report.workshops.map((w) => w.id))).toEqual(normalisedContent(source, [workshopId]));
        const phases = collectPayload(target.workspace.context, [report.workshops[0]!.id]).phases as { kind: string; items: unknown[]; notice: string }[];
        const checklist = phases.find((ph) => ph.kind === 'checklist')!;
        expect(checklist.items.length).toBeGreaterThanOrEqual(8);
        expect(checklist.notice).toContain('keine Rechtsberatung');
      }),
      { seed: SEED, numRuns: 8 },
    );
  });

  it('a hand-made file whose answer points at another workshop’s measure keeps the answer and cuts the link', async () => {
    const source = fresh();
    const first = await fill(source, { answers: [{ item: 0, state: 'open', note: 'x', measure: true }], rows: [] });
    const payload = collectPayload(source.workspace.context, [first]);
    const other = await source.call<WorkshopDetail>('workshops.create', { organisationId: (payload.organisations[0] as { id: string }).id, templateId: 'builtin-datenschutz-sprechstunde', title: 'Zweiter' });
    const foreign = await source.call<Measure>('measures.create', { workshopId: other.id, title: 'Fremd' });
    source.workspace.connection!.prepare('UPDATE checklist_answers SET measure_id = ?').run(foreign.id);
    const target = fresh();
    const report = importBytes(target, await exportWorkshop(source, first));
    const answers = target.workspace.connection!.prepare('SELECT state, measure_id FROM checklist_answers').all();
    expect(report.taken.checklist).toBe(1);
    expect(answers).toEqual([{ state: 'open', measure_id: null }]);
  });
});
