import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardBoard, MethodInput } from '../../../src-main/contract';
import { useApi } from '../../api/ApiProvider';
import { useQuery } from '../../api/useQuery';
import { errorMessage } from '../../i18n/errors';
import { type UndoStack, useUndoStack } from '../../lib/useUndoStack';
import { useAnnounce } from '../../ui/Announcer';
import { BOARD_UPDATES } from './board-patch';
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

/** A saving action whose refusal loads the board again; a change that lands comes back as an event. */
function useTracked(reload: () => void) {
  return useCallback(
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
      async (...args: A): Promise<R> => {
        try {
          return await fn(...args);
        } catch (error) {
          reload();
          throw error;
        }
      },
    [reload],
  );
}

/** The cards of one phase with everything the coach can do to them. */
export function useCardBoard(phaseId: string): CardBoardState {
  const { t } = useTranslation();
  const api = useApi();
  const announce = useAnnounce();
  // Cards written here or on a phone are applied as they come in: no reload of the phase for each card.
  const query = useQuery('cards.board', { phaseId }, BOARD_UPDATES);
  const { data: board, mutate: change, reload, peek } = query;
  const tracked = useTracked(reload);
  const fail = useCallback((error: unknown) => announce(errorMessage(t, error)), [announce, t]);
  const history = useUndoStack(fail);
  const { push, track } = history;

  const actions = useMemo<CardActions>(() => {
    // The actions read the board when they run: they stay the same functions, so the cards need not draw again.
    const all = cardActions({ api, t, phaseId, board: peek, change, push, announce });
    // A card change pushes its undo step once it is saved: an undo pressed before that waits for it.
    const entries = Object.entries(all) as [string, (...a: unknown[]) => Promise<unknown>][];
    return Object.fromEntries(entries.map(([k, fn]) => [k, tracked((...a: unknown[]) => track(fn(...a)))])) as unknown as CardActions;
  }, [announce, api, change, peek, phaseId, push, t, track, tracked]);

  const votes = useMemo<VoteActions>(() => {
    // The board a vote call returns, unless events have already brought a later one.
    const apply = (next: CardBoard): void => change((shown) => (shown.revision > next.revision ? shown : next));
    return {
      start: tracked(async (input) => apply(await api.call('votes.start', { phaseId, ...input }))),
      set: tracked(async (targetId, count) => apply(await api.call('votes.set', { phaseId, targetId, count }))),
      ballot: tracked(async (dots) => apply(await api.call('votes.ballot', { phaseId, dots }))),
      reset: tracked(async () => apply(await api.call('votes.reset', { phaseId }))),
      choose: tracked(async (targetId) => apply(await api.call('votes.choose', { phaseId, targetId }))),
    };
  }, [api, change, phaseId, tracked]);

  return { board, error: query.error, reload, actions, votes, history, fail };
}
