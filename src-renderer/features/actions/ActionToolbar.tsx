import { useTranslation } from 'react-i18next';
import type { UndoStack } from '../../lib/useUndoStack';
import { EditorToolbar, useExportFile } from '../../ui/EditorToolbar';

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
  const exporter = useExportFile(announce);
  const save = (kind: 'measures.csv' | 'measures.ics') => () => void exporter.save(kind, { workshopId, language: i18n.language === 'en' ? 'en' : 'de' });
  return (
    <EditorToolbar
      label={t('actions.toolbar')}
      views={{
        legend: t('actions.views.label'),
        choices: VIEWS.map((v) => ({ value: v, label: t(`actions.views.${v}`), icon: v === 'table' ? 'list' : 'columns' })),
        value: view,
        onChange: onView,
      }}
      add={{ label: t('actions.add'), onClick: onAdd }}
      history={history}
      exports={{
        busy: exporter.busy,
        items: [
          { label: t('actions.exportCsv'), onSelect: save('measures.csv') },
          { label: t('actions.exportIcs'), onSelect: save('measures.ics') },
        ],
      }}
    />
  );
}
