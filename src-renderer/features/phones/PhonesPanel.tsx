import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhoneStatus } from '../../../src-main/contract';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Icon } from '../../ui/Icon';
import { QrCode } from './QrCode';
import { joinLink, type usePhones } from './usePhones';
import './phones.css';

/** A minute without any phone: likely a guest Wi-Fi that keeps devices apart. */
const ISOLATION_MS = 60_000;

/** True once a minute has passed since listening began and no phone has come. */
function useNobodyCame(status: PhoneStatus): boolean {
  const [lateFor, setLateFor] = useState<string | null>(null);
  const { startedAt, firstJoinAt } = status;
  useEffect(() => {
    if (firstJoinAt || !startedAt) return;
    const timer = setTimeout(() => setLateFor(startedAt), Math.max(0, Date.parse(startedAt) + ISOLATION_MS - Date.now()));
    return () => clearTimeout(timer);
  }, [startedAt, firstJoinAt]);
  return !firstJoinAt && startedAt !== null && lateFor === startedAt;
}

interface PhonesPanelProps {
  status: PhoneStatus;
  phones: ReturnType<typeof usePhones>;
}

/** On the coach's screen while phones are connected: the way in, how many came, and her controls. */
export function PhonesPanel({ status, phones }: PhonesPanelProps) {
  const { t } = useTranslation();
  const [renewing, setRenewing] = useState(false);
  const nobody = useNobodyCame(status);
  const link = joinLink(status);
  return (
    <section className="phones-panel" aria-label={t('phones.heading')}>
      {!status.qrHidden && link && <QrCode className="phones-qr" text={link} label={t('phones.qrAlt', { url: status.url })} />}
      <div className="phones-facts">
        <p className="phones-count" role="status">
          <Icon name="phone" />
          {t('phones.connected', { count: status.phones })}
        </p>
        <dl className="phones-join">
          <dt>{t('phones.address')}</dt>
          <dd>{status.url}</dd>
          <dt>{t('phones.code')}</dt>
          <dd className="phones-code">{status.code}</dd>
        </dl>
        {!status.joiningOpen && <p className="field-hint">{t('phones.joiningClosed')}</p>}
        {nobody && (
          <p className="phones-hint" role="note">
            <Icon name="info" />
            {t('phones.isolationHint')}
          </p>
        )}
        <div className="phones-buttons">
          <button type="button" className="btn" onClick={() => void phones.run('phones.qr', { hidden: !status.qrHidden })}>
            {status.qrHidden ? t('phones.showQr') : t('phones.hideQr')}
          </button>
          <button type="button" className="btn" onClick={() => void phones.run('phones.joining', { open: !status.joiningOpen })}>
            {status.joiningOpen ? t('phones.closeJoining') : t('phones.openJoining')}
          </button>
          <button type="button" className="btn" onClick={() => setRenewing(true)}>
            {t('phones.renew')}
          </button>
          <button type="button" className="btn btn-quiet" onClick={() => void phones.run('phones.stop', {}, t('phones.stopped'))}>
            <Icon name="stop" />
            {t('phones.stop')}
          </button>
        </div>
      </div>
      {renewing && (
        <ConfirmDialog
          title={t('phones.renew')}
          text={t('phones.renewConfirm')}
          confirmLabel={t('phones.renew')}
          onConfirm={async () => {
            await phones.run('phones.renewCode', {}, t('phones.renewed'));
            // ConfirmDialog leaves closing to its owner: without this the dialog stayed open, its button busy.
            setRenewing(false);
          }}
          onClose={() => setRenewing(false)}
        />
      )}
    </section>
  );
}
