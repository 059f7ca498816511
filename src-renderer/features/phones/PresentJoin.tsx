import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/useQuery';
import { QrCode } from './QrCode';
import { PHONE_UPDATES, joinLink } from './usePhones';
import './present-join.css';

/**
 * The way in for the room, on the projector while phones may join: a large
 * QR code, the short address and the code to type, and how many are here.
 * Its column narrows the content beside it, which fits itself to what is left.
 */
export function PresentJoin({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const status = useQuery('phones.status', {}, PHONE_UPDATES).data;
  if (!status?.running || status.workshopId !== workshopId || status.qrHidden || !status.joiningOpen) return null;
  return (
    <aside className="present-join" aria-label={t('phones.projectorJoin')}>
      <h2>{t('phones.projectorJoin')}</h2>
      <QrCode className="present-join-qr" text={joinLink(status)} label={t('phones.qrAlt', { url: status.url })} />
      <p className="present-join-hint">{t('phones.projectorScan')}</p>
      <p className="present-join-url">{status.url?.replace(/^http:\/\//, '').replace(/\/$/, '')}</p>
      <p className="present-join-code" aria-label={`${t('phones.code')}: ${status.code?.split('').join(' ')}`}>
        {status.code}
      </p>
      <p className="present-join-count">{t('phones.connected', { count: status.phones })}</p>
    </aside>
  );
}
