// Development-only checks for props that TypeScript cannot catch and that would break the component for
// the people using it: duplicate option values (two radios selected together), tabs without a unique id,
// an error summary link to nowhere. In development a bad prop throws a UiPropsError naming each problem
// and what to change; production builds drop the checks (test/size.test.ts proves it).

/** One problem with a component's props: where it is and, plainly, what to change. */
export interface UiPropsIssue {
  /** Path within the props, such as `['options', 2, 'value']`. */
  path: (string | number)[];
  /** The same path written for people: `options[2].value`. */
  where: string;
  message: string;
  code: 'duplicate' | 'empty' | 'out-of-range';
}

/** Thrown in development when a component's props would break it for the people using it. */
export class UiPropsError extends Error {
  override readonly name = 'UiPropsError';
  readonly issues: UiPropsIssue[];

  constructor(component: string, issues: UiPropsIssue[]) {
    const count = issues.length === 1 ? '1 prop needs' : `${issues.length} props need`;
    super(`${component}: ${count} a change before it can work for everyone.\n${issues.map((issue) => `- ${issue.where}: ${issue.message}`).join('\n')}`);
    this.issues = issues;
  }
}

function where(path: (string | number)[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), '');
}

/** Collects issues for one component's props. */
export class PropsCheck {
  readonly issues: UiPropsIssue[] = [];

  add(path: (string | number)[], code: UiPropsIssue['code'], message: string): this {
    this.issues.push({ path, where: where(path), message, code });
    return this;
  }

  /** Each item's `key` must be unique within the list. */
  unique<T>(list: readonly T[], listName: string, keyName: string, key: (item: T) => string): this {
    const seen = new Map<string, number>();
    list.forEach((item, index) => {
      const value = key(item);
      const first = seen.get(value);
      if (first === undefined) seen.set(value, index);
      else this.add([listName, index, keyName], 'duplicate', `"${value}" is already used by ${listName}[${first}]. Give each one its own ${keyName}.`);
    });
    return this;
  }

  notEmpty(list: readonly unknown[], listName: string, what: string): this {
    if (list.length === 0) this.add([listName], 'empty', `Give at least one ${what}.`);
    return this;
  }
}

function throwIfIssues(component: string, build: (check: PropsCheck) => void): void {
  const check = new PropsCheck();
  build(check);
  if (check.issues.length > 0) throw new UiPropsError(component, check.issues);
}

function skipInProduction(_component: string, _build: (check: PropsCheck) => void): void {}

/**
 * Runs `build`'s checks in development and throws a UiPropsError listing every issue found. A no-op in
 * production builds.
 */
export const checkProps: (component: string, build: (check: PropsCheck) => void) => void =
  process.env.NODE_ENV !== 'production' ? throwIfIssues : skipInProduction;
