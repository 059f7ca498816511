import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Phase } from '../../../src-main/contract';
import { Icon } from '../../ui/Icon';
import { PhaseGuide, PhaseIntro } from './PhaseSections';

/** Remembered per workshop on this computer: a coach who folds the brief on the day wants it folded at every phase. */
const briefKey = (workshopId: string): string => `vereinswerkstatt.phaseBrief.${workshopId}`;

function readOpen(workshopId: string): boolean {
  try {
    return window.localStorage.getItem(briefKey(workshopId)) === 'open';
  } catch {
    return false;
  }
}

/**
 * Goal, prompts, facilitator hints and materials, folded by default: on a
 * laptop the phase's tool then starts in the first screen, and the coach opens
 * the brief when she wants to read it.
 */
export function usePhaseBrief(workshopId: string) {
  // Kept with the workshop it belongs to: opening another workshop reads that one's choice.
  const [state, setState] = useState(() => ({ workshopId, open: readOpen(workshopId) }));
  const open = state.workshopId === workshopId ? state.open : readOpen(workshopId);
  const panelId = useId();
  const toggle = (): void => {
    const next = !open;
    setState({ workshopId, open: next });
    try {
      window.localStorage.setItem(briefKey(workshopId), next ? 'open' : 'closed');
    } catch {
      // Storage full or off: the panel still opens, it is only not remembered.
    }
  };
  return { open, toggle, panelId };
}

export type PhaseBriefState = ReturnType<typeof usePhaseBrief>;

/** Nothing to fold: a phase from a template without goal, prompts, hints or materials. */
export function hasBrief(phase: Phase): boolean {
  return phase.purpose !== '' || phase.prompts.length > 0 || phase.instructions !== '' || phase.materials.length > 0;
}

export function PhaseBriefToggle({ brief }: { brief: PhaseBriefState }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="btn phase-brief-toggle" aria-expanded={brief.open} aria-controls={brief.panelId} onClick={brief.toggle}>
      <Icon name="info" />
      {t('phase.brief')}
      <span className={brief.open ? 'phase-brief-chevron phase-brief-chevron-open' : 'phase-brief-chevron'}>
        <Icon name="chevronDown" size={20} />
      </span>
    </button>
  );
}

export function PhaseBrief({ phase, brief }: { phase: Phase; brief: PhaseBriefState }) {
  const { t } = useTranslation();
  return (
    <section id={brief.panelId} className="phase-brief" aria-label={t('phase.brief')} hidden={!brief.open}>
      <div className="phase-brief-column">
        <PhaseIntro phase={phase} />
      </div>
      <div className="phase-brief-column">
        <PhaseGuide phase={phase} />
      </div>
    </section>
  );
}
