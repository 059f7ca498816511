import { useTranslation } from 'react-i18next';
import type { ProcessDiagram } from '../../../src-main/contract';
import { numberSteps } from '../../../src-main/shared/process-geometry';
import { MarkerBadge } from './StepNode';

/**
 * The process as text: numbered steps per lane with their markers and where
 * they lead. The accessible twin of the diagram, and what goes into the report.
 */
export function ProcessText({ diagram }: { diagram: ProcessDiagram }) {
  const { t } = useTranslation();
  const numbers = numberSteps(diagram);
  const byNumber = [...diagram.steps].sort((a, b) => (numbers.get(a.id) ?? 0) - (numbers.get(b.id) ?? 0));
  return (
    <section className="process-text" aria-labelledby="process-text-heading">
      <h3 id="process-text-heading">{t('process.text.heading')}</h3>
      {diagram.lanes.map((lane) => {
        const steps = byNumber.filter((s) => s.laneId === lane.id);
        return (
          <section key={lane.id} className="process-text-lane" aria-label={lane.name}>
            <h4>{lane.name}</h4>
            {steps.length === 0 ? (
              <p className="hint">{t('process.text.emptyLane')}</p>
            ) : (
              <ul>
                {steps.map((s) => {
                  const next = diagram.edges.filter((e) => e.sourceId === s.id);
                  return (
                    <li key={s.id}>
                      <span className="text-step">
                        <strong>{numbers.get(s.id)}.</strong> {t(`processDomain.stepKinds.${s.kind}`)}: {s.label}
                      </span>
                      {next.length > 0 && (
                        <span className="text-next">
                          {' '}
                          ({t('process.text.next')}{' '}
                          {next
                            .map((e) => (e.label ? t('process.text.edge', { label: e.label, number: numbers.get(e.targetId) }) : t('process.text.edgePlain', { number: numbers.get(e.targetId) })))
                            .join(', ')}
                          )
                        </span>
                      )}
                      {diagram.markers.filter((m) => m.stepId === s.id).map((m) => (
                        <span key={m.id} className="text-marker">
                          <MarkerBadge marker={m} word={t(`processDomain.markers.${m.kind}`)} /> {m.text}
                        </span>
                      ))}
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        );
      })}
    </section>
  );
}
