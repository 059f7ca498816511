import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateSummary } from '../../../src-main/contract';
import { useApi } from '../../api/ApiProvider';
import { useQuery } from '../../api/useQuery';
import { paths } from '../../app/router';
import { formatDuration } from '../../i18n/format';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { EmptyState } from '../../ui/EmptyState';
import { Icon } from '../../ui/Icon';
import { LoadState } from '../../ui/LoadState';
import { PageHeading } from '../../ui/PageHeading';
import { ImportTemplate } from './ImportTemplate';
import { TemplateNameDialog } from './TemplateNameDialog';
import { useTemplateActions } from './useTemplateActions';
import './templates.css';

function TemplateCard({ template, onDelete }: { template: TemplateSummary; onDelete: (t: TemplateSummary) => void }) {
  const { t } = useTranslation();
  const actions = useTemplateActions();
  return (
    <li className="card template-card">
      <h3 className="template-card-title">
        <a href={paths.template(template.id)}>{template.name}</a>
      </h3>
      <p className="template-card-meta">
        {t('templates.phaseCount', { count: template.phaseCount })} · {formatDuration(template.totalMinutes, t)}
        {template.author && ` · ${template.author}`}
      </p>
      {template.description && <p className="template-card-description">{template.description}</p>}
      <div className="button-row">
        <a className="btn" href={paths.template(template.id)} aria-label={t(template.builtIn ? 'templates.viewTemplateLabel' : 'templates.editLabel', { name: template.name })}>
          <Icon name={template.builtIn ? 'info' : 'edit'} />
          {template.builtIn ? t('templates.view') : t('templates.edit')}
        </a>
        <button type="button" className="btn" aria-label={t('templates.duplicateLabel', { name: template.name })} onClick={() => void actions.duplicate(template.id, true)}>
          <Icon name="plus" />
          {t('templates.duplicate')}
        </button>
        <button type="button" className="btn" aria-label={t('templates.exportLabel', { name: template.name })} onClick={() => void actions.exportFile(template.id)}>
          <Icon name="download" />
          {t('templates.export')}
        </button>
        {!template.builtIn && (
          <button type="button" className="btn btn-danger-outline" aria-label={t('templates.deleteLabel', { name: template.name })} onClick={() => onDelete(template)}>
            <Icon name="trash" />
            {t('templates.delete')}
          </button>
        )}
      </div>
    </li>
  );
}

/** The library: built-in templates to use or copy, the facilitator's own ones, import and export. */
export function TemplateLibrary() {
  const { t } = useTranslation();
  const api = useApi();
  const query = useQuery('templates.list', {});
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<TemplateSummary | null>(null);
  const builtIn = query.data?.filter((x) => x.builtIn) ?? [];
  const own = query.data?.filter((x) => !x.builtIn) ?? [];
  return (
    <div className="page page-narrow template-library">
      <Breadcrumbs items={[{ label: t('nav.overview'), href: paths.start() }, { label: t('nav.templates') }]} />
      <PageHeading focusKey="templates">{t('templates.heading')}</PageHeading>
      <p className="lead">{t('templates.intro')}</p>
      <div className="button-row">
        <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
          <Icon name="plus" />
          {t('templates.new')}
        </button>
        <ImportTemplate />
      </div>
      {!query.data ? (
        <LoadState error={query.error} onRetry={query.reload} />
      ) : (
        <>
          <section className="section" aria-labelledby="templates-own">
            <h2 id="templates-own">{t('templates.ownHeading')}</h2>
            {own.length === 0 ? (
              <EmptyState title={t('templates.ownEmptyTitle')} text={t('templates.ownEmptyText')} />
            ) : (
              <ul className="card-list">{own.map((x) => <TemplateCard key={x.id} template={x} onDelete={setDeleting} />)}</ul>
            )}
          </section>
          <section className="section" aria-labelledby="templates-builtin">
            <h2 id="templates-builtin">{t('templates.builtinHeading')}</h2>
            <ul className="card-list">{builtIn.map((x) => <TemplateCard key={x.id} template={x} onDelete={setDeleting} />)}</ul>
          </section>
        </>
      )}
      {creating && (
        <TemplateNameDialog
          title={t('templates.newTitle')}
          description={t('templates.newText')}
          submitLabel={t('templates.newSubmit')}
          create={(name) => api.call('templates.create', { name })}
          onClose={() => setCreating(false)}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title={t('templates.deleteTitle', { name: deleting.name })}
          text={t('templates.deleteText')}
          confirmLabel={t('templates.delete')}
          onClose={() => setDeleting(null)}
          onConfirm={async () => {
            await api.call('templates.delete', { id: deleting.id });
            setDeleting(null);
          }}
        />
      )}
    </div>
  );
}
