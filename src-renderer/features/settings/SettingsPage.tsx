import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../src-main/contract';
import { useApi } from '../../api/ApiProvider';
import { useQuery } from '../../api/useQuery';
import { errorMessage } from '../../i18n/errors';
import { useAnnounce } from '../../ui/Announcer';
import { LoadState } from '../../ui/LoadState';
import { PageHeading } from '../../ui/PageHeading';
import { BackupsSection } from '../backups/BackupsSection';

function LanguageChoice({ current }: { current: Language }) {
  const { t } = useTranslation();
  const api = useApi();
  const announce = useAnnounce();
  const hintId = useId();
  // The choice shows at once; the saved setting follows a moment later.
  const [selected, setSelected] = useState(current);
  const [saved, setSaved] = useState(current);
  if (saved !== current) {
    setSaved(current);
    setSelected(current);
  }
  const choose = (language: Language): void => {
    setSelected(language);
    api.call('settings.update', { language }).catch((error: unknown) => {
      setSelected(current);
      announce(errorMessage(t, error));
    });
  };
  return (
    <section className="section" aria-labelledby="settings-language">
      <fieldset className="choice-group" aria-describedby={hintId}>
        <legend>
          <h2 id="settings-language">{t('settings.languageHeading')}</h2>
        </legend>
        <p id={hintId} className="hint">
          {t('settings.languageHint')}
        </p>
        {LANGUAGES.map((language) => (
          <label key={language} className="choice" lang={language}>
            <input
              type="radio"
              name="language"
              value={language}
              checked={selected === language}
              onChange={() => choose(language)}
            />
            {t(`settings.languages.${language}`)}
          </label>
        ))}
      </fieldset>
    </section>
  );
}

/** "Zeit automatisch starten": during a running workshop, opening a phase starts its clock. */
function TimerChoice({ current }: { current: boolean }) {
  const { t } = useTranslation();
  const api = useApi();
  const announce = useAnnounce();
  const hintId = useId();
  const [checked, setChecked] = useState(current);
  const [saved, setSaved] = useState(current);
  if (saved !== current) {
    setSaved(current);
    setChecked(current);
  }
  const change = (autoStartTimer: boolean): void => {
    setChecked(autoStartTimer);
    api.call('settings.update', { autoStartTimer }).catch((error: unknown) => {
      setChecked(current);
      announce(errorMessage(t, error));
    });
  };
  return (
    <section className="section" aria-labelledby="settings-day">
      <h2 id="settings-day">{t('settings.dayHeading')}</h2>
      <label className="choice">
        <input type="checkbox" checked={checked} aria-describedby={hintId} onChange={(e) => change(e.target.checked)} />
        {t('settings.autoStartTimer')}
      </label>
      <p id={hintId} className="hint">
        {t('settings.autoStartTimerHint')}
      </p>
    </section>
  );
}

export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useQuery('settings.get', {});
  const info = useQuery('app.info', {});
  return (
    <div className="page page-narrow">
      <PageHeading focusKey="settings">{t('settings.title')}</PageHeading>
      {settings.data ? <LanguageChoice current={settings.data.language} /> : <LoadState error={settings.error} />}
      {settings.data && <TimerChoice current={settings.data.autoStartTimer} />}
      <section className="section" aria-labelledby="settings-data">
        <h2 id="settings-data">{t('settings.dataHeading')}</h2>
        <p>{t('settings.dataText')}</p>
        {info.data && (
          <p>
            {t('settings.dataFile')}: <code className="path">{info.data.dbFile}</code>
          </p>
        )}
      </section>
      <BackupsSection />
      {/* No auto-update (the app works offline): the version, and where a newer one comes from. */}
      <section className="section" aria-labelledby="settings-about">
        <h2 id="settings-about">{t('settings.aboutHeading')}</h2>
        {info.data && (
          <p>
            {t('settings.version', { version: info.data.appVersion })}
            {info.data.schemaVersion !== null && <> · {t('settings.fileFormat', { version: info.data.schemaVersion })}</>}
          </p>
        )}
        <p className="hint">{t('settings.aboutUpdates')}</p>
      </section>
    </div>
  );
}
