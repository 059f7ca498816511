import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, type TemplateDetail } from '../../../src-main/contract';
import { useApi } from '../../api/ApiProvider';
import { useQuery } from '../../api/useQuery';
import { navigate, paths } from '../../app/router';
import { useDocEditor } from '../../lib/useDocEditor';
import { useUndoShortcuts } from '../../lib/useUndoShortcuts';
import { useAnnounce } from '../../ui/Announcer';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Icon } from '../../ui/Icon';
import { LoadState } from '../../ui/LoadState';
import { PageHeading } from '../../ui/PageHeading';
import { SaveIndicator } from '../../ui/SaveIndicator';
import { UndoButtons } from '../../ui/UndoButtons';
import { TextField } from '../../ui/fields';
import { PhaseListEditor } from './PhaseListEditor';
import type { EditablePhase } from './phase-list';
import { useTemplateActions } from './useTemplateActions';
import './templates.css';

type Doc = Pick<TemplateDetail, 'id' | 'name' | 'description' | 'author' | 'licence'> & { phases: EditablePhase[] };

function MetaFields({ doc, edit }: { doc: Doc; edit: (patch: Partial<Doc>, group: string) => void }) {
  const { t } = useTranslation();
  return (
    <div className="form-grid template-meta">
      <TextField label={t('templates.name')} name="name" required value={doc.name} maxLength={LIMITS.name} onChange={(name) => edit({ name }, 'name')} error={doc.name.trim() === '' ? t('errors.required.name') : undefined} className="input-wide" />
      <TextField label={t('fields.description')} hint={t('templates.descriptionHint')} name="description" value={doc.description} multiline rows={3} maxLength={LIMITS.text} onChange={(description) => edit({ description }, 'description')} />
      <div className="form-row">
        <TextField label={t('fields.author')} name="author" value={doc.author} maxLength={LIMITS.name} onChange={(author) => edit({ author }, 'author')} />
        <TextField label={t('fields.licence')} hint={t('templates.licenceHint')} name="licence" value={doc.licence} maxLength={LIMITS.name} onChange={(licence) => edit({ licence }, 'licence')} />
      </div>
    </div>
  );
}

/** An own template: name and description, then its phases; saved as it is edited, undoable. */
function OwnTemplateEditor({ template }: { template: TemplateDetail }) {
  const { t } = useTranslation();
  const api = useApi();
  const announce = useAnnounce();
  const initial: Doc = { id: template.id, name: template.name, description: template.description, author: template.author, licence: template.licence, phases: template.phases };
  const save = useCallback((doc: Doc) => api.call('templates.save', doc), [api]);
  const editor = useDocEditor(initial, save);
  const actions = useTemplateActions();
  const [confirmDelete, setConfirmDelete] = useState(false);
  useUndoShortcuts(editor.history);
  const { doc } = editor;
  const editMeta = (patch: Partial<Doc>, group: string): void => editor.edit((d) => ({ ...d, ...patch }), t('templates.steps.meta'), group);
  return (
    <>
      <PageHeading focusKey={`template-${template.id}`}>{doc.name || t('templates.untitled')}</PageHeading>
      <div className="map-toolbar" role="group" aria-label={t('templates.toolbar')}>
        <UndoButtons history={editor.history} />
        <button type="button" className="btn" onClick={() => { editor.flush(); void actions.exportFile(template.id); }}>
          <Icon name="download" />
          {t('templates.export')}
        </button>
        <button type="button" className="btn btn-danger-outline" onClick={() => setConfirmDelete(true)}>
          <Icon name="trash" />
          {t('templates.delete')}
        </button>
        <SaveIndicator state={editor.state} />
      </div>
      <MetaFields doc={doc} edit={editMeta} />
      <h2 className="section-title">{t('templates.phasesHeading')}</h2>
      <PhaseListEditor phases={doc.phases} newTitle={t('templates.newPhase')} onEdit={(change, label, group) => editor.edit((d) => ({ ...d, phases: change(d.phases) }), label, group)} />
      {confirmDelete && (
        <ConfirmDialog
          title={t('templates.deleteTitle', { name: doc.name })}
          text={t('templates.deleteText')}
          confirmLabel={t('templates.delete')}
          onClose={() => setConfirmDelete(false)}
          onConfirm={async () => {
            await api.call('templates.delete', { id: template.id });
            announce(t('templates.deleted', { name: doc.name }));
            navigate(paths.templates());
          }}
        />
      )}
    </>
  );
}

/** A built-in template: to read and preview; duplicating it makes an own, editable copy. */
function BuiltinTemplateView({ template }: { template: TemplateDetail }) {
  const { t } = useTranslation();
  const actions = useTemplateActions();
  return (
    <>
      <PageHeading focusKey={`template-${template.id}`}>{template.name}</PageHeading>
      <p className="lead">{template.description}</p>
      <p className="hint">{t('templates.builtinHint')}</p>
      <div className="map-toolbar" role="group" aria-label={t('templates.toolbar')}>
        <button type="button" className="btn btn-primary" onClick={() => void actions.duplicate(template.id, true)}>
          <Icon name="plus" />
          {t('templates.duplicateToEdit')}
        </button>
        <button type="button" className="btn" onClick={() => void actions.exportFile(template.id)}>
          <Icon name="download" />
          {t('templates.export')}
        </button>
      </div>
      <h2 className="section-title">{t('templates.phasesHeading')}</h2>
      <PhaseListEditor phases={template.phases} readOnly newTitle="" onEdit={() => undefined} />
    </>
  );
}

export function TemplateEditorPage({ id }: { id: string }) {
  const { t } = useTranslation();
  // Loaded once: while the editor is open, its own copy is the truth.
  const query = useQuery('templates.get', { id }, { refetchOn: () => false });
  const template = query.data;
  return (
    <div className="page page-wide template-page">
      <Breadcrumbs items={[{ label: t('nav.overview'), href: paths.start() }, { label: t('nav.templates'), href: paths.templates() }, { label: template?.name ?? '…' }]} />
      {!template ? (
        <LoadState error={query.error} onRetry={query.reload} />
      ) : template.builtIn ? (
        <BuiltinTemplateView template={template} />
      ) : (
        <OwnTemplateEditor template={template} />
      )}
    </div>
  );
}
