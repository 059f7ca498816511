import type { ProcessComparison, ProcessDiagram, ProcessStep, StepChange, StepView } from '../../contract';
import type { CoreContext } from '../context';
import { CoreError } from '../errors';
import { getDiagram } from './diagrams';

function viewOf(step: ProcessStep, laneNames: Map<string, string>): StepView {
  return { id: step.id, label: step.label, kind: step.kind, lane: laneNames.get(step.laneId) ?? '' };
}

/**
 * Matches Soll steps to the Ist steps they were copied from and reports what
 * was added, removed or changed (text, kind or lane). Pure: testable with
 * any pair of diagrams.
 */
export function compareDiagrams(ist: ProcessDiagram, soll: ProcessDiagram): ProcessComparison {
  const istLanes = new Map(ist.lanes.map((l) => [l.id, l.name]));
  const sollLanes = new Map(soll.lanes.map((l) => [l.id, l.name]));
  const istById = new Map(ist.steps.map((s) => [s.id, s]));
  const matched = new Set<string>();
  const added: StepView[] = [];
  const changed: StepChange[] = [];
  let unchanged = 0;
  for (const step of soll.steps) {
    const origin = step.originId ? istById.get(step.originId) : undefined;
    if (!origin || matched.has(origin.id)) {
      added.push(viewOf(step, sollLanes));
      continue;
    }
    matched.add(origin.id);
    const before = viewOf(origin, istLanes);
    const after = viewOf(step, sollLanes);
    const differences = (['label', 'kind', 'lane'] as const).filter((field) => before[field] !== after[field]);
    if (differences.length > 0) changed.push({ ist: before, soll: after, changed: differences });
    else unchanged += 1;
  }
  const removed = ist.steps.filter((s) => !matched.has(s.id)).map((s) => viewOf(s, istLanes));
  return { added, removed, changed, unchanged };
}

export function compareWorkshop(ctx: CoreContext, workshopId: string): ProcessComparison {
  const ist = getDiagram(ctx, workshopId, 'ist');
  const soll = getDiagram(ctx, workshopId, 'soll');
  if (!ist || !soll) throw new CoreError('validation', 'errors.process.nothingToCompare');
  return compareDiagrams(ist, soll);
}
