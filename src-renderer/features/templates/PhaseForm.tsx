import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, PHASE_KINDS } from '../../../src-main/contract';
import { SelectField, TextField } from '../../ui/fields';
import { ChecklistItemsField } from './ChecklistItemsField';
import { type EditablePhase, linesToList, sameList } from './phase-list';

export type PhasePatch = Partial<Omit<EditablePhase, 'key' | 'id' | 'notes'>>;

interface FormProps {
  phase: EditablePhase;
  readOnly: boolean;
  /** group: which field is being typed in, so that typing is one undo step. */
  onChange: (patch: PhasePatch, group: string) => void;
}

/**
 * A list typed one entry per line. The text is kept as typed (an empty line
 * while typing stays), and follows the list when it changes elsewhere (undo).
 */
function LinesField({ label, hint, value, onChange, readOnly, name }: { label: string; hint: string; value: readonly string[]; onChange: (list: string[]) => void; readOnly: boolean; name: string }) {
  const [text, setText] = useState({ typed: value.join('\n'), from: value });
  if (text.from !== value && !sameList(linesToList(text.typed), value)) setText({ typed: value.join('\n'), from: value });
  return (
    <TextFieldOrText
      label={label}
      hint={hint}
      name={name}
      value={text.typed}
      readOnly={readOnly}
      multiline
      rows={3}
      onChange={(typed) => {
        const list = linesToList(typed);
        setText({ typed, from: list });
        onChange(list);
      }}
    />
  );
}

/** Minutes as typed; only a whole number of at least 1 reaches the phase. */
function MinutesField({ value, onChange, readOnly }: { value: number; onChange: (minutes: number) => void; readOnly: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const errorId = useId();
  const [text, setText] = useState({ typed: String(value), from: value });
  if (text.from !== value && Number(text.typed) !== value) setText({ typed: String(value), from: value });
  const valid = /^\d{1,4}$/.test(text.typed.trim()) && Number(text.typed) >= 1 && Number(text.typed) <= LIMITS.minutes;
  return (
    <div className={valid ? 'field' : 'field field-invalid'}>
      <label htmlFor={id} className="field-label">
        {t('fields.minutes')}
      </label>
      {!valid && (
        <p id={errorId} className="field-error">
          {t('templates.minutesInvalid', { max: LIMITS.minutes })}
        </p>
      )}
      <input
        id={id}
        name="minutes"
        type="text"
        inputMode="numeric"
        className="input-short"
        value={text.typed}
        readOnly={readOnly}
        aria-invalid={valid ? undefined : true}
        aria-describedby={valid ? undefined : errorId}
        onChange={(e) => {
          const typed = e.target.value;
          const minutes = Number(typed.trim());
          setText({ typed, from: Number.isInteger(minutes) && minutes >= 1 ? minutes : value });
          if (/^\d{1,4}$/.test(typed.trim()) && minutes >= 1 && minutes <= LIMITS.minutes) onChange(minutes);
        }}
      />
    </div>
  );
}

type TextProps = Parameters<typeof TextField>[0] & { readOnly: boolean };

/** A text field, or for a built-in template the same label with the text to read. */
function TextFieldOrText({ readOnly, ...props }: TextProps) {
  if (!readOnly) return <TextField {...props} />;
  return (
    <div className="field">
      <span className="field-label">{props.label}</span>
      <p className="readonly-text">{props.value || '–'}</p>
    </div>
  );
}

/** Everything about one phase: title, method, minutes, purpose, instructions, prompts, materials. */
export function PhaseForm({ phase, readOnly, onChange }: FormProps) {
  const { t } = useTranslation();
  const kinds = PHASE_KINDS.map((k) => ({ value: k, label: t(`phaseKinds.${k}`) }));
  return (
    <div className="form-grid phase-form">
      <TextFieldOrText label={t('fields.title')} name="title" required value={phase.title} maxLength={LIMITS.name} readOnly={readOnly} onChange={(title) => onChange({ title }, 'title')} error={phase.title.trim() === '' ? t('errors.required.title') : undefined} />
      <div className="form-row">
        {readOnly ? (
          <TextFieldOrText label={t('fields.kind')} value={t(`phaseKinds.${phase.kind}`)} onChange={() => undefined} readOnly />
        ) : (
          <SelectField label={t('fields.kind')} name="kind" value={phase.kind} options={kinds} onChange={(kind) => kind && onChange({ kind }, 'kind')} hint={t('templates.kindHint')} />
        )}
        <MinutesField value={phase.minutes} readOnly={readOnly} onChange={(minutes) => onChange({ minutes }, 'minutes')} />
      </div>
      <TextFieldOrText label={t('fields.purpose')} name="purpose" value={phase.purpose} multiline rows={2} maxLength={LIMITS.text} readOnly={readOnly} onChange={(purpose) => onChange({ purpose }, 'purpose')} />
      <TextFieldOrText label={t('fields.instructions')} hint={t('templates.instructionsHint')} name="instructions" value={phase.instructions} multiline rows={8} maxLength={LIMITS.text * 4} readOnly={readOnly} onChange={(instructions) => onChange({ instructions }, 'instructions')} />
      <LinesField label={t('fields.prompts')} hint={t('templates.linesHint')} name="prompts" value={phase.prompts} readOnly={readOnly} onChange={(prompts) => onChange({ prompts }, 'prompts')} />
      <LinesField label={t('fields.materials')} hint={t('templates.linesHint')} name="materials" value={phase.materials} readOnly={readOnly} onChange={(materials) => onChange({ materials }, 'materials')} />
      {(phase.kind === 'checklist' || phase.kind === 'datamap') && (
        <TextFieldOrText label={t('dataProtection.templates.notice')} hint={t('dataProtection.templates.noticeHint')} name="notice" value={phase.notice ?? ''} maxLength={LIMITS.shortText} readOnly={readOnly} onChange={(notice) => onChange({ notice }, 'notice')} />
      )}
      {phase.kind === 'checklist' && <ChecklistItemsField items={phase.items ?? []} readOnly={readOnly} onChange={(items, group) => onChange({ items }, group)} />}
    </div>
  );
}
