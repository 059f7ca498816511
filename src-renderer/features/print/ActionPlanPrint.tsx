import { useTranslation } from 'react-i18next';
import type { ActionPlan, Measure, Workshop } from '../../../src-main/contract';
import { formatDate } from '../../i18n/format';
import { Icon } from '../../ui/Icon';
import { STATUS_ICONS } from '../actions/MeasureBadges';
import { PrintFooter, PrintHeader } from './PrintHeader';

function MeasureRow({ measure: m }: { measure: Measure }) {
  const { t } = useTranslation();
  return (
    <tr className="measure-print-row">
      <td>
        <p className="measure-print-title">{m.title}</p>
        {m.firstStep.trim() && <p className="measure-print-step">{t('print.firstStep', { step: m.firstStep.trim() })}</p>}
      </td>
      <td>{m.owner.trim() || <span className="print-muted">{t('print.noOwner')}</span>}</td>
      <td>
        {m.dueDate ? formatDate(m.dueDate) : <span className="print-muted">{t('print.noDue')}</span>}
        {m.overdue && (
          <span className="print-overdue">
            <Icon name="alert" size={16} />
            {t('print.overdue')}
          </span>
        )}
      </td>
      <td className="measure-print-status">
        <Icon name={STATUS_ICONS[m.status]} size={18} />
        {t(`actions.statuses.${m.status}`)}
      </td>
    </tr>
  );
}

/** The action plan for the club's noticeboard: what, who, by when, how far. */
export function ActionPlanPrint({ workshop, plan }: { workshop: Workshop; plan: ActionPlan }) {
  const { t } = useTranslation();
  return (
    <>
      <PrintHeader workshop={workshop} what={t('print.actionsTitle')} />
      {plan.measures.length === 0 ? (
        <p>{t('print.noMeasures')}</p>
      ) : (
        <table className="print-table measures-print-table">
          <thead>
            <tr>
              <th scope="col">{t('print.measure')}</th>
              <th scope="col">{t('print.owner')}</th>
              <th scope="col">{t('print.due')}</th>
              <th scope="col">{t('print.status')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.measures.map((m) => (
              <MeasureRow key={m.id} measure={m} />
            ))}
          </tbody>
        </table>
      )}
      <PrintFooter today={plan.today} />
    </>
  );
}
