import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiProvider';
import { messageFor } from '../../i18n/errors';
import { ApiError, type OpenedFileResult } from '../../../src-main/contract';
import { OutcomeDialog as TemplateOutcomeDialog, useIssueText } from '../templates/ImportTemplate';
import { type ImportOutcome, ImportReportDialog } from './ImportReportDialog';

/**
 * A workshop or template file double-clicked while (or before) the desktop
 * app runs is imported by the main process; this shows its report, one file
 * at a time: the same dialogs as the start screen's and the template page's import.
 */
export function OpenedFiles() {
  const { t } = useTranslation();
  const api = useApi();
  const [queue, setQueue] = useState<OpenedFileResult[]>([]);

  const take = useCallback(() => {
    api.takeOpenedFiles().then(
      (results) => {
        if (results.length > 0) setQueue((q) => [...q, ...results]);
      },
      (error: unknown) => console.error('[opened-files]', error),
    );
  }, [api]);

  useEffect(() => {
    take();
    return api.onOpenedFiles(take);
  }, [api, take]);

  const issueText = useIssueText();
  const current = queue[0];
  if (!current) return null;
  const next = () => setQueue((q) => q.slice(1));
  if (current.kind === 'template') {
    const { result } = current;
    return (
      <TemplateOutcomeDialog
        outcome={result.ok ? { ok: true, result: result.value } : { ok: false, message: `${current.fileName}: ${messageFor(t, result.error)}`, details: issueText(new ApiError(result.error)) }}
        onClose={next}
      />
    );
  }
  const outcome: ImportOutcome = current.result.ok
    ? { ok: true, report: current.result.value }
    : { ok: false, message: `${current.fileName}: ${messageFor(t, current.result.error)}` };
  return <ImportReportDialog outcome={outcome} onClose={next} />;
}
