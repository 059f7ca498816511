import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportInput, ExportKind } from '../../src-main/contract';
import { useApi } from '../api/ApiProvider';
import { errorMessage } from '../i18n/errors';
import type { UndoStack } from '../lib/useUndoStack';
import { Icon, type IconName } from './Icon';
import { MenuButton } from './MenuButton';
import { UndoButtons } from './UndoButtons';

/** Saves an export through the app's save dialog and says how it went; busy while it runs. */
export function useExportFile(announce: (text: string) => void) {
  const { t } = useTranslation();
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const save = async <K extends ExportKind>(kind: K, input: ExportInput<K>): Promise<void> => {
    setBusy(true);
    try {
      const result = await api.exportFile(kind, input);
      if (result.saved) announce(t('common.exported', { file: result.fileName }));
    } catch (error) {
      announce(errorMessage(t, error));
    } finally {
      setBusy(false);
    }
  };
  return { busy, save };
}

export interface ViewChoice<V extends string> {
  value: V;
  label: string;
  icon?: IconName;
}

export interface EditorToolbarProps<V extends string> {
  label: string;
  views: { legend: string; choices: ViewChoice<V>[]; value: V; onChange: (view: V) => void };
  add: { label: string; onClick: () => void };
  history: UndoStack;
  exports: { busy: boolean; items: { label: string; onSelect: () => void }[] };
  /** The editor's own buttons, after "add". */
  children?: ReactNode;
}

/** An editor's toolbar: the view switch, add, the editor's own buttons, undo/redo and the export menu. */
export function EditorToolbar<V extends string>({ label, views, add, history, exports, children }: EditorToolbarProps<V>) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <div className="map-toolbar" role="group" aria-label={label}>
      <fieldset className="segmented">
        <legend className="visually-hidden">{views.legend}</legend>
        {views.choices.map((v) => (
          <label key={v.value} className={views.value === v.value ? 'segment segment-active' : 'segment'}>
            <input type="radio" name={name} value={v.value} checked={views.value === v.value} onChange={() => views.onChange(v.value)} />
            {v.icon && <Icon name={v.icon} size={18} />}
            {v.label}
          </label>
        ))}
      </fieldset>
      <button type="button" className="btn btn-primary" onClick={add.onClick}>
        <Icon name="plus" />
        {add.label}
      </button>
      {children}
      <UndoButtons history={history} />
      <MenuButton
        label={
          <>
            <Icon name="download" />
            {exports.busy ? t('common.exporting') : t('common.export')}
          </>
        }
        busy={exports.busy}
        items={exports.items.map((item) => ({ ...item, disabled: exports.busy }))}
      />
    </div>
  );
}
