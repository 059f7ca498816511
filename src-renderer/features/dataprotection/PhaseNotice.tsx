import { Icon } from '../../ui/Icon';

/** The phase's notice for the club (e.g. "Zur Orientierung – keine Rechtsberatung"), above its results. */
export function PhaseNotice({ text, className = 'dp-notice' }: { text: string | undefined; className?: string }) {
  if (!text?.trim()) return null;
  return (
    <p className={className} role="note">
      <Icon name="info" size={22} />
      <span>{text}</span>
    </p>
  );
}
