import type { Relation, Stakeholder, StakeholderMap } from '../../src-main/contract';
import { ATTITUDES, CLOSENESS_LEVELS, STAKEHOLDER_CATEGORIES } from '../../src-main/contract';

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
