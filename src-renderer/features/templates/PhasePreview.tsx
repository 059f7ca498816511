import { useTranslation } from 'react-i18next';
import { PhaseGuide, PhaseHeading, PhaseIntro } from '../workshops/PhaseSections';
import type { EditablePhase } from './phase-list';

/** How the phase will look in a workshop, without the workshop's own tools and notes. */
export function PhasePreview({ phase, index, total }: { phase: EditablePhase; index: number; total: number }) {
  const { t } = useTranslation();
  return (
    <article className="phase phase-preview" aria-labelledby="phase-title">
      <p className="hint phase-preview-note">{t('templates.previewNote')}</p>
      <PhaseHeading phase={phase} index={index} total={total} />
      <PhaseIntro phase={phase} />
      <PhaseGuide phase={phase} />
    </article>
  );
}
