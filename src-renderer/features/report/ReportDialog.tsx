import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REPORT_SECTIONS, type ReportSection, type Workshop } from '../../../src-main/contract';
import { useApi } from '../../api/ApiProvider';
import { errorMessage } from '../../i18n/errors';
import { Dialog } from '../../ui/Dialog';
import { Icon } from '../../ui/Icon';

type Logo = { type: 'png' | 'jpg'; base64: string; name: string } | null;
const MAX_LOGO_BYTES = 2_000_000;

/** Reads the chosen picture in the page: only its bytes go to the core, never a path. */
function readLogo(file: File): Promise<Logo> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve({ type: file.type === 'image/png' ? 'png' : 'jpg', base64: url.slice(url.indexOf(',') + 1), name: file.name });
    };
    reader.onerror = () => reject(reader.error ?? new Error('read'));
    reader.readAsDataURL(file);
  });
}

interface ReportOptionsProps {
  sections: ReadonlySet<ReportSection>;
  toggle: (s: ReportSection, on: boolean) => void;
  language: 'de' | 'en';
  setLanguage: (l: 'de' | 'en') => void;
  anonymise: boolean;
  setAnonymise: (on: boolean) => void;
  pickLogo: (file: File | undefined) => Promise<void>;
  logoName: string | null;
}

/**
 * The logo: the browser's own file input would say "Choose File" in its own
 * language, so it stays hidden behind a button with our words, and the chosen
 * file's name is shown next to it.
 */
function LogoPicker({ pickLogo, logoName }: Pick<ReportOptionsProps, 'pickLogo' | 'logoName'>) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="field" role="group" aria-labelledby="report-logo-label">
      <p className="field-label" id="report-logo-label">
        {t('report.logo')}
      </p>
      <p className="field-hint" id="report-logo-hint">
        {t('report.logoHint')}
      </p>
      <input ref={input} id="report-logo" type="file" accept="image/png,image/jpeg" className="visually-hidden" tabIndex={-1} aria-hidden="true" onChange={(e) => void pickLogo(e.target.files?.[0])} />
      <div className="logo-picker">
        <button type="button" className="btn" aria-describedby="report-logo-hint report-logo-chosen" onClick={() => input.current?.click()}>
          <Icon name="plus" />
          {t('report.logoChoose')}
        </button>
        <span id="report-logo-chosen" className="logo-picker-name">
          {logoName ? t('report.logoChosen', { name: logoName }) : t('report.logoNone')}
        </span>
        {logoName && (
          <button
            type="button"
            className="btn btn-quiet"
            onClick={() => {
              if (input.current) input.current.value = '';
              void pickLogo(undefined);
            }}
          >
            {t('report.logoRemove')}
          </button>
        )}
      </div>
    </div>
  );
}

function ReportOptions({ sections, toggle, language, setLanguage, anonymise, setAnonymise, pickLogo, logoName }: ReportOptionsProps) {
  const { t } = useTranslation();
  return (
    <>
        <fieldset className="choice-group">
          <legend className="field-label">{t('report.sections')}</legend>
          {REPORT_SECTIONS.map((s) => (
            <label key={s} className="choice">
              <input type="checkbox" checked={sections.has(s)} onChange={(e) => toggle(s, e.target.checked)} />
              {t(`report.sectionNames.${s}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className="choice-group">
          <legend className="field-label">{t('report.language')}</legend>
          {(['de', 'en'] as const).map((l) => (
            <label key={l} className="choice">
              <input type="radio" name="report-language" checked={language === l} onChange={() => setLanguage(l)} />
              {t(`report.languages.${l}`)}
            </label>
          ))}
        </fieldset>
        <label className="choice">
          <input type="checkbox" checked={anonymise} onChange={(e) => setAnonymise(e.target.checked)} />
          {t('report.anonymise')}
        </label>
        <LogoPicker pickLogo={pickLogo} logoName={logoName} />
    </>
  );
}

interface ReportDialogProps {
  workshop: Workshop;
  onClose: () => void;
  onSaved: (fileName: string) => void;
}

/** What goes into the report, in which language, with or without names; then the file is made and saved. */
export function ReportDialog({ workshop, onClose, onSaved }: ReportDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const [sections, setSections] = useState<ReadonlySet<ReportSection>>(new Set(REPORT_SECTIONS));
  // The report speaks the workshop's language (its agenda's texts are in it) unless the coach picks the other.
  const [language, setLanguage] = useState<'de' | 'en'>(workshop.language);
  const [anonymise, setAnonymise] = useState(false);
  const [logo, setLogo] = useState<Logo>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // The pictures are drawn while the coach chooses; saving then mostly packs the file. A failure here only means they are drawn on saving.
  useEffect(() => {
    api.call('report.prepare', { workshopId: workshop.id, language }).catch(() => undefined);
  }, [api, workshop.id, language]);

  const toggle = (s: ReportSection, on: boolean): void =>
    setSections((current) => {
      const next = new Set(current);
      if (on) next.add(s);
      else next.delete(s);
      return next;
    });
  const pickLogo = async (file: File | undefined): Promise<void> => {
    setError(null);
    if (!file) return setLogo(null);
    if (!['image/png', 'image/jpeg'].includes(file.type) || file.size > MAX_LOGO_BYTES) return setError(t('report.logoInvalid'));
    setLogo(await readLogo(file));
  };
  const save = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const result = await api.exportFile('report.docx', {
        workshopId: workshop.id,
        sections: REPORT_SECTIONS.filter((s) => sections.has(s)),
        language,
        anonymise,
        logo: logo ? { type: logo.type, base64: logo.base64 } : null,
      });
      if (result.saved) onSaved(result.fileName);
      else setBusy(false);
    } catch (e) {
      setError(errorMessage(t, e));
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('report.dialogTitle')} description={t('report.dialogHint')} onClose={onClose}>
      <ReportOptions sections={sections} toggle={toggle} language={language} setLanguage={setLanguage} anonymise={anonymise} setAnonymise={setAnonymise} pickLogo={pickLogo} logoName={logo?.name ?? null} />
      {error && <p className="form-error">{error}</p>}
      {busy && (
        <div className="report-progress" role="status">
          <progress aria-label={t('report.making')} />
          <span>{t('report.making')}</span>
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn btn-primary" disabled={busy || sections.size === 0} onClick={() => void save()}>
          <Icon name="download" />
          {t('report.save')}
        </button>
        <button type="button" className="btn" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
