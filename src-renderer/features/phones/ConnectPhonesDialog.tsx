import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/useQuery';
import { Dialog } from '../../ui/Dialog';
import { Icon } from '../../ui/Icon';
import type { usePhones } from './usePhones';

interface ConnectPhonesDialogProps {
  workshopId: string;
  phones: ReturnType<typeof usePhones>;
  onClose: () => void;
}

/**
 * The coach picks the network the phones come over (the likely Wi-Fi
 * first) and is told about the firewall's question before the laptop listens.
 */
export function ConnectPhonesDialog({ workshopId, phones, onClose }: ConnectPhonesDialogProps) {
  const { t } = useTranslation();
  const networks = useQuery('phones.networks', {});
  const list = networks.data ?? [];
  const [chosen, setChosen] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const address = chosen ?? list[0]?.address ?? null;

  const start = async (): Promise<void> => {
    if (!address) return;
    setBusy(true);
    const ok = await phones.run('phones.start', { workshopId, address }, t('phones.started'));
    setBusy(false);
    if (ok) onClose();
  };

  return (
    <Dialog title={t('phones.dialogTitle')} description={t('phones.dialogHint')} onClose={onClose}>
      {networks.data && list.length === 0 ? (
        <p className="form-error">{t('phones.noNetworks')}</p>
      ) : (
        <fieldset className="choice-group">
          <legend className="field-label">{t('phones.network')}</legend>
          {list.map((n) => (
            <label key={n.address} className="choice">
              <input type="radio" name="phone-network" checked={address === n.address} onChange={() => setChosen(n.address)} />
              <span>
                <strong>{n.name}</strong> · {n.address}
                {n.likelyWifi && <span className="field-hint"> ({t('phones.likelyWifi')})</span>}
              </span>
            </label>
          ))}
        </fieldset>
      )}
      <p className="field-hint">{t('phones.firewall')}</p>
      <div className="dialog-actions">
        <button type="button" className="btn btn-primary" disabled={busy || !address} onClick={() => void start()}>
          <Icon name="phone" />
          {busy ? t('phones.starting') : t('phones.start')}
        </button>
        <button type="button" className="btn" onClick={() => networks.reload()}>
          {t('phones.reload')}
        </button>
        <button type="button" className="btn" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
