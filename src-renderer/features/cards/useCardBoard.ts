import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardBoard, MethodInput } from '../../../src-main/contract';
import { useApi } from '../../api/ApiProvider';
import { useQuery } from '../../api/useQuery';
import { errorMessage } from '../../i18n/errors';
import { useEditable } from '../../lib/useEditable';
import { type UndoStack, useUndoStack } from '../../lib/useUndoStack';
import { useAnnounce } from '../../ui/Announcer';
import { type CardActions, cardActions } from './card-actions';

export interface VoteActions {
  start: (input: Omit<MethodInput<'votes.start'>, 'phaseId'>) => Promise<void>;
  set: (targetId: string, count: number) => Promise<void>;
  ballot: (dots: { targetId: string; count: number }[]) => Promise<void>;
  reset: () => Promise<void>;
  choose: (targetId: string | null) => Promise<void>;
}

export interface CardBoardState {
  board: CardBoard | undefined;
  error: unknown;
  reload: () => void;
  actions: CardActions;
  votes: VoteActions;
  history: UndoStack;
  /** Shows a refused change's message; the board reloads to what is really saved. */
  fail: (error: unknown) => void;
}

/** The cards of one phase with everything the coach can do to them. */
export function useCardBoard(phaseId: string): CardBoardState {
  const { t } = useTranslation();
  const api = useApi();
  const announce = useAnnounce();
  const query = useQuery('cards.board', { phaseId }, { refetchOn: (e) => e.name === 'cards.changed' && e.payload.phaseId === phaseId });
  const { data: board, change, tracked } = useEditable(query);
  const fail = useCallback((error: unknown) => announce(errorMessage(t, error)), [announce, t]);
  const history = useUndoStack(fail);
  const { push } = history;

  const actions = useMemo<CardActions>(() => {
    const all = cardActions({ api, t, phaseId, board, change, push, announce });
    return Object.fromEntries(Object.entries(all).map(([k, fn]) => [k, tracked(fn as (...a: unknown[]) => Promise<unknown>)])) as unknown as CardActions;
  }, [announce, api, board, change, phaseId, push, t, tracked]);

  const votes = useMemo<VoteActions>(() => {
    const apply = (next: CardBoard): void => change(() => next);
    return {
      start: tracked(async (input) => apply(await api.call('votes.start', { phaseId, ...input }))),
      set: tracked(async (targetId, count) => apply(await api.call('votes.set', { phaseId, targetId, count }))),
      ballot: tracked(async (dots) => apply(await api.call('votes.ballot', { phaseId, dots }))),
      reset: tracked(async () => apply(await api.call('votes.reset', { phaseId }))),
      choose: tracked(async (targetId) => apply(await api.call('votes.choose', { phaseId, targetId }))),
    };
  }, [api, change, phaseId, tracked]);

  return { board, error: query.error, reload: query.reload, actions, votes, history, fail };
}
