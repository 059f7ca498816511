import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { messageFor } from '../i18n/errors';
import { formatDate, readDate } from '../i18n/format';
import { parseClockTime } from '../../src-main/shared/agenda-times';

/**
 * Focus for a field that should start focused. The dialog focuses such fields
 * when it opens; a field that appears later (after data loaded) focuses itself.
 */
const focusIfInOpenDialog = (el: HTMLElement | null): void => {
  if (el?.closest('dialog')?.open) el.focus();
};

interface ShellProps {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean | undefined;
  /** Below the input: how many characters are left, near the limit. */
  counter?: string | null | undefined;
  children: (ids: { inputId: string; describedBy: string | undefined }) => ReactNode;
}

/** Label, hint and error wired to the input, so screen readers read all three. */
function FieldShell({ label, hint, error, required, counter, children }: ShellProps) {
  const { t } = useTranslation();
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const counterId = useId();
  const describedBy = [hint ? hintId : null, error ? errorId : null, counter ? counterId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={inputId} className="field-label">
        {label}
        {required && <span className="field-required"> ({t('common.requiredMark')})</span>}
      </label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      {children({ inputId, describedBy })}
      {counter && (
        <p id={counterId} className="field-counter">
          {counter}
        </p>
      )}
    </div>
  );
}

/** From this share of the limit on, a field says how many characters are left. */
const COUNTER_FROM = 0.8;

/**
 * A text longer than its limit stays in the field (a paste is never cut
 * silently): the field says by how much to shorten it, and the save refuses it.
 */
function useLengthLimit(value: string, maxLength: number | undefined): { error: string | null; counter: string | null } {
  const { t } = useTranslation();
  if (maxLength === undefined || value.length < maxLength * COUNTER_FROM) return { error: null, counter: null };
  if (value.length > maxLength) return { error: t('fields.tooLongBy', { count: value.length - maxLength, max: maxLength }), counter: null };
  return { error: null, counter: t('fields.charactersLeft', { count: maxLength - value.length }) };
}

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  multiline?: boolean;
  rows?: number;
  maxLength?: number;
  autoFocus?: boolean;
  name?: string;
  autoComplete?: string;
  className?: string;
  /** Values to suggest while typing (a native datalist); free text stays allowed. */
  suggestions?: readonly string[] | undefined;
  placeholder?: string;
  inputMode?: 'text' | 'numeric';
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
}

export function TextField(props: TextFieldProps) {
  const { label, value, onChange, onBlur, hint, required, multiline, rows = 4, maxLength, autoFocus, name, suggestions } = props;
  const listId = useId();
  const limit = useLengthLimit(value, maxLength);
  const error = props.error ?? limit.error ?? undefined;
  return (
    <FieldShell label={label} hint={hint} error={error} required={required} counter={limit.counter}>
      {({ inputId, describedBy }) => {
        const common = {
          id: inputId,
          name,
          value,
          onBlur,
          'aria-describedby': describedBy,
          'aria-invalid': error ? true : undefined,
          'aria-required': required ? true : undefined,
          'data-autofocus': autoFocus ? true : undefined,
          className: props.className,
          placeholder: props.placeholder,
          onKeyDown: props.onKeyDown,
          ref: autoFocus ? focusIfInOpenDialog : undefined,
        };
        return multiline ? (
          <textarea {...common} rows={rows} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <>
            <input
              {...common}
              type="text"
              inputMode={props.inputMode}
              autoComplete={props.autoComplete ?? 'off'}
              list={suggestions?.length ? listId : undefined}
              onChange={(e) => onChange(e.target.value)}
            />
            {suggestions && suggestions.length > 0 && (
              <datalist id={listId}>
                {suggestions.map((s) => (
                  <option key={s} value={s} />
                ))}
              </datalist>
            )}
          </>
        );
      }}
    </FieldShell>
  );
}

interface SelectFieldProps<V extends string> {
  label: string;
  value: V | '';
  options: readonly { value: V; label: string }[];
  onChange: (value: V | '') => void;
  hint?: string | undefined;
  error?: string | undefined;
  emptyLabel?: string;
  name?: string;
}

export function SelectField<V extends string>({ label, value, options, onChange, hint, error, emptyLabel, name }: SelectFieldProps<V>) {
  return (
    <FieldShell label={label} hint={hint} error={error}>
      {({ inputId, describedBy }) => (
        <select
          id={inputId}
          name={name}
          value={value}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onChange={(e) => onChange(e.target.value as V | '')}
        >
          {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

type Parsed<T> = { ok: true; value: T } | { ok: false; messageKey: string; params?: Record<string, string> };

interface ParsedFieldProps<T> {
  label: string;
  value: T;
  onChange: (value: T) => void;
  hint?: string | undefined;
  error?: string | undefined;
  name?: string;
  inputMode?: 'numeric' | 'text';
  autoFocus?: boolean;
}

/**
 * A text input for a typed value (a number, a date): the user types freely,
 * the value is passed on only when it reads correctly, otherwise the field
 * says what is expected.
 */
function ParsedField<T>(
  props: ParsedFieldProps<T> & { parse: (text: string) => Parsed<T>; format: (value: T) => string },
) {
  const { t } = useTranslation();
  const { value, format, parse, onChange } = props;
  const [text, setText] = useState(() => format(value));
  const [localError, setLocalError] = useState<string | null>(null);
  const focused = useRef(false);

  useEffect(() => {
    if (!focused.current) setText(format(value));
  }, [value, format]);

  const change = (next: string): void => {
    setText(next);
    const parsed = parse(next);
    if (parsed.ok) {
      setLocalError(null);
      onChange(parsed.value);
    } else {
      setLocalError(messageFor(t, { messageKey: parsed.messageKey, ...(parsed.params ? { params: parsed.params } : {}) }));
    }
  };

  return (
    <FieldShell label={props.label} hint={props.hint} error={localError ?? props.error}>
      {({ inputId, describedBy }) => (
        <input
          id={inputId}
          name={props.name}
          type="text"
          inputMode={props.inputMode ?? 'text'}
          autoComplete="off"
          value={text}
          aria-describedby={describedBy}
          aria-invalid={localError || props.error ? true : undefined}
          data-autofocus={props.autoFocus ? true : undefined}
          ref={props.autoFocus ? focusIfInOpenDialog : undefined}
          onFocus={() => {
            focused.current = true;
          }}
          onBlur={() => {
            focused.current = false;
          }}
          onChange={(e) => change(e.target.value)}
        />
      )}
    </FieldShell>
  );
}

const parseCount = (text: string): Parsed<number | null> => {
  const trimmed = text.trim().replace(/\./g, '');
  if (trimmed === '') return { ok: true, value: null };
  if (/^[-−]\s*\d+$/.test(trimmed)) return { ok: false, messageKey: 'errors.validation.notNegative' };
  if (!/^\d{1,7}$/.test(trimmed)) return { ok: false, messageKey: 'errors.validation.wholeNumber' };
  return { ok: true, value: Number(trimmed) };
};
const formatCount = (value: number | null): string => (value === null ? '' : String(value));

export function CountField(props: ParsedFieldProps<number | null>) {
  return <ParsedField {...props} inputMode="numeric" parse={parseCount} format={formatCount} />;
}

const parseDateText = (text: string): Parsed<string | null> => {
  if (text.trim() === '') return { ok: true, value: null };
  const reading = readDate(text);
  if (reading.ok) return { ok: true, value: reading.iso };
  return reading.reason === 'noSuchDay' ? { ok: false, messageKey: 'errors.validation.noSuchDay', params: { date: reading.shown } } : { ok: false, messageKey: 'errors.validation.date' };
};
const formatDateValue = (value: string | null): string => formatDate(value);

export function DateField(props: ParsedFieldProps<string | null>) {
  return <ParsedField {...props} parse={parseDateText} format={formatDateValue} />;
}

const parseTimeText = (text: string): Parsed<string | null> => {
  const time = parseClockTime(text);
  return time === undefined ? { ok: false, messageKey: 'errors.validation.time' } : { ok: true, value: time };
};
const formatTimeValue = (value: string | null): string => value ?? '';

/** A time of day, typed as "9:30", "09.30" or "930" and kept as "09:30"; empty is none. */
export function TimeField(props: ParsedFieldProps<string | null>) {
  return <ParsedField {...props} inputMode="numeric" parse={parseTimeText} format={formatTimeValue} />;
}
