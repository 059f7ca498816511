import { useTranslation } from 'react-i18next';
import type { UndoStack } from '../lib/useUndoStack';
import { Icon } from './Icon';

/** "Rückgängig" and "Wiederholen", each saying what it would take back or redo. */
export function UndoButtons({ history }: { history: UndoStack }) {
  const { t } = useTranslation();
  return (
    <>
      <button
        type="button"
        className="btn"
        disabled={!history.canUndo}
        title={history.undoLabel ? t('common.undoWhat', { what: history.undoLabel }) : undefined}
        onClick={() => void history.undo()}
      >
        <Icon name="undo" />
        {t('common.undo')}
      </button>
      <button
        type="button"
        className="btn"
        disabled={!history.canRedo}
        title={history.redoLabel ? t('common.redoWhat', { what: history.redoLabel }) : undefined}
        onClick={() => void history.redo()}
      >
        <Icon name="redo" />
        {t('common.redo')}
      </button>
    </>
  );
}
