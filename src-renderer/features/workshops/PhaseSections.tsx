import { useTranslation } from 'react-i18next';
import type { PhaseKind } from '../../../src-main/contract';
import { RichText } from '../../ui/RichText';

// The parts of a phase that come from its template: shown in a workshop, and
// in the template editor's preview, the same way.

interface PhaseText {
  title: string;
  kind: PhaseKind;
  minutes: number;
  purpose: string;
  prompts: readonly string[];
  instructions: string;
  materials: readonly string[];
}

export function PhaseHeading({ phase, index, total }: { phase: PhaseText; index: number; total: number }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="phase-kicker">
        {t('phase.position', { n: index + 1, total })} · {t(`phaseKinds.${phase.kind}`)} · {t('common.minutes', { count: phase.minutes })}
      </p>
      <h2 id="phase-title" className="phase-title">
        {phase.title}
      </h2>
    </>
  );
}

/** What the phase is for, and the questions for the group. */
export function PhaseIntro({ phase }: { phase: PhaseText }) {
  const { t } = useTranslation();
  return (
    <>
      {phase.purpose && (
        <section className="phase-section">
          <h3>{t('phase.purpose')}</h3>
          <p className="phase-purpose">{phase.purpose}</p>
        </section>
      )}
      {phase.prompts.length > 0 && (
        <section className="phase-section phase-prompts">
          <h3>{t('phase.prompts')}</h3>
          <ul>
            {phase.prompts.map((prompt) => (
              <li key={prompt}>{prompt}</li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/** The facilitator's instructions and the materials. */
export function PhaseGuide({ phase }: { phase: PhaseText }) {
  const { t } = useTranslation();
  return (
    <>
      {phase.instructions && (
        <section className="phase-section phase-instructions">
          <h3>{t('phase.instructions')}</h3>
          <RichText source={phase.instructions} />
        </section>
      )}
      {phase.materials.length > 0 && (
        <section className="phase-section">
          <h3>{t('phase.materials')}</h3>
          <ul className="materials">
            {phase.materials.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
