import type { Card } from '../../contract';
import type { CoreContext } from '../context';
import { notFound } from '../errors';

export interface PhaseRef {
  id: string;
  workshop_id: string;
  kind: string;
  minutes: number;
}

/** A workshop phase, or "not found": every live call starts here. */
export function requirePhase(ctx: CoreContext, phaseId: string): PhaseRef {
  const row = ctx.sql('SELECT id, workshop_id, kind, minutes FROM workshop_phases WHERE id = ?').get(phaseId) as PhaseRef | undefined;
  if (!row) throw notFound('phase');
  return row;
}

export const liveChanged = (workshopId: string) => ({ name: 'live.changed' as const, payload: { workshopId } });
// Each change to a phase's cards gets the phase's next revision, and a board
// says which revision it was read at: a screen applies a change it is told
// about only onto the revision just before it, and loads the board again when
// one is missing. Kept in memory (screens are only told about this process's
// changes); the numbers start at the time the process started, so that a
// page which outlives a restart of the host never takes a new number for one
// it has already seen.
const revisions = new Map<string, number>();
const FIRST_REVISION = Date.now();

export const cardRevision = (phaseId: string): number => revisions.get(phaseId) ?? FIRST_REVISION;

/** What a change did to the cards alone, so that screens can apply it without loading the board. */
export interface CardDelta {
  upsert: Card[];
  remove: string[];
}

/** The event for a change to a phase's cards, clusters or vote; call it inside the write transaction. */
export function cardsChanged(workshopId: string, phaseId: string, delta?: CardDelta, fromPhone = false) {
  const revision = cardRevision(phaseId) + 1;
  revisions.set(phaseId, revision);
  return { name: 'cards.changed' as const, payload: { workshopId, phaseId, revision, ...(delta ? { delta } : {}), ...(fromPhone ? { fromPhone: true as const } : {}) } };
}
