import { useTranslation } from 'react-i18next';
import type { Phase, PresentationState } from '../../../src-main/contract';
import { CHECKLIST_SYMBOLS } from '../../../src-main/shared/data-protection-labels';
import { useQuery } from '../../api/useQuery';
import { PhaseNotice } from '../dataprotection/PhaseNotice';
import { PagedFlow } from './PagedFlow';
import '../dataprotection/dataprotection.css';

// The checklist and the data map for the room: read-only, large, the state
// in a symbol and a word (never colour alone), page by page.

interface Props {
  phase: Phase;
  presentation: PresentationState;
}

export function PresentChecklist({ phase, presentation }: Props) {
  const { t } = useTranslation();
  const { data } = useQuery('checklist.get', { phaseId: phase.id });
  if (!data) return null;
  return (
    <>
      <PhaseNotice text={phase.notice} className="present-notice" />
      {data.entries.length === 0 ? (
        <p className="present-empty">{t('dataProtection.checklist.noItems')}</p>
      ) : (
        <PagedFlow page={presentation.page} columnWidth="30em" rangeLabel={(from, to, total) => t('present.itemRange', { from, to, total })}>
          <ul className="present-checklist">
            {data.entries.map((e) => (
              <li key={e.key} data-item data-state={e.state ?? 'unanswered'}>
                <span>{e.title}</span>
                <span className="present-state">{e.state ? `${CHECKLIST_SYMBOLS[e.state]} ${t(`dataProtection.states.${e.state}`)}` : t('dataProtection.unanswered')}</span>
              </li>
            ))}
          </ul>
        </PagedFlow>
      )}
    </>
  );
}

const COLUMNS = ['dataKind', 'storage', 'access', 'legalBasis', 'consent', 'deletion'] as const;

export function PresentDataMap({ phase, presentation }: Props) {
  const { t } = useTranslation();
  const { data } = useQuery('dataMap.get', { phaseId: phase.id });
  if (!data) return null;
  return (
    <>
      <PhaseNotice text={phase.notice} className="present-notice" />
      {data.rows.length === 0 ? (
        <p className="present-empty">{t('dataProtection.present.empty')}</p>
      ) : (
        <PagedFlow page={presentation.page} columnWidth="100vw" rangeLabel={(from, to, total) => t('present.rowRange', { from, to, total })}>
          <table className="present-table">
            <thead>
              <tr>
                {COLUMNS.map((c) => (
                  <th key={c} scope="col">
                    {t(`dataProtection.dataMap.columns.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.rows.map((r) => (
                <tr key={r.id} data-item>
                  <th scope="row">{r.dataKind}</th>
                  <td>{r.storage || t('present.none')}</td>
                  <td>{r.access || t('present.none')}</td>
                  <td>{r.legalBasis || t('present.none')}</td>
                  <td>{t(`dataProtection.consent.${r.consent}`)}</td>
                  <td>{r.deletion || t('present.none')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </PagedFlow>
      )}
    </>
  );
}
