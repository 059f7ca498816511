import { useTranslation } from 'react-i18next';
import type { UndoStack } from '../../lib/useUndoStack';
import { EditorToolbar, useExportFile } from '../../ui/EditorToolbar';

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

/** View switch, add, undo/redo and the two exports. */
export function MapToolbar({ workshopId, view, onView, onAdd, history, announce }: ToolbarProps) {
  const { t, i18n } = useTranslation();
  const exporter = useExportFile(announce);
  const language = i18n.language === 'en' ? 'en' : 'de';
  return (
    <EditorToolbar
      label={t('stakeholders.toolbar')}
      views={{ legend: t('stakeholders.views.label'), choices: VIEWS.map((v) => ({ value: v, label: t(`stakeholders.views.${v}`) })), value: view, onChange: onView }}
      add={{ label: t('stakeholders.add'), onClick: onAdd }}
      history={history}
      exports={{
        busy: exporter.busy,
        items: [
          {
            label: t('stakeholders.exportPng'),
            onSelect: () => void exporter.save('stakeholders.png', { workshopId, view: view === 'onion' ? 'onion' : 'grid', language }),
          },
          { label: t('stakeholders.exportCsv'), onSelect: () => void exporter.save('stakeholders.csv', { workshopId, language }) },
        ],
      }}
    />
  );
}
