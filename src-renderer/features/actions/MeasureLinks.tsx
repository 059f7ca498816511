import { type ReactNode, createContext, useContext, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Measure, OriginKind, Phase } from '../../../src-main/contract';
import { useApi } from '../../api/ApiProvider';
import { useQuery } from '../../api/useQuery';
import { paths } from '../../app/router';
import { Icon } from '../../ui/Icon';
import { CreateMeasureDialog, type OriginRequest } from './CreateMeasureDialog';
import { MeasureStatusBadge } from './MeasureBadges';
import './links.css';

// Pain points, steps, stakeholders and notes show the measures made from them
// and offer "Maßnahme daraus machen". One provider per phase loads the plan
// once for all of them.

interface Links {
  linked: (originId: string) => Measure[];
  make: (origin: OriginRequest) => void;
  href: (measureId: string) => string | null;
}

const LinksContext = createContext<Links | null>(null);

export function MeasureLinksProvider({ workshopId, phases, children }: { workshopId: string; phases: readonly Phase[]; children: ReactNode }) {
  const api = useApi();
  const plan = useQuery('measures.list', { workshopId });
  const [origin, setOrigin] = useState<OriginRequest | null>(null);
  const actionPhase = phases.find((p) => p.kind === 'actions');
  const links = useMemo<Links>(() => {
    const byOrigin = new Map<string, Measure[]>();
    for (const m of plan.data?.measures ?? []) {
      if (!m.origin) continue;
      byOrigin.set(m.origin.id, [...(byOrigin.get(m.origin.id) ?? []), m]);
    }
    return {
      linked: (id) => byOrigin.get(id) ?? [],
      make: setOrigin,
      href: (measureId) => (actionPhase ? paths.phase(workshopId, actionPhase.id, measureId) : null),
    };
  }, [actionPhase, plan.data, workshopId]);
  return (
    <LinksContext.Provider value={links}>
      {children}
      {origin && (
        <CreateMeasureDialog
          origin={origin}
          owners={plan.data?.owners ?? []}
          create={(fields) => api.call('measures.create', { workshopId, ...fields })}
          onClose={() => setOrigin(null)}
        />
      )}
    </LinksContext.Provider>
  );
}

export const useMeasureLinks = (): Links | null => useContext(LinksContext);

interface LinkedProps {
  kind: OriginKind;
  id: string;
  label: string;
  suggestedTitle?: string;
  kindLabel?: string;
  /** Compact: only the button and the count, for lists. */
  compact?: boolean;
}

/** The measures made from something, each a link into the plan, and the button to make one more. */
export function LinkedMeasures({ kind, id, label, suggestedTitle, kindLabel, compact }: LinkedProps) {
  const { t } = useTranslation();
  const links = useMeasureLinks();
  if (!links) return null;
  const measures = links.linked(id);
  const button = (
    <button
      type="button"
      className="btn btn-small make-measure"
      aria-label={t('actions.makeFromLabel', { label })}
      onClick={() => links.make({ kind, id, label, ...(suggestedTitle ? { suggestedTitle } : {}), ...(kindLabel ? { kindLabel } : {}) })}
    >
      <Icon name="plus" size={18} />
      {t('actions.makeFrom')}
    </button>
  );
  return (
    <div className={compact ? 'linked-measures linked-measures-compact' : 'linked-measures'}>
      {measures.length > 0 && (
        <ul className="linked-list" aria-label={t('actions.linkedLabel', { label })}>
          {measures.map((m) => {
            const href = links.href(m.id);
            return (
              <li key={m.id}>
                <Icon name="link" size={16} />
                {href ? <a href={href}>{m.title}</a> : <span>{m.title}</span>}
                {!compact && <MeasureStatusBadge status={m.status} />}
              </li>
            );
          })}
        </ul>
      )}
      {button}
    </div>
  );
}

/** The words the coach picked in a text box, or else the line the cursor is on. */
export function pickedText(box: HTMLTextAreaElement | null): string {
  if (!box) return '';
  const { value, selectionStart: start, selectionEnd: end } = box;
  if (end > start) return value.slice(start, end).trim();
  const lineStart = value.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = value.indexOf('\n', start);
  return value
    .slice(lineStart, lineEnd === -1 ? value.length : lineEnd)
    .replace(/^\s*(?:[-•*]|\d+\.)\s+/, '')
    .trim();
}

/** Under a phase's notes: make a measure from the picked words, and the measures made from these notes. */
export function NoteMeasures({ phase, box }: { phase: Phase; box: () => HTMLTextAreaElement | null }) {
  const { t } = useTranslation();
  const links = useMeasureLinks();
  if (!links) return null;
  const measures = links.linked(phase.id);
  const make = (): void => {
    const excerpt = pickedText(box()).slice(0, 500);
    links.make({ kind: 'note', id: phase.id, label: excerpt || phase.title, ...(excerpt ? { excerpt, suggestedTitle: excerpt.slice(0, 200) } : {}) });
  };
  return (
    <div className="linked-measures note-measures">
      <button type="button" className="btn btn-small make-measure" onClick={make} aria-describedby={`note-measure-hint-${phase.id}`}>
        <Icon name="plus" size={18} />
        {t('actions.makeFrom')}
      </button>
      <span id={`note-measure-hint-${phase.id}`} className="hint">
        {t('actions.fromNoteHint')}
      </span>
      {measures.length > 0 && (
        <ul className="linked-list" aria-label={t('actions.linkedLabel', { label: phase.title })}>
          {measures.map((m) => {
            const href = links.href(m.id);
            return (
              <li key={m.id}>
                <Icon name="link" size={16} />
                {href ? <a href={href}>{m.title}</a> : <span>{m.title}</span>}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
