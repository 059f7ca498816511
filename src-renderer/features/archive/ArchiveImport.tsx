import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ARCHIVE_EXTENSION, ARCHIVE_FILE_MAX_BYTES, ApiError } from '../../../src-main/contract';
import { useApi } from '../../api/ApiProvider';
import { errorMessage } from '../../i18n/errors';
import { useAnnounce } from '../../ui/Announcer';
import { Icon } from '../../ui/Icon';
import { type ImportOutcome, ImportReportDialog } from './ImportReportDialog';

type Stage = { step: 'reading'; percent: number | null } | { step: 'importing' };

/** Reads a file with progress; the bytes as base64, the way the API takes them. */
function readAsBase64(file: File, onProgress: (percent: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    // A data URL is base64 already: the browser encodes it, the page need not.
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result.replace(/^data:[^,]*,/, '') : '');
    reader.readAsDataURL(file);
  });
}

/** "Datei importieren" on the start screen: a .vwerkstatt file becomes a new club; a readable report says what came in. */
export function ArchiveImport() {
  const { t } = useTranslation();
  const api = useApi();
  const announce = useAnnounce();
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const [stage, setStage] = useState<Stage | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);

  const read = async (file: File): Promise<void> => {
    setStage({ step: 'reading', percent: null });
    try {
      if (file.size > ARCHIVE_FILE_MAX_BYTES) throw new ApiError({ kind: 'validation', messageKey: 'errors.archive.tooLarge' });
      const base64 = await readAsBase64(file, (percent) => setStage({ step: 'reading', percent }));
      setStage({ step: 'importing' });
      const report = await api.call('archive.import', { base64 });
      announce(t('archive.doneText', { name: report.organisationName }));
      setOutcome({ ok: true, report });
    } catch (error) {
      setOutcome({ ok: false, message: errorMessage(t, error) });
    } finally {
      setStage(null);
      if (input.current) input.current.value = '';
    }
  };

  const label = stage?.step === 'importing' ? t('archive.importing') : t('archive.reading');
  return (
    <>
      <input
        ref={input}
        id={inputId}
        type="file"
        accept={`.${ARCHIVE_EXTENSION},application/zip`}
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="archive-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void read(file);
        }}
      />
      <button type="button" className="btn" title={t('archive.importHint')} disabled={stage !== null} aria-busy={stage !== null} onClick={() => input.current?.click()}>
        <Icon name="arrowDown" />
        {t('archive.importButton')}
      </button>
      {stage && (
        <div className="report-progress" role="status">
          {stage.step === 'reading' && stage.percent !== null ? <progress aria-label={label} max={100} value={stage.percent} /> : <progress aria-label={label} />}
          <span>{label}</span>
        </div>
      )}
      {outcome && <ImportReportDialog outcome={outcome} onClose={() => setOutcome(null)} />}
    </>
  );
}
