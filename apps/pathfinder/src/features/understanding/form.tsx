// The one way the planning pages change the workspace: a form's values, a change handed to `update`, and
// a calm ErrorSummary (with each field's own message) when @nttp/domain refuses the result.
import { useState, type ChangeEvent } from 'react';
import { ErrorSummary } from '@nttp/ui';
import type { DomainIssue, PathfinderWorkspace } from '@nttp/domain';
import { useWorkspace } from '../../workspace/context';
import { fieldOf } from './kit';

type Values = Record<string, string | readonly string[]>;
type Change = (current: PathfinderWorkspace) => PathfinderWorkspace;

/** What the page says above the list of things to change: nothing was kept, so nothing is half-saved. */
export const REFUSAL_DESCRIPTION = 'Nothing has been saved yet. Change these and save again.';

/**
 * Holds a form's values (named as the domain names its fields, so a refusal finds its field) and applies
 * changes through the workspace. Each refusal links to its field, or to the form's first field; with
 * `anchor` (the id of an element that takes focus), every refusal links there instead.
 */
export function useForm<T extends Values>(formId: string, initial: T, options: { anchor?: string } = {}) {
  const workspaceApi = useWorkspace();
  const [values, setValues] = useState<T>(initial);
  const [issues, setIssues] = useState<DomainIssue[]>([]);
  const fields = Object.keys(initial);
  // Where a refusal about no particular field points: the first field with a control (ids have none).
  const firstField = fields.find((field) => field !== 'id');
  const idFor = (key: keyof T & string) => `${formId}-${key}`;
  const errorFor = (key: keyof T & string) => issues.find((issue) => fieldOf(issue, fields) === key)?.message;
  const set = <K extends keyof T>(key: K, value: T[K]) => setValues((current) => ({ ...current, [key]: value }));

  /** Applies `change`; on a refusal keeps the typed values and shows what to change. True when saved. */
  const apply = (change: Change): boolean => {
    const result = workspaceApi.update(change);
    setIssues(result.ok ? [] : result.issues);
    return result.ok;
  };

  const seen = new Set<string>();
  const errors = issues
    .map((issue) => ({ href: options.anchor ?? `${formId}-${fieldOf(issue, fields) ?? firstField}`, text: issue.message }))
    .filter((item) => !seen.has(`${item.href}:${item.text}`) && seen.add(`${item.href}:${item.text}`));

  return {
    ...workspaceApi,
    values,
    set,
    /** Back to `next` (or the starting values), clearing any refusal. */
    reset: (next: T = initial) => {
      setValues(next);
      setIssues([]);
    },
    apply,
    issues,
    idFor,
    errorFor,
    summary: <ErrorSummary errors={errors} description={REFUSAL_DESCRIPTION} />,
    /** Props for a TextInput, Textarea or Select bound to `key`. */
    text: (key: keyof T & string) => ({
      id: idFor(key),
      name: key,
      value: String(values[key] ?? ''),
      error: errorFor(key),
      onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => set(key, event.target.value as T[typeof key]),
    }),
    /** Props for a RadioGroup bound to `key`. */
    choice: (key: keyof T & string) => ({
      id: idFor(key),
      name: key,
      value: String(values[key] ?? ''),
      error: errorFor(key),
      onChange: (value: string) => set(key, value as T[typeof key]),
    }),
    /** Props for a CheckboxGroup bound to `key`. */
    choices: (key: keyof T & string) => ({
      id: idFor(key),
      name: key,
      value: values[key] as readonly string[],
      error: errorFor(key),
      onChange: (value: readonly string[]) => set(key, value as T[typeof key]),
    }),
  };
}
