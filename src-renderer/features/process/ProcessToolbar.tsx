import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessVariant } from '../../../src-main/contract';
import { useApi } from '../../api/ApiProvider';
import { errorMessage } from '../../i18n/errors';
import type { UndoStack } from '../../lib/useUndoStack';
import { Icon } from '../../ui/Icon';
import { MenuButton } from '../../ui/MenuButton';
import { UndoButtons } from '../../ui/UndoButtons';

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
  const api = useApi();
  const name = useId();
  const [busy, setBusy] = useState(false);
  const views: ProcessView[] = props.variant === 'soll' ? ['diagram', 'text', 'compare'] : ['diagram', 'text'];
  const save = async (kind: 'process.png' | 'process.svg'): Promise<void> => {
    setBusy(true);
    try {
      const result = await api.exportFile(kind, { workshopId: props.workshopId, variant: props.variant, language: i18n.language === 'en' ? 'en' : 'de' });
      if (result.saved) props.announce(t('common.exported', { file: result.fileName }));
    } catch (error) {
      props.announce(errorMessage(t, error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="map-toolbar" role="group" aria-label={t('process.toolbar')}>
      <fieldset className="segmented">
        <legend className="visually-hidden">{t('process.views.label')}</legend>
        {views.map((v) => (
          <label key={v} className={props.view === v ? 'segment segment-active' : 'segment'}>
            <input type="radio" name={name} value={v} checked={props.view === v} onChange={() => props.onView(v)} />
            {t(`process.views.${v}`)}
          </label>
        ))}
      </fieldset>
      <button type="button" className="btn btn-primary" onClick={props.onAdd}>
        <Icon name="plus" />
        {t('process.addStep')}
      </button>
      <button type="button" className="btn" onClick={props.onLayout}>
        {t('process.layout')}
      </button>
      {props.onCopyIst && (
        <button type="button" className="btn" onClick={props.onCopyIst}>
          {t('process.copyIst')}
        </button>
      )}
      <UndoButtons history={props.history} />
      <MenuButton
        label={
          <>
            <Icon name="download" />
            {busy ? t('common.exporting') : t('common.export')}
          </>
        }
        busy={busy}
        items={[
          { label: t('process.exportPng'), onSelect: () => void save('process.png'), disabled: busy },
          { label: t('process.exportSvg'), onSelect: () => void save('process.svg'), disabled: busy },
        ]}
      />
    </div>
  );
}
