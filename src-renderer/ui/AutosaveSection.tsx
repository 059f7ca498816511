import { type ReactNode, useId } from 'react';
import { SaveIndicator, type SaveState } from './SaveIndicator';

interface AutosaveSectionProps {
  heading: string;
  hint: string;
  state: SaveState;
  /** Saves what is pending when focus leaves the fields. */
  onBlur: () => void;
  children: ReactNode;
}

/** A block of fields that saves as the coach types, with its quiet indicator. */
export function AutosaveSection({ heading, hint, state, onBlur, children }: AutosaveSectionProps) {
  const headingId = useId();
  return (
    <section className="section" aria-labelledby={headingId}>
      <div className="section-header">
        <h2 id={headingId}>{heading}</h2>
        <SaveIndicator state={state} />
      </div>
      <p className="hint">{hint}</p>
      <div onBlur={onBlur}>{children}</div>
    </section>
  );
}
