import type { ActionPlan, Measure, ProcessDiagram, Relation, Stakeholder, StakeholderMap } from '../../src-main/contract';
import { ATTITUDES, CLOSENESS_LEVELS, MEASURE_STATUSES, PRIORITIES, STAKEHOLDER_CATEGORIES, isOpenStatus } from '../../src-main/contract';

/** A small deterministic random generator, so every run draws the same map. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function syntheticMap(nodes: number, edges: number): StakeholderMap {
  const random = seeded(20261122);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const stakeholders: Stakeholder[] = Array.from({ length: nodes }, (_v, i) => {
    const attitude = pick(ATTITUDES);
    return {
      id: `s${i}`,
      workshopId: 'w',
      name: `Beteiligte ${i + 1}`,
      category: pick(STAKEHOLDER_CATEGORIES),
      influence: Math.round((1 + random() * 4) * 10) / 10,
      interest: Math.round((1 + random() * 4) * 10) / 10,
      attitude,
      targetAttitude: random() < 0.3 ? pick(ATTITUDES) : attitude,
      closeness: pick(CLOSENESS_LEVELS),
      notes: '',
      createdAt: '2026-01-01',
      updatedAt: '2026-01-01',
    };
  });
  const relations: Relation[] = [];
  while (relations.length < edges) {
    const a = Math.floor(random() * nodes);
    const b = Math.floor(random() * nodes);
    if (a === b) continue;
    relations.push({
      id: `r${relations.length}`,
      workshopId: 'w',
      sourceId: `s${a}`,
      targetId: `s${b}`,
      type: pick(['collaborates', 'influences', 'conflict'] as const),
      label: '',
      createdAt: '2026-01-01',
    });
  }
  return { workshopId: 'w', stakeholders, relations };
}

/** A process of `steps` steps in `lanes` lanes: a main chain plus extra arrows (branches, loops). */
export function syntheticProcess(steps: number, edges: number, lanes: number): ProcessDiagram {
  const random = seeded(20261122);
  const laneList = Array.from({ length: lanes }, (_v, i) => ({ id: `l${i}`, diagramId: 'd', position: i, name: `Rolle ${i + 1}` }));
  const kinds = ['step', 'step', 'step', 'decision', 'document'] as const;
  const stepList = Array.from({ length: steps }, (_v, i) => ({
    id: `p${i}`,
    diagramId: 'd',
    laneId: `l${Math.floor(random() * lanes)}`,
    kind: i === 0 ? ('start' as const) : i === steps - 1 ? ('end' as const) : kinds[Math.floor(random() * kinds.length)]!,
    label: `Schritt ${i + 1}: etwas erledigen`,
    x: 330 + i * 260,
    originId: null,
    createdAt: '2026-01-01',
    updatedAt: '2026-01-01',
  }));
  const edgeList = stepList.slice(1).map((s, i) => ({ id: `e${i}`, diagramId: 'd', sourceId: stepList[i]!.id, targetId: s.id, label: '' }));
  while (edgeList.length < edges) {
    const a = Math.floor(random() * steps);
    const b = Math.min(steps - 1, a + 1 + Math.floor(random() * 6));
    if (a === b) continue;
    edgeList.push({ id: `e${edgeList.length}`, diagramId: 'd', sourceId: `p${a}`, targetId: `p${b}`, label: random() < 0.3 ? 'Ja' : '' });
  }
  const markers = stepList.filter((_s, i) => i % 7 === 3).map((s, i) => ({ id: `m${i}`, stepId: s.id, kind: 'pain' as const, text: 'Dauert zu lange', severity: 2 as const, createdAt: '2026-01-01' }));
  return { id: 'd', workshopId: 'w', variant: 'ist', lanes: laneList, steps: stepList, edges: edgeList, markers, updatedAt: '2026-01-01' };
}

/** An action plan of `count` measures: 40 owners, every status and priority, due dates around today. */
export function syntheticPlan(count: number, today: string): ActionPlan {
  const random = seeded(20261122);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const words = ['Liste', 'Formular', 'Schlüssel', 'Checkliste', 'Messenger', 'Website', 'Förderantrag', 'Übungsleitung', 'Datenschutz', 'Kasse', 'Hallenplan', 'Ehrenamt'];
  const verbs = ['anlegen', 'prüfen', 'einrichten', 'klären', 'verteilen', 'abstimmen', 'digitalisieren'];
  const owners = Array.from({ length: 40 }, (_v, i) => `Person ${String.fromCharCode(65 + (i % 26))}${i}`);
  const base = Date.parse(`${today}T00:00:00Z`);
  const measures: Measure[] = Array.from({ length: count }, (_v, i) => {
    const due = random() < 0.15 ? null : new Date(base + Math.round((random() - 0.3) * 300) * 86_400_000).toISOString().slice(0, 10);
    const status = pick(MEASURE_STATUSES);
    return {
      id: `m${i}`,
      workshopId: 'w',
      title: `${pick(words)} ${pick(words)} ${pick(verbs)} ${i}`,
      description: '',
      goal: '',
      impactStage: null,
      owner: random() < 0.05 ? '' : pick(owners),
      helpers: '',
      firstStep: `${pick(words)} sammeln`,
      startDate: null,
      dueDate: due,
      priority: pick(PRIORITIES),
      effort: null,
      status,
      blockedReason: status === 'blocked' ? 'Wartet auf Angebote' : '',
      droppedReason: status === 'dropped' ? 'Hat sich erledigt' : '',
      origin: null,
      overdue: due !== null && isOpenStatus(status) && due < today,
      history: [],
      sessions: [],
      createdAt: '2026-01-01',
      updatedAt: '2026-01-01',
    };
  });
  return { workshopId: 'w', today, measures, owners };
}
