/**
 * Form fields bound to one path of the feed being edited. Each shows its problems right
 * below it (aria-describedby), and an error marks it aria-invalid. Values are written to
 * the store on every change; checks run later (debounced), never on the keystroke.
 */
import { memo, useEffect, useId, useState, type ReactNode } from 'react';
import { useStudioT } from './i18n';
import type { Path } from '@/lib/studio/path';
import { useStudioStore, useStudioValue } from '@/stores/studio';
import { ProblemList, useProblems } from './problems';

interface BaseProps {
  label: string;
  path: Path;
  hint?: string;
  /** Problems of these paths are shown here too (e.g. a localized group's own). */
  extraPaths?: readonly Path[];
}

function Described({
  path,
  extraPaths,
  hint,
  children,
}: {
  path: Path;
  extraPaths?: readonly Path[];
  hint?: string;
  children: (props: { describedBy: string | undefined; invalid: boolean }) => ReactNode;
}) {
  const id = useId();
  const problems = useProblems([path, ...(extraPaths ?? [])]);
  const ids = [hint ? `${id}-hint` : '', problems.length ? `${id}-problems` : ''].filter(Boolean).join(' ');
  return (
    <>
      {children({ describedBy: ids || undefined, invalid: problems.some((p) => p.severity === 'error') })}
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <ProblemList problems={problems} id={`${id}-problems`} />
    </>
  );
}

export const TextField = memo(function TextField({
  label,
  path,
  hint,
  extraPaths,
  multiline = false,
  type = 'text',
  rows = 3,
}: BaseProps & { multiline?: boolean; type?: 'text' | 'url'; rows?: number }) {
  const id = useId();
  const value = useStudioValue(path);
  const setField = useStudioStore((s) => s.setField);
  const text = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <Described path={path} extraPaths={extraPaths} hint={hint}>
        {({ describedBy, invalid }) =>
          multiline ? (
            <textarea
              id={id}
              rows={rows}
              value={text}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              onChange={(event) => setField(path, event.target.value)}
            />
          ) : (
            <input
              id={id}
              type={type}
              value={text}
              spellCheck={type !== 'url'}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              onChange={(event) => setField(path, event.target.value)}
            />
          )
        }
      </Described>
    </div>
  );
});

/** Text in Danish and English, side by side. */
export const LocalizedField = memo(function LocalizedField({
  label,
  path,
  multiline = false,
  hint,
}: BaseProps & { multiline?: boolean }) {
  const { t } = useStudioT();
  const problems = useProblems([path]);
  return (
    <fieldset className="localized">
      <legend>{label}</legend>
      {hint ? <p className="hint">{hint}</p> : null}
      <div className="localized__pair">
        <TextField label={t('danish')} path={[...path, 'da']} multiline={multiline} />
        <TextField label={t('english')} path={[...path, 'en']} multiline={multiline} />
      </div>
      <ProblemList problems={problems} />
    </fieldset>
  );
});

function parseList(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/** A list of words or phrases, separated by commas or lines. */
export const ListField = memo(function ListField({ label, path, hint }: BaseProps) {
  const { t } = useStudioT();
  const id = useId();
  const value = useStudioValue(path);
  const setField = useStudioStore((s) => s.setField);
  const list = Array.isArray(value) ? value.map(String) : [];
  const joined = list.join(', ');
  // Local text, so a trailing comma being typed is not taken away; follows outside changes (undo).
  const [text, setText] = useState(joined);
  useEffect(() => {
    setText((current) => (parseList(current).join(', ') === joined ? current : joined));
  }, [joined]);
  const problemPaths = list.map((_, index) => [...path, index] as Path);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <Described path={path} extraPaths={problemPaths} hint={hint ?? t('listHint')}>
        {({ describedBy, invalid }) => (
          <input
            id={id}
            type="text"
            value={text}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(event) => {
              setText(event.target.value);
              const next = parseList(event.target.value);
              setField(path, next.length ? next : undefined);
            }}
          />
        )}
      </Described>
    </div>
  );
});

export const NumberField = memo(function NumberField({
  label,
  path,
  hint,
  min,
  max,
  step,
}: BaseProps & { min: number; max: number; step: number }) {
  const id = useId();
  const value = useStudioValue(path);
  const setField = useStudioStore((s) => s.setField);
  const [text, setText] = useState(typeof value === 'number' ? String(value) : '');
  useEffect(() => {
    setText((current) =>
      current !== '' && Number(current) === value ? current : typeof value === 'number' ? String(value) : '',
    );
  }, [value]);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <Described path={path} hint={hint}>
        {({ describedBy, invalid }) => (
          <input
            id={id}
            type="number"
            inputMode="decimal"
            min={min}
            max={max}
            step={step}
            value={text}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(event) => {
              setText(event.target.value);
              const number = event.target.valueAsNumber;
              setField(path, event.target.value === '' || Number.isNaN(number) ? undefined : number);
            }}
          />
        )}
      </Described>
    </div>
  );
});

/** A feature switch: on unless switched off (the feed can only switch features off). */
export const SwitchField = memo(function SwitchField({ label, path, hint }: BaseProps) {
  const id = useId();
  const value = useStudioValue(path);
  const setField = useStudioStore((s) => s.setField);
  return (
    <div className="field field--check">
      <input
        id={id}
        type="checkbox"
        checked={value !== false}
        onChange={(event) => setField(path, event.target.checked ? undefined : false)}
      />
      <label htmlFor={id}>{label}</label>
      {hint ? <p className="hint">{hint}</p> : null}
    </div>
  );
});

export const SelectField = memo(function SelectField({
  label,
  path,
  hint,
  options,
}: BaseProps & { options: { value: string; label: string }[] }) {
  const id = useId();
  const value = useStudioValue(path);
  const setField = useStudioStore((s) => s.setField);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <Described path={path} hint={hint}>
        {({ describedBy, invalid }) => (
          <select
            id={id}
            value={typeof value === 'string' ? value : ''}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(event) => setField(path, event.target.value || undefined)}
          >
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        )}
      </Described>
    </div>
  );
});

function toLocalInput(iso: unknown): string {
  if (typeof iso !== 'string') return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/** A date and time in the person's time zone, stored as ISO 8601 UTC. */
export const DateField = memo(function DateField({ label, path, hint }: BaseProps) {
  const id = useId();
  const value = useStudioValue(path);
  const setField = useStudioStore((s) => s.setField);
  const unreadable = typeof value === 'string' && toLocalInput(value) === '';
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <Described path={path} hint={hint}>
        {({ describedBy, invalid }) => (
          <input
            id={id}
            type="datetime-local"
            value={toLocalInput(value)}
            aria-describedby={describedBy}
            aria-invalid={invalid || unreadable}
            onChange={(event) => {
              const date = new Date(event.target.value);
              setField(
                path,
                event.target.value && !Number.isNaN(date.getTime())
                  ? date.toISOString().replace(/\.000Z$/, 'Z')
                  : undefined,
              );
            }}
          />
        )}
      </Described>
    </div>
  );
});
