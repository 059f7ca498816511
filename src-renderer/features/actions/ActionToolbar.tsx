import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiProvider';
import { errorMessage } from '../../i18n/errors';
import type { UndoStack } from '../../lib/useUndoStack';
import { Icon } from '../../ui/Icon';
import { MenuButton } from '../../ui/MenuButton';
import { UndoButtons } from '../../ui/UndoButtons';

export type PlanView = 'table' | 'board';
const VIEWS: PlanView[] = ['table', 'board'];

interface Props {
  workshopId: string;
  view: PlanView;
  onView: (view: PlanView) => void;
  onAdd: () => void;
  history: UndoStack;
  announce: (text: string) => void;
}

/** View switch, new measure, undo/redo, and the CSV and calendar exports. */
export function ActionToolbar({ workshopId, view, onView, onAdd, history, announce }: Props) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const name = useId();
  const [busy, setBusy] = useState(false);
  const language = i18n.language === 'en' ? 'en' : 'de';
  const save = async (kind: 'measures.csv' | 'measures.ics'): Promise<void> => {
    setBusy(true);
    try {
      const result = await api.exportFile(kind, { workshopId, language });
      if (result.saved) announce(t('common.exported', { file: result.fileName }));
    } catch (error) {
      announce(errorMessage(t, error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="map-toolbar" role="group" aria-label={t('actions.toolbar')}>
      <fieldset className="segmented">
        <legend className="visually-hidden">{t('actions.views.label')}</legend>
        {VIEWS.map((v) => (
          <label key={v} className={view === v ? 'segment segment-active' : 'segment'}>
            <input type="radio" name={name} value={v} checked={view === v} onChange={() => onView(v)} />
            <Icon name={v === 'table' ? 'list' : 'columns'} size={18} />
            {t(`actions.views.${v}`)}
          </label>
        ))}
      </fieldset>
      <button type="button" className="btn btn-primary" onClick={onAdd}>
        <Icon name="plus" />
        {t('actions.add')}
      </button>
      <UndoButtons history={history} />
      <MenuButton
        label={
          <>
            <Icon name="download" />
            {busy ? t('common.exporting') : t('common.export')}
          </>
        }
        busy={busy}
        items={[
          { label: t('actions.exportCsv'), onSelect: () => void save('measures.csv'), disabled: busy },
          { label: t('actions.exportIcs'), onSelect: () => void save('measures.ics'), disabled: busy },
        ]}
      />
    </div>
  );
}
