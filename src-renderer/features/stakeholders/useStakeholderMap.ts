import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StakeholderMap } from '../../../src-main/contract';
import { useApi } from '../../api/ApiProvider';
import { useQuery } from '../../api/useQuery';
import { errorMessage } from '../../i18n/errors';
import { type UndoStack, useUndoStack } from '../../lib/useUndoStack';
import { useAnnounce } from '../../ui/Announcer';
import { type StakeholderActions, relationActions, stakeholderActions } from './stakeholder-actions';

export type { Move, NewStakeholder, StakeholderActions, StakeholderPatch } from './stakeholder-actions';

export interface StakeholderMapState {
  map: StakeholderMap | undefined;
  error: unknown;
  reload: () => void;
  actions: StakeholderActions;
  history: UndoStack;
}

/**
 * The stakeholder map of one workshop with every change the coach can make.
 * Changes show at once (optimistically), are saved right away, and each one
 * lands on the undo stack with the step that takes it back.
 */
export function useStakeholderMap(workshopId: string): StakeholderMapState {
  const { t } = useTranslation();
  const api = useApi();
  const announce = useAnnounce();
  const query = useQuery('stakeholders.map', { workshopId }, {
    refetchOn: (e) => e.name === 'stakeholders.changed' && e.payload.workshopId === workshopId,
  });
  const [local, setLocal] = useState<{ from: StakeholderMap | undefined; map: StakeholderMap | undefined }>({
    from: query.data,
    map: query.data,
  });
  // While changes are on their way, the optimistic copy is the truth; afterwards only data
  // loaded after the last change landed may replace it (an earlier load would undo keystrokes).
  const [writes, setWrites] = useState({ inFlight: 0, floor: 0 });
  if (local.from !== query.data && writes.inFlight === 0 && query.version >= writes.floor) {
    setLocal({ from: query.data, map: query.data });
  }
  const map = local.map;

  const fail = useCallback((error: unknown) => announce(errorMessage(t, error)), [announce, t]);
  const history = useUndoStack(fail);
  const { push } = history;
  const { reload } = query;
  const change = useCallback((fn: (m: StakeholderMap) => StakeholderMap) => {
    setLocal((l) => (l.map ? { ...l, map: fn(l.map) } : l));
  }, []);

  const actions = useMemo<StakeholderActions>(() => {
    const deps = { api, t, workshopId, map, change, push, announce };
    const all: StakeholderActions = { ...stakeholderActions(deps), ...relationActions(deps) };
    // Every change counts as in flight until it landed; then the map reloads. A refused
    // change thereby drops the optimistic copy too: the map shows what is really saved.
    const tracked = <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
      async (...args: A): Promise<R> => {
        setWrites((w) => ({ ...w, inFlight: w.inFlight + 1 }));
        try {
          return await fn(...args);
        } finally {
          const floor = reload();
          setWrites((w) => ({ inFlight: w.inFlight - 1, floor: Math.max(w.floor, floor) }));
        }
      };
    return {
      create: tracked(all.create),
      update: tracked(all.update),
      move: tracked(all.move),
      remove: tracked(all.remove),
      connect: tracked(all.connect),
      updateRelation: tracked(all.updateRelation),
      removeRelations: tracked(all.removeRelations),
    };
  }, [announce, api, change, push, map, reload, t, workshopId]);

  return { map, error: query.error, reload, actions, history };
}
