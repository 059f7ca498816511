import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopDetail } from '../../../src-main/contract';
import { useApi } from '../../api/ApiProvider';
import { useDocEditor } from '../../lib/useDocEditor';
import { useUndoShortcuts } from '../../lib/useUndoShortcuts';
import { useAnnounce } from '../../ui/Announcer';
import { Icon } from '../../ui/Icon';
import { SaveIndicator } from '../../ui/SaveIndicator';
import { UndoButtons } from '../../ui/UndoButtons';
import { PhaseListEditor } from '../templates/PhaseListEditor';
import { TemplateNameDialog } from '../templates/TemplateNameDialog';
import type { EditablePhase } from '../templates/phase-list';
import '../templates/templates.css';

/** A new phase's id, made here so that the next saves know the phase (the core accepts it once). */
const newPhaseId = (): string => (typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `p-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`);

const toEditable = (workshop: WorkshopDetail): EditablePhase[] =>
  workshop.phases.map(({ id, key, title, kind, minutes, purpose, instructions, prompts, materials, notes }) => ({ id, key, title, kind, minutes, purpose, instructions, prompts, materials, notes }));

/** "Ablauf anpassen": this workshop's own phases, changed without touching any template. */
export function AgendaEditor({ workshop }: { workshop: WorkshopDetail }) {
  const { t } = useTranslation();
  const api = useApi();
  const announce = useAnnounce();
  const save = useCallback((phases: EditablePhase[]) => api.call('workshops.phases.save', { workshopId: workshop.id, phases }), [api, workshop.id]);
  const editor = useDocEditor(toEditable(workshop), save);
  const [saving, setSaving] = useState(false);
  useUndoShortcuts(editor.history);
  return (
    <section className="section agenda-editor" aria-labelledby="agenda-editor-heading">
      <div className="section-header">
        <h2 id="agenda-editor-heading">{t('templates.agenda.heading')}</h2>
        <SaveIndicator state={editor.state} />
      </div>
      <p className="hint">{t('templates.agenda.intro')}</p>
      <div className="map-toolbar" role="group" aria-label={t('templates.agenda.heading')}>
        <UndoButtons history={editor.history} />
        <button type="button" className="btn" onClick={() => setSaving(true)}>
          <Icon name="note" />
          {t('templates.agenda.saveAsTemplate')}
        </button>
      </div>
      <PhaseListEditor phases={editor.doc} newTitle={t('templates.newPhase')} newId={newPhaseId} onEdit={editor.edit} />
      {saving && (
        <TemplateNameDialog
          title={t('templates.agenda.saveAsTemplateTitle')}
          description={t('templates.agenda.saveAsTemplateText')}
          submitLabel={t('templates.agenda.saveAsTemplateSubmit')}
          initialName={workshop.title}
          create={async (name) => {
            await editor.settled();
            const template = await api.call('templates.fromWorkshop', { workshopId: workshop.id, name });
            announce(t('templates.agenda.savedAsTemplate', { name: template.name }));
            return template;
          }}
          onClose={() => setSaving(false)}
        />
      )}
    </section>
  );
}
