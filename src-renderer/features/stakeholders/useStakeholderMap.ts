import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { StakeholderMap } from '../../../src-main/contract';
import { useApi } from '../../api/ApiProvider';
import { useQuery } from '../../api/useQuery';
import { errorMessage } from '../../i18n/errors';
import { useEditable } from '../../lib/useEditable';
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
  const query = useQuery('stakeholders.map', { workshopId });
  const { data: map, change, tracked } = useEditable(query);
  const fail = useCallback((error: unknown) => announce(errorMessage(t, error)), [announce, t]);
  const history = useUndoStack(fail);
  const { push } = history;

  const actions = useMemo<StakeholderActions>(() => {
    const deps = { api, t, workshopId, map, change, push, announce };
    const all: StakeholderActions = { ...stakeholderActions(deps), ...relationActions(deps) };
    return {
      create: tracked(all.create),
      update: tracked(all.update),
      move: tracked(all.move),
      remove: tracked(all.remove),
      connect: tracked(all.connect),
      updateRelation: tracked(all.updateRelation),
      removeRelations: tracked(all.removeRelations),
    };
  }, [announce, api, change, push, map, tracked, t, workshopId]);

  return { map, error: query.error, reload: query.reload, actions, history };
}
