import { useTranslation } from 'react-i18next';
import type { Workshop } from '../../../src-main/contract';
import { formatDate } from '../../i18n/format';

/** The top of every printed page set: club, what it is, the workshop, when and where. */
export function PrintHeader({ workshop, what, line }: { workshop: Workshop; what: string; line?: string }) {
  const facts = [formatDate(workshop.date), workshop.place, line].filter((fact) => !!fact);
  return (
    <header className="print-header">
      <p className="print-kicker">
        <span className="print-what">{what}</span> · {workshop.organisationName}
      </p>
      <h1>{workshop.title}</h1>
      {facts.length > 0 && <p className="print-facts">{facts.join(' · ')}</p>}
    </header>
  );
}

/** The small line at the foot: made with Vereinswerkstatt, as of when. */
export function PrintFooter({ today }: { today: string }) {
  const { t } = useTranslation();
  return <p className="print-foot">{t('print.asOf', { date: formatDate(today) })}</p>;
}
