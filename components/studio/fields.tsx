/**
 * Form fields bound to one path of the feed being edited. Each shows its problems right
 * below it (aria-describedby), and an error marks it aria-invalid. Values are written to
 * the store on every change; checks run later (debounced), never on the keystroke.
 */
import { memo, useEffect, useId, useState, type ReactNode } from 'react';
import { useStudioT } from './i18n';
import { pathKey, type FeedPath, type Path } from '@/lib/pages/studio/path';
import { useStudioStore, useStudioValue } from '@/stores/studio';
import { ProblemList, useProblems } from './problems';

interface BaseProps {
  label: string;
  /** Where the field's value is in the feed: typed from the feed schema, so a typo fails `tsc`. */
  path: FeedPath;
  hint?: string;
  /** Problems of these paths are shown here too (e.g. a localized group's own). */
  extraPaths?: readonly Path[];
}

/** What every control of a field gets: its id (for the label) and its description and state. */
interface ControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': boolean;
  /** The field's path (`items[3].url`): a problem named elsewhere ("Item 4 → Link") leads here. */
  'data-path': string;
}

/** One value of the feed and the way to set it (each field re-renders for its own path only). */
function useField(path: Path): [unknown, (value: unknown) => void] {
  const value = useStudioValue(path);
  const setField = useStudioStore((s) => s.setField);
  return [value, (next) => setField(path, next)];
}

/** A labelled field: the label, the control, then its hint and its problems right below it. */
function Field({
  label,
  path,
  extraPaths,
  hint,
  children,
}: BaseProps & { children: (control: ControlProps) => ReactNode }) {
  const id = useId();
  const problems = useProblems([path, ...(extraPaths ?? [])]);
  const ids = [hint ? `${id}-hint` : '', problems.length ? `${id}-problems` : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-describedby': ids || undefined,
        'aria-invalid': problems.some((p) => p.severity === 'error'),
        'data-path': pathKey(path),
      })}
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <ProblemList problems={problems} id={`${id}-problems`} />
    </div>
  );
}

export const TextField = memo(function TextField({
  multiline = false,
  type = 'text',
  rows = 3,
  ...field
}: BaseProps & { multiline?: boolean; type?: 'text' | 'url' | 'email'; rows?: number }) {
  const [value, set] = useField(field.path);
  const text = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  return (
    <Field {...field}>
      {(control) =>
        multiline ? (
          <textarea {...control} rows={rows} value={text} onChange={(event) => set(event.target.value)} />
        ) : (
          <input
            {...control}
            type={type}
            value={text}
            spellCheck={type === 'text'}
            onChange={(event) => set(event.target.value)}
          />
        )
      }
    </Field>
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
        <TextField label={t('danish')} path={[...path, 'da'] as FeedPath} multiline={multiline} />
        <TextField label={t('english')} path={[...path, 'en'] as FeedPath} multiline={multiline} />
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
  const [value, set] = useField(path);
  const list = Array.isArray(value) ? value.map(String) : [];
  const joined = list.join(', ');
  // Local text, so a trailing comma being typed is not taken away; follows outside changes (undo).
  const [text, setText] = useState(joined);
  useEffect(() => {
    setText((current) => (parseList(current).join(', ') === joined ? current : joined));
  }, [joined]);
  const problemPaths = list.map((_, index) => [...path, index] as Path);
  return (
    <Field label={label} path={path} extraPaths={problemPaths} hint={hint ?? t('listHint')}>
      {(control) => (
        <input
          {...control}
          type="text"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            const next = parseList(event.target.value);
            set(next.length ? next : undefined);
          }}
        />
      )}
    </Field>
  );
});

export const NumberField = memo(function NumberField({
  min,
  max,
  step,
  ...field
}: BaseProps & { min: number; max: number; step: number }) {
  const [value, set] = useField(field.path);
  const [text, setText] = useState(typeof value === 'number' ? String(value) : '');
  useEffect(() => {
    setText((current) =>
      current !== '' && Number(current) === value ? current : typeof value === 'number' ? String(value) : '',
    );
  }, [value]);
  return (
    <Field {...field}>
      {(control) => (
        <input
          {...control}
          type="number"
          inputMode="decimal"
          min={min}
          max={max}
          step={step}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            const number = event.target.valueAsNumber;
            set(event.target.value === '' || Number.isNaN(number) ? undefined : number);
          }}
        />
      )}
    </Field>
  );
});

/**
 * A yes/no value. The file holds it only when it differs from `byDefault`: a feature switch is
 * on unless switched off (the feed can only switch features off), an item is featured only
 * when marked.
 */
export const SwitchField = memo(function SwitchField({
  label,
  path,
  hint,
  byDefault = true,
}: BaseProps & { byDefault?: boolean }) {
  const id = useId();
  const [value, set] = useField(path);
  return (
    <div className="field field--check">
      <input
        id={id}
        type="checkbox"
        checked={typeof value === 'boolean' ? value : byDefault}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => set(event.target.checked === byDefault ? undefined : event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
});

export const SelectField = memo(function SelectField({
  options,
  ...field
}: BaseProps & { options: { value: string; label: string }[] }) {
  const [value, set] = useField(field.path);
  return (
    <Field {...field}>
      {(control) => (
        <select
          {...control}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => set(event.target.value || undefined)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
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
export const DateField = memo(function DateField(field: BaseProps) {
  const [value, set] = useField(field.path);
  const unreadable = typeof value === 'string' && toLocalInput(value) === '';
  return (
    <Field {...field}>
      {(control) => (
        <input
          {...control}
          aria-invalid={control['aria-invalid'] || unreadable}
          type="datetime-local"
          value={toLocalInput(value)}
          onChange={(event) => {
            const date = new Date(event.target.value);
            set(
              event.target.value && !Number.isNaN(date.getTime())
                ? date.toISOString().replace(/\.000Z$/, 'Z')
                : undefined,
            );
          }}
        />
      )}
    </Field>
  );
});

/** One way to add to a list: the button's text and the entry it appends (given the list as it is). */
export interface ListAdd {
  text: string;
  entry: (list: readonly unknown[]) => unknown;
}

/**
 * A list in the feed (reminders, highlights, texts, prompts): one group of fields per entry of
 * the list at `path`, each with its Remove button (removing the last entry removes the list,
 * so nothing empty is left in the file), then the buttons that add to it.
 */
export function GroupList<P extends FeedPath>({
  path,
  groupLabel,
  removeLabel,
  removeText,
  adds,
  heading = false,
  children,
}: {
  path: P;
  /** The group's accessible name ("Reminder 2"); none: the fields inside name it. */
  groupLabel?: (n: number) => string;
  removeLabel: (n: number) => string;
  removeText: string;
  adds: readonly ListAdd[];
  /** Show the group's name as a heading too. */
  heading?: boolean;
  children: (entry: readonly [...P, number], index: number) => ReactNode;
}) {
  const [value, set] = useField(path);
  const list = Array.isArray(value) ? value : [];
  return (
    <>
      {list.map((_, index) => (
        <div
          className="variant-editor"
          key={index}
          role={groupLabel ? 'group' : undefined}
          aria-label={groupLabel?.(index + 1)}
        >
          {heading && groupLabel ? <h3>{groupLabel(index + 1)}</h3> : null}
          {children([...path, index], index)}
          <button
            type="button"
            className="button"
            aria-label={removeLabel(index + 1)}
            onClick={() => {
              const next = list.filter((__, i) => i !== index);
              set(next.length ? next : undefined);
            }}
          >
            {removeText}
          </button>
        </div>
      ))}
      <div className="actions">
        {adds.map((add) => (
          <button key={add.text} type="button" className="button" onClick={() => set([...list, add.entry(list)])}>
            {add.text}
          </button>
        ))}
      </div>
    </>
  );
}

/** A group of fields under a legend, with a hint for the whole group. */
export function FieldGroup({ legend, hint, children }: { legend: string; hint?: string; children: ReactNode }) {
  return (
    <fieldset className="group">
      <legend>{legend}</legend>
      {hint ? <p className="hint">{hint}</p> : null}
      {children}
    </fieldset>
  );
}

/** Danish or English (and "not said" where a language may be left open). */
export function LanguageField({ label, path, unknown }: { label: string; path: FeedPath; unknown?: string }) {
  const { t } = useStudioT();
  const options = [
    ...(unknown === undefined ? [] : [{ value: '', label: unknown }]),
    { value: 'da', label: t('danish') },
    { value: 'en', label: t('english') },
  ];
  return <SelectField label={label} path={path} options={options} />;
}
