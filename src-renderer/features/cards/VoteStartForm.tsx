import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardBoard, VoteTarget } from '../../../src-main/contract';
import { Icon } from '../../ui/Icon';
import type { VoteActions } from './useCardBoard';

interface VoteStartFormProps {
  board: CardBoard;
  votes: VoteActions;
  participants: number | null;
  fail: (error: unknown) => void;
  onDone?: () => void;
}

const clamp = (n: number, min: number, max: number): number => (Number.isFinite(n) ? Math.min(max, Math.max(min, Math.round(n))) : min);

/** How many dots each person has and how many people vote; the vote is on the cards or on the groups. */
export function VoteStartForm({ board, votes, participants, fail, onDone }: VoteStartFormProps) {
  const { t } = useTranslation();
  // Until the coach picks, the vote is on the groups as soon as there are any.
  const [picked, setTarget] = useState<VoteTarget | null>(board.vote?.target ?? null);
  const target = board.clusters.length === 0 ? 'cards' : (picked ?? 'clusters');
  const [dots, setDots] = useState(String(board.vote?.dotsPerPerson ?? 3));
  const [people, setPeople] = useState(String(board.vote?.participants ?? participants ?? 10));
  const dotsId = useId();
  const peopleId = useId();
  const submit = async (): Promise<void> => {
    await votes.start({ target, dotsPerPerson: clamp(Number(dots), 1, 20), participants: clamp(Number(people), 1, 500) });
    onDone?.();
  };
  return (
    <form
      className="vote-start"
      onSubmit={(e) => {
        e.preventDefault();
        void submit().catch(fail);
      }}
    >
      <fieldset className="choice-group choice-row">
        <legend>{t('votes.target')}</legend>
        <label className="choice">
          <input type="radio" name="vote-target" checked={target === 'cards'} onChange={() => setTarget('cards')} />
          {t('votes.targets.cards')}
        </label>
        <label className="choice">
          <input type="radio" name="vote-target" checked={target === 'clusters'} disabled={board.clusters.length === 0} onChange={() => setTarget('clusters')} />
          {t('votes.targets.clusters')}
        </label>
      </fieldset>
      <div className="field field-small">
        <label htmlFor={dotsId} className="field-label">
          {t('votes.dotsPerPerson')}
        </label>
        <input id={dotsId} type="number" min={1} max={20} value={dots} onChange={(e) => setDots(e.target.value)} />
      </div>
      <div className="field field-small">
        <label htmlFor={peopleId} className="field-label">
          {t('votes.participants')}
        </label>
        <input id={peopleId} type="number" min={1} max={500} value={people} onChange={(e) => setPeople(e.target.value)} />
      </div>
      <button type="submit" className="btn btn-primary">
        <Icon name="play" />
        {board.vote ? t('votes.restart') : t('votes.start')}
      </button>
    </form>
  );
}
