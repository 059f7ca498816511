import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessDiagram, ProcessVariant } from '../../../src-main/contract';
import { useApi } from '../../api/ApiProvider';
import { useQuery } from '../../api/useQuery';
import { errorMessage } from '../../i18n/errors';
import { useEditable } from '../../lib/useEditable';
import { type UndoStack, useUndoStack } from '../../lib/useUndoStack';
import { useAnnounce } from '../../ui/Announcer';
import { type ProcessActions, edgeMarkerActions, laneActions, stepActions } from './process-actions';

export type { ProcessActions, StepMove, StepPatch } from './process-actions';

export interface ProcessState {
  /** undefined while loading, null when the diagram was not started yet. */
  diagram: ProcessDiagram | null | undefined;
  error: unknown;
  reload: () => void;
  actions: ProcessActions | null;
  history: UndoStack;
}

/** One process diagram (Ist or Soll) of a workshop, with every change the coach can make and undo. */
export function useProcessDiagram(workshopId: string, variant: ProcessVariant): ProcessState {
  const { t } = useTranslation();
  const api = useApi();
  const announce = useAnnounce();
  const query = useQuery('process.get', { workshopId, variant });
  const { data: diagram, change: changeAny, tracked } = useEditable(query);
  const fail = useCallback((error: unknown) => announce(errorMessage(t, error)), [announce, t]);
  const history = useUndoStack(fail);
  const { push } = history;
  const change = useCallback(
    (fn: (d: ProcessDiagram) => ProcessDiagram) => changeAny((d) => (d ? fn(d) : d)),
    [changeAny],
  );

  const actions = useMemo<ProcessActions | null>(() => {
    if (!diagram) return null;
    const deps = { api, t, diagram, change, push, announce };
    const all: ProcessActions = { ...stepActions(deps), ...edgeMarkerActions(deps), ...laneActions(deps) };
    return Object.fromEntries(Object.entries(all).map(([name, fn]) => [name, tracked(fn as (...args: unknown[]) => Promise<unknown>)])) as unknown as ProcessActions;
  }, [announce, api, change, diagram, push, t, tracked]);

  return { diagram, error: query.error, reload: query.reload, actions, history };
}
