import type { SampleResult } from '../../contract';
import { type CoreContext, writeTransaction } from '../context';
import { createOrganisation } from '../services/organisations';
import { savePhaseNote } from '../services/phases';
import { createRelation } from '../services/relations';
import { createStakeholder } from '../services/stakeholders';
import { createWorkshop } from '../services/workshops';
import { DAY_WORKSHOP_TEMPLATE_ID } from '../templates/builtin';
import { addSampleLive } from './sample-live';
import { addSampleMeasures } from './sample-measures';
import { addSampleProcesses } from './sample-process';
import { SAMPLE_NOTES, SAMPLE_START_TIME, SAMPLE_ORGANISATION, SAMPLE_RELATIONS, SAMPLE_STAKEHOLDERS, SAMPLE_WORKSHOP } from './sample-data';

/**
 * Fills in the sample club with a finished workshop, all in one transaction.
 * Loading it twice opens the existing sample instead of making a copy.
 */
export function loadSample(ctx: CoreContext): SampleResult {
  // Looked up under the write lock: two connections (desktop app and browser
  // host on one folder) pressing "Beispiel laden" together make one sample.
  return writeTransaction(ctx, () => {
    const existing = ctx
      .sql(
        `SELECT o.id AS organisation_id, w.id AS workshop_id FROM organisations o
         JOIN workshops w ON w.organisation_id = o.id
         WHERE o.name = ? ORDER BY w.created_at LIMIT 1`,
      )
      .get(SAMPLE_ORGANISATION.name) as { organisation_id: string; workshop_id: string } | undefined;
    if (existing) {
      return { organisationId: existing.organisation_id, workshopId: existing.workshop_id, created: false };
    }
    const organisation = createOrganisation(ctx, { ...SAMPLE_ORGANISATION });
    const workshop = createWorkshop(ctx, {
      ...SAMPLE_WORKSHOP,
      organisationId: organisation.id,
      templateId: DAY_WORKSHOP_TEMPLATE_ID,
      // The sample club's notes, cards and maps are German, so its agenda is too.
      language: 'de',
    });
    ctx.sql('UPDATE workshops SET start_time = ? WHERE id = ?').run(SAMPLE_START_TIME, workshop.id);
    for (const phase of workshop.phases) {
      const text = SAMPLE_NOTES[phase.key];
      if (text) savePhaseNote(ctx, { phaseId: phase.id, text });
    }
    addStakeholderMap(ctx, workshop.id);
    addSampleProcesses(ctx, workshop.id);
    addSampleMeasures(ctx, workshop.id);
    addSampleLive(ctx, workshop.id, workshop.phases);
    return { organisationId: organisation.id, workshopId: workshop.id, created: true };
  });
}

function addStakeholderMap(ctx: CoreContext, workshopId: string): void {
  const ids = new Map<string, string>();
  for (const s of SAMPLE_STAKEHOLDERS) {
    const created = createStakeholder(ctx, { notes: '', ...s, workshopId });
    ids.set(s.name, created.id);
  }
  for (const r of SAMPLE_RELATIONS) {
    createRelation(ctx, { sourceId: ids.get(r.source)!, targetId: ids.get(r.target)!, type: r.type, label: r.label });
  }
}
