import { useTranslation } from 'react-i18next';
import type { ProcessVariant } from '../../../src-main/contract';
import type { UndoStack } from '../../lib/useUndoStack';
import { EditorToolbar, useExportFile } from '../../ui/EditorToolbar';

export type ProcessView = 'diagram' | 'text' | 'compare';

interface ToolbarProps {
  workshopId: string;
  variant: ProcessVariant;
  view: ProcessView;
  onView: (view: ProcessView) => void;
  onAdd: () => void;
  onLayout: () => void;
  onCopyIst: (() => void) | null;
  history: UndoStack;
  announce: (text: string) => void;
}

/** View switch, add, auto-layout, undo/redo, exports (and "Ist übernehmen" on the target process). */
export function ProcessToolbar(props: ToolbarProps) {
  const { t, i18n } = useTranslation();
  const exporter = useExportFile(props.announce);
  const views: ProcessView[] = props.variant === 'soll' ? ['diagram', 'text', 'compare'] : ['diagram', 'text'];
  const save = (kind: 'process.png' | 'process.svg') => () =>
    void exporter.save(kind, { workshopId: props.workshopId, variant: props.variant, language: i18n.language === 'en' ? 'en' : 'de' });
  return (
    <EditorToolbar
      label={t('process.toolbar')}
      views={{ legend: t('process.views.label'), choices: views.map((v) => ({ value: v, label: t(`process.views.${v}`) })), value: props.view, onChange: props.onView }}
      add={{ label: t('process.addStep'), onClick: props.onAdd }}
      history={props.history}
      exports={{
        busy: exporter.busy,
        items: [
          { label: t('process.exportPng'), onSelect: save('process.png') },
          { label: t('process.exportSvg'), onSelect: save('process.svg') },
        ],
      }}
    >
      <button type="button" className="btn" onClick={props.onLayout}>
        {t('process.layout')}
      </button>
      {props.onCopyIst && (
        <button type="button" className="btn" onClick={props.onCopyIst}>
          {t('process.copyIst')}
        </button>
      )}
    </EditorToolbar>
  );
}
