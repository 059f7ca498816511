import type { Api } from '../src-main/core';
import { DAY_WORKSHOP_TEMPLATE_ID, type Workspace } from '../src-main/core';

export const SYNTHETIC_WORKSHOPS = 200;
const CLUBS = 20;

async function call<T>(api: Api, name: string, input: unknown): Promise<T> {
  const result = await api.invoke(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

/**
 * Years of a coach's work: 20 clubs with 200 day workshops, each with notes
 * in every phase, 30 cards, 8 measures and a 20-step process. Built through
 * the API inside one transaction (the API's writes join it), so setup takes
 * seconds, not one disk flush per row.
 */
export async function buildSyntheticClubs(workspace: Workspace, api: Api): Promise<{ phaseId: string }> {
  const db = workspace.connection!;
  db.exec('BEGIN IMMEDIATE');
  let phaseId = '';
  try {
    for (let c = 0; c < CLUBS; c++) {
      const club = await call<{ id: string }>(api, 'organisations.create', { name: `Verein ${c + 1} e.V.` });
      for (let w = 0; w < SYNTHETIC_WORKSHOPS / CLUBS; w++) {
        const workshop = await call<{ id: string; phases: { id: string; kind: string }[] }>(api, 'workshops.create', {
          organisationId: club.id,
          templateId: DAY_WORKSHOP_TEMPLATE_ID,
          title: `Workshop ${w + 1}`,
          date: '2026-03-14',
        });
        for (const [i, phase] of workshop.phases.entries()) {
          const text = `Phase ${i + 1}: Was die Gruppe erarbeitet hat – Eltern früh einbinden, Datenschutz klären. `.repeat(6);
          await call(api, 'phases.saveNote', { phaseId: phase.id, text });
        }
        const cardPhases = workshop.phases.filter((p) => p.kind === 'cards' || p.kind === 'voting');
        for (let k = 0; k < 30; k++) {
          await call(api, 'cards.add', { phaseId: cardPhases[k % cardPhases.length]!.id, text: `Karte ${k + 1}: Mehr Ehrenamtliche gewinnen` });
        }
        for (let m = 0; m < 8; m++) {
          await call(api, 'measures.create', { workshopId: workshop.id, title: `Maßnahme ${m + 1}`, owner: 'Vorstand', firstStep: 'Termin machen' });
        }
        const diagram = await call<{ id: string; lanes: { id: string }[] }>(api, 'process.create', {
          workshopId: workshop.id,
          variant: 'ist',
          laneNames: ['Vorstand', 'Ehrenamt', 'Mitglieder'],
        });
        let after: string | undefined;
        for (let s = 0; s < 20; s++) {
          const { step } = await call<{ step: { id: string } }>(api, 'process.steps.add', {
            diagramId: diagram.id,
            laneId: diagram.lanes[s % 3]!.id,
            label: `Schritt ${s + 1}`,
            ...(after ? { after } : {}),
          });
          after = step.id;
        }
        phaseId = workshop.phases[4]!.id;
      }
    }
    db.exec('COMMIT');
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
  return { phaseId };
}
