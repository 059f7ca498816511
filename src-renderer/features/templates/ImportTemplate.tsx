import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, TEMPLATE_EXTENSION, TEMPLATE_FILE_MAX_CHARS, type TemplateImportResult } from '../../../src-main/contract';
import { useApi } from '../../api/ApiProvider';
import { navigate, paths } from '../../app/router';
import { errorMessage, messageFor } from '../../i18n/errors';
import { useAnnounce } from '../../ui/Announcer';
import { Dialog } from '../../ui/Dialog';
import { Icon } from '../../ui/Icon';

export type Outcome = { ok: true; result: TemplateImportResult } | { ok: false; message: string; details: string[] };

/** "Phase 3, Minuten: …" — where in the file something is wrong, in words. */
export function useIssueText() {
  const { t } = useTranslation();
  return (error: unknown): string[] => {
    if (!(error instanceof ApiError)) return [];
    return (error.data.issues ?? []).slice(0, 8).map((issue) => {
      const phase = /^phases\.(\d+)\./.exec(issue.field);
      const text = messageFor(t, issue);
      return phase ? t('templates.import.inPhase', { n: Number(phase[1]) + 1, text }) : text;
    });
  };
}

/** What the import did: the template that came in (and what was left out), or what is wrong with the file. */
export function OutcomeDialog({ outcome, onClose }: { outcome: Outcome; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      {outcome.ok && (
        <Dialog title={t('templates.import.doneTitle')} description={outcome.result.template.name} onClose={() => onClose()}>
          {outcome.result.newId && <p>{t('templates.import.newId')}</p>}
          {outcome.result.dropped.length > 0 && (
            <>
              <p>{t('templates.import.dropped', { count: outcome.result.dropped.length })}</p>
              <ul className="dropped-list">
                {outcome.result.dropped.map((field) => (
                  <li key={field}>
                    <code>{field}</code>
                  </li>
                ))}
              </ul>
            </>
          )}
          <div className="dialog-actions">
            <button type="button" className="btn" onClick={() => onClose()}>
              {t('common.close')}
            </button>
            <button type="button" className="btn btn-primary" data-autofocus onClick={() => navigate(paths.template(outcome.result.template.id))}>
              {t('templates.import.open')}
            </button>
          </div>
        </Dialog>
      )}
      {!outcome.ok && (
        <Dialog title={t('templates.import.failedTitle')} description={outcome.message} role="alertdialog" onClose={() => onClose()}>
          {outcome.details.length > 0 && (
            <ul className="import-issues">
              {outcome.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          )}
          <p>{t('templates.import.nothingWritten')}</p>
          <div className="dialog-actions">
            <button type="button" className="btn btn-primary" data-autofocus onClick={() => onClose()}>
              {t('common.close')}
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}

/** Reads a template file someone passed on; says what came in, what was left out, or what is wrong. */
export function ImportTemplate() {
  const { t } = useTranslation();
  const api = useApi();
  const announce = useAnnounce();
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const issueText = useIssueText();

  const read = async (file: File): Promise<void> => {
    setBusy(true);
    try {
      if (file.size > TEMPLATE_FILE_MAX_CHARS * 4) throw new ApiError({ kind: 'validation', messageKey: 'errors.templates.fileTooLarge' });
      const result = await api.call('templates.import', { content: await file.text() });
      announce(t('templates.import.done', { name: result.template.name }));
      setOutcome({ ok: true, result });
    } catch (error) {
      setOutcome({ ok: false, message: errorMessage(t, error), details: issueText(error) });
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <>
      <input
        ref={input}
        id={inputId}
        type="file"
        accept={`.json,.${TEMPLATE_EXTENSION},application/json`}
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void read(file);
        }}
      />
      <button type="button" className="btn" aria-busy={busy} onClick={() => input.current?.click()}>
        <Icon name="arrowDown" />
        {busy ? t('templates.import.reading') : t('templates.import.button')}
      </button>
      {outcome && <OutcomeDialog outcome={outcome} onClose={() => setOutcome(null)} />}
    </>
  );
}
