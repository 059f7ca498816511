import { DEFAULT_PRESENTATION, type LiveState, type MethodParsedInput, type PresentationState } from '../../contract';
import type { CoreContext } from '../context';
import { requireWorkshop } from '../services/stakeholder-rows';
import { liveChanged } from './phases';

// How the projector shows the live phase (the coach's view, blank screen,
// the revealed vote, the page of cards). It only matters while the day runs,
// so it lives in memory, one state per workshop and open database; after a
// restart the projector starts from the defaults.

interface Entry {
  /** The phase this was set for: another phase starts at its first page, with its vote result hidden. */
  phaseId: string | null;
  state: PresentationState;
}

const states = new WeakMap<object, Map<string, Entry>>();

function store(ctx: CoreContext): Map<string, Entry> {
  const key = ctx.db as object;
  let map = states.get(key);
  if (!map) {
    map = new Map();
    states.set(key, map);
  }
  return map;
}

export function getPresentation(ctx: CoreContext, workshopId: string, livePhaseId: string | null): PresentationState {
  const entry = store(ctx).get(workshopId);
  if (!entry) return DEFAULT_PRESENTATION;
  if (entry.phaseId === livePhaseId) return entry.state;
  return { ...entry.state, page: 0, pages: null, groupId: null, revealVote: false, selection: [] };
}

/** Changes what the coach asked for and tells every window; the live state after it is returned. */
export function setPresentation(ctx: CoreContext, input: MethodParsedInput<'live.present'>, getLive: (ctx: CoreContext, workshopId: string) => LiveState): LiveState {
  const { workshopId, ...patch } = input;
  requireWorkshop(ctx, workshopId);
  const { livePhaseId } = getLive(ctx, workshopId);
  const before = getPresentation(ctx, workshopId, livePhaseId);
  const next: PresentationState = { ...before };
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) (next as unknown as Record<string, unknown>)[key] = value;
  }
  // Another group or view starts at its first page; how many it has, the projector says anew.
  const turned = (['stakeholderView', 'processView', 'actionView', 'groupId'] as const).some((k) => next[k] !== before[k]);
  if (turned && patch.page === undefined) next.page = 0;
  if (turned && patch.pages === undefined) next.pages = null;
  // Once the projector has said how many pages there are, "weiter" stops at the last one.
  if (next.pages !== null) next.page = Math.min(next.page, next.pages - 1);
  const changed = (Object.keys(next) as (keyof PresentationState)[]).some((k) => JSON.stringify(next[k]) !== JSON.stringify(before[k]));
  if (changed) {
    store(ctx).set(workshopId, { phaseId: livePhaseId, state: next });
    ctx.emit(liveChanged(workshopId));
  }
  return getLive(ctx, workshopId);
}
