import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenedFileResult } from '../../../src-main/contract';
import { useApi } from '../../api/ApiProvider';
import { messageFor } from '../../i18n/errors';
import { type ImportOutcome, ImportReportDialog } from './ImportReportDialog';

/**
 * A workshop file double-clicked while (or before) the desktop app runs is
 * imported by the main process; this shows its report, one file at a time.
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

  const current = queue[0];
  if (!current) return null;
  const outcome: ImportOutcome = current.result.ok
    ? { ok: true, report: current.result.value }
    : { ok: false, message: `${current.fileName}: ${messageFor(t, current.result.error)}` };
  return <ImportReportDialog outcome={outcome} onClose={() => setQueue((q) => q.slice(1))} />;
}
