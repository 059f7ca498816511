import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, type Phase } from '../../../src-main/contract';
import { useApi } from '../../api/ApiProvider';
import { useAutosave } from '../../lib/useAutosave';
import { SaveIndicator } from '../../ui/SaveIndicator';
import { NoteMeasures } from '../actions/MeasureLinks';

/** The phase's notes: saved as the coach types, with a quiet indicator. */
export function NotesEditor({ phase }: { phase: Phase }) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const hintId = useId();
  const [text, setText] = useState(phase.notes);
  const typing = useRef(false);
  const box = useRef<HTMLTextAreaElement>(null);
  const autosave = useAutosave<{ text: string }>(async (patch) => {
    await api.call('phases.saveNote', { phaseId: phase.id, text: patch.text ?? '' });
  });

  // Take over notes changed elsewhere (another window), but never while the coach is typing here.
  useEffect(() => {
    if (!typing.current) setText(phase.notes);
  }, [phase.notes]);

  return (
    <section className="phase-section notes">
      <div className="section-header">
        <h3>
          {/* The Rückblick's notes are the session's "Was hat sich getan?". */}
          <label htmlFor={id}>{phase.kind === 'review' ? t('actions.review.sessionNote') : t('phase.notes')}</label>
        </h3>
        <SaveIndicator state={autosave.state} />
      </div>
      <p id={hintId} className="hint">
        {t('phase.notesHint')}
      </p>
      <textarea
        ref={box}
        id={id}
        className="notes-input"
        value={text}
        rows={8}
        maxLength={LIMITS.note}
        aria-describedby={hintId}
        onFocus={() => {
          typing.current = true;
        }}
        onBlur={() => {
          typing.current = false;
          autosave.flush();
        }}
        onChange={(e) => {
          setText(e.target.value);
          autosave.change({ text: e.target.value });
        }}
      />
      <NoteMeasures phase={phase} box={() => box.current} />
    </section>
  );
}
