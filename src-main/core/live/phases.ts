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
export const cardsChanged = (workshopId: string, phaseId: string) => ({ name: 'cards.changed' as const, payload: { workshopId, phaseId } });
