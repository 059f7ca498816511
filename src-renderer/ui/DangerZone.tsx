import { useId, useState } from 'react';
import { ConfirmDialog } from './ConfirmDialog';
import { Icon } from './Icon';

interface DangerZoneProps {
  heading: string;
  text: string;
  buttonLabel: string;
  confirmTitle: string;
  confirmText: string;
  confirmLabel: string;
  onConfirm: () => Promise<void>;
}

/** The end of a page where a whole club or workshop can be deleted, after a confirmation. */
export function DangerZone(props: DangerZoneProps) {
  const headingId = useId();
  const [confirming, setConfirming] = useState(false);
  return (
    <section className="section section-danger" aria-labelledby={headingId}>
      <h2 id={headingId}>{props.heading}</h2>
      <p>{props.text}</p>
      <button type="button" className="btn btn-danger-outline" onClick={() => setConfirming(true)}>
        <Icon name="trash" />
        {props.buttonLabel}
      </button>
      {confirming && (
        <ConfirmDialog
          title={props.confirmTitle}
          text={props.confirmText}
          confirmLabel={props.confirmLabel}
          onClose={() => setConfirming(false)}
          onConfirm={props.onConfirm}
        />
      )}
    </section>
  );
}
