import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionPlan } from '../../../src-main/contract';
import { useApi } from '../../api/ApiProvider';
import { useQuery } from '../../api/useQuery';
import { errorMessage } from '../../i18n/errors';
import { useEditable } from '../../lib/useEditable';
import { type UndoStack, useUndoStack } from '../../lib/useUndoStack';
import { useAnnounce } from '../../ui/Announcer';
import { type MeasureActions, measureActions } from './measure-actions';

export interface ActionPlanState {
  plan: ActionPlan | undefined;
  error: unknown;
  reload: () => void;
  actions: MeasureActions;
  history: UndoStack;
}

/**
 * The action plan of one workshop with every change the coach can make:
 * shown at once, saved right away, and (except follow-ups) undoable.
 */
export function useActionPlan(workshopId: string): ActionPlanState {
  const { t } = useTranslation();
  const api = useApi();
  const announce = useAnnounce();
  const query = useQuery('measures.list', { workshopId });
  const { data: plan, change, tracked } = useEditable(query);
  const fail = useCallback((error: unknown) => announce(errorMessage(t, error)), [announce, t]);
  const history = useUndoStack(fail);
  const { push } = history;

  const actions = useMemo<MeasureActions>(() => {
    const all = measureActions({ api, t, workshopId, plan, change, push, announce });
    return { create: tracked(all.create), update: tracked(all.update), followUp: tracked(all.followUp), remove: tracked(all.remove) };
  }, [announce, api, change, plan, push, t, tracked, workshopId]);

  return { plan, error: query.error, reload: query.reload, actions, history };
}
