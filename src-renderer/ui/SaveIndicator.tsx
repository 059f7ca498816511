import { useTranslation } from 'react-i18next';
import { formatTime } from '../i18n/format';
import { Icon } from './Icon';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: string } | { kind: 'failed'; message: string };

/** A quiet line that says whether the last edit is safe: no save button needed. */
export function SaveIndicator({ state }: { state: SaveState }) {
  const { t, i18n } = useTranslation();
  let content: React.ReactNode = null;
  if (state.kind === 'saving') content = t('save.saving');
  if (state.kind === 'saved')
    content = (
      <>
        <Icon name="check" size={18} />
        {t('save.savedAt', { time: formatTime(state.at, i18n.language) })}
      </>
    );
  if (state.kind === 'failed')
    content = (
      <>
        <Icon name="alert" size={18} />
        {t('save.failed')}: {state.message}
      </>
    );
  return (
    <p className={`save-indicator save-${state.kind}`} role="status" aria-live="polite">
      {content}
    </p>
  );
}
