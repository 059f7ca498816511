import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiProvider';
import { errorMessage } from '../../i18n/errors';
import type { UndoStack } from '../../lib/useUndoStack';
import { Icon } from '../../ui/Icon';
import { MenuButton } from '../../ui/MenuButton';
import { UndoButtons } from '../../ui/UndoButtons';

export type EditorView = 'grid' | 'onion' | 'table';
const VIEWS: EditorView[] = ['grid', 'onion', 'table'];

interface ToolbarProps {
  workshopId: string;
  view: EditorView;
  onView: (view: EditorView) => void;
  onAdd: () => void;
  history: UndoStack;
  announce: (text: string) => void;
}

function useExport(workshopId: string, view: EditorView, announce: (text: string) => void) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [busy, setBusy] = useState<'png' | 'csv' | null>(null);
  const language = i18n.language === 'en' ? 'en' : 'de';
  const run = async (kind: 'png' | 'csv'): Promise<void> => {
    setBusy(kind);
    try {
      const result =
        kind === 'png'
          ? await api.exportFile('stakeholders.png', { workshopId, view: view === 'onion' ? 'onion' : 'grid', language })
          : await api.exportFile('stakeholders.csv', { workshopId, language });
      if (result.saved) announce(t('common.exported', { file: result.fileName }));
    } catch (error) {
      announce(errorMessage(t, error));
    } finally {
      setBusy(null);
    }
  };
  return { busy, run };
}

/** View switch, add, undo/redo and the two exports. */
export function MapToolbar({ workshopId, view, onView, onAdd, history, announce }: ToolbarProps) {
  const { t } = useTranslation();
  const name = useId();
  const exporter = useExport(workshopId, view, announce);
  return (
    <div className="map-toolbar" role="group" aria-label={t('stakeholders.toolbar')}>
      <fieldset className="segmented">
        <legend className="visually-hidden">{t('stakeholders.views.label')}</legend>
        {VIEWS.map((v) => (
          <label key={v} className={view === v ? 'segment segment-active' : 'segment'}>
            <input type="radio" name={name} value={v} checked={view === v} onChange={() => onView(v)} />
            {t(`stakeholders.views.${v}`)}
          </label>
        ))}
      </fieldset>
      <button type="button" className="btn btn-primary" onClick={onAdd}>
        <Icon name="plus" />
        {t('stakeholders.add')}
      </button>
      <UndoButtons history={history} />
      <MenuButton
        label={
          <>
            <Icon name="download" />
            {exporter.busy ? t('common.exporting') : t('common.export')}
          </>
        }
        busy={exporter.busy !== null}
        items={[
          { label: t('stakeholders.exportPng'), onSelect: () => void exporter.run('png'), disabled: exporter.busy !== null },
          { label: t('stakeholders.exportCsv'), onSelect: () => void exporter.run('csv'), disabled: exporter.busy !== null },
        ]}
      />
    </div>
  );
}
