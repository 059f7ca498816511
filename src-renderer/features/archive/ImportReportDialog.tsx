import { useTranslation } from 'react-i18next';
import { type ArchiveImportReport, RECORD_KINDS } from '../../../src-main/contract';
import { navigate, paths } from '../../app/router';
import { Dialog } from '../../ui/Dialog';

export type ImportOutcome = { ok: true; report: ArchiveImportReport } | { ok: false; message: string };

/** What the import took over and what it left out and why; or why the file was refused. */
export function ImportReportDialog({ outcome, onClose }: { outcome: ImportOutcome; onClose: () => void }) {
  const { t } = useTranslation();
  if (!outcome.ok) {
    return (
      <Dialog title={t('archive.failedTitle')} description={outcome.message} role="alertdialog" onClose={onClose}>
        <p>{t('archive.nothingWritten')}</p>
        <div className="dialog-actions">
          <button type="button" className="btn btn-primary" data-autofocus onClick={onClose}>
            {t('common.close')}
          </button>
        </div>
      </Dialog>
    );
  }
  const { report } = outcome;
  const taken = RECORD_KINDS.filter((kind) => (report.taken[kind] ?? 0) > 0);
  return (
    <Dialog title={t('archive.doneTitle')} description={t('archive.doneText', { name: report.organisationName })} onClose={onClose}>
      <h3>{t('archive.takenHeading')}</h3>
      <ul className="archive-taken">
        {taken.map((kind) => (
          <li key={kind}>
            {t(`archive.kinds.${kind}`)}: {report.taken[kind]}
          </li>
        ))}
      </ul>
      {report.droppedCount === 0 ? (
        <p>{t('archive.noneDropped')}</p>
      ) : (
        <>
          <h3>{t('archive.droppedHeading', { count: report.droppedCount })}</h3>
          <ul className="dropped-list">
            {report.dropped.map((d) => (
              <li key={`${d.kind}-${d.index}`}>
                {t('archive.droppedItem', { kind: t(`archive.kinds.${d.kind}`), index: d.index, reason: t(d.reasonKey as 'archive.dropped.invalid', d.params ?? {}) })}
              </li>
            ))}
          </ul>
          {report.droppedCount > report.dropped.length && <p>{t('archive.droppedMore', { count: report.droppedCount - report.dropped.length })}</p>}
        </>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose}>
          {t('common.close')}
        </button>
        <button type="button" className="btn btn-primary" data-autofocus onClick={() => navigate(paths.club(report.organisationId))}>
          {t('archive.openClub')}
        </button>
      </div>
    </Dialog>
  );
}
