import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CardBoard, LIMITS } from '../../../src-main/contract';
import { Icon } from '../../ui/Icon';
import type { CardActions } from './card-actions';

interface GroupToolsProps {
  board: CardBoard;
  selected: string[];
  clear: () => void;
  actions: CardActions;
  fail: (error: unknown) => void;
}

/**
 * Grouping by keyboard: select cards with their boxes, then put them into a
 * new group or an existing one. (With the mouse, cards can also be dragged.)
 */
export function GroupTools({ board, selected, clear, actions, fail }: GroupToolsProps) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [target, setTarget] = useState('');
  const nameId = useId();
  const targetId = useId();
  const count = selected.length;

  const createGroup = async (): Promise<void> => {
    if (name.trim() === '') return;
    await actions.addCluster(name, selected);
    setName('');
    clear();
  };
  const moveTo = async (): Promise<void> => {
    await actions.move(selected, target === '' ? null : target);
    clear();
  };

  return (
    <div className="group-tools" role="group" aria-label={t('cards.groupTools')}>
      <p className="group-selection" aria-live="polite">
        {count > 0 ? t('cards.selected', { count }) : t('cards.selectHint')}
      </p>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void createGroup().catch(fail);
        }}
      >
        <label htmlFor={nameId}>{t('cards.newCluster')}</label>
        <input type="text" id={nameId} value={name} maxLength={LIMITS.name} onChange={(e) => setName(e.target.value)} />
        <button type="submit" className="btn" disabled={name.trim() === ''}>
          <Icon name="plus" />
          {count > 0 ? t('cards.createClusterWith', { count }) : t('cards.createCluster')}
        </button>
      </form>
      {count > 0 && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void moveTo().catch(fail);
          }}
        >
          <label htmlFor={targetId}>{t('cards.moveTo')}</label>
          <select id={targetId} value={target} onChange={(e) => setTarget(e.target.value)}>
            <option value="">{t('cards.unclustered')}</option>
            {board.clusters.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          <button type="submit" className="btn">
            {t('cards.move')}
          </button>
          <button type="button" className="btn btn-quiet" onClick={() => void actions.remove(selected).then(clear, fail)}>
            <Icon name="trash" />
            {t('cards.removeSelected', { count })}
          </button>
          <button type="button" className="btn btn-quiet" onClick={clear}>
            {t('cards.clearSelection')}
          </button>
        </form>
      )}
    </div>
  );
}
