import type { ProcessDiagram, WorkshopDetail } from '../../../src-main/contract';
import { DAY_WORKSHOP_TEMPLATE_ID } from '../../../src-main/core';
import type { TestWorkspace } from '../../helpers/workspace';

/** 9 phases, 200 cards, Ist and Soll with 100 steps each, 60 measures, a self-check left empty. */
export async function buildLargeWorkshop(tw: TestWorkspace): Promise<string> {
  const club = await tw.call<{ id: string }>('organisations.create', { name: 'Großverein e.V.' });
  const workshop = await tw.call<WorkshopDetail>('workshops.create', { organisationId: club.id, templateId: DAY_WORKSHOP_TEMPLATE_ID, title: 'Großer Tag', date: '2026-04-16' });
  const cardPhases = workshop.phases.filter((p) => p.kind === 'cards' || p.kind === 'voting');
  for (let i = 0; i < 200; i++) await tw.call('cards.add', { phaseId: cardPhases[i % cardPhases.length]!.id, text: `Große Karte ${i + 1}` });
  for (const variant of ['ist', 'soll'] as const) {
    const diagram = await tw.call<ProcessDiagram>('process.create', { workshopId: workshop.id, variant, laneNames: ['Vorstand', 'Ehrenamt', 'Mitglieder', 'Geschäftsstelle'] });
    let after: string | undefined;
    for (let i = 0; i < 100; i++) {
      const { step } = await tw.call<{ step: { id: string } }>('process.steps.add', { diagramId: diagram.id, laneId: diagram.lanes[i % 4]!.id, label: `Schritt ${i + 1}`, ...(after ? { after } : {}) });
      after = step.id;
      if (i % 10 === 0) await tw.call('process.markers.add', { stepId: step.id, kind: 'pain', text: `Problem ${i}`, severity: 2 });
    }
  }
  for (let i = 0; i < 60; i++) await tw.call('measures.create', { workshopId: workshop.id, title: `Maßnahme ${i + 1}`, owner: `Person ${i % 7}`, dueDate: '2026-06-30', firstStep: 'Termin machen' });
  return workshop.id;
}
