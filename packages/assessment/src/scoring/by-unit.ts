import type { PrincipleId, ThemeId } from '@nttp/domain';
import type { Compiled, Unit } from '../instrument/compile';

/** Anything reported per overall, scale, theme and principle. */
export interface ByUnit<T> {
  /** Over the scales counted in the overall score; null when the instrument has none. */
  overall: T | null;
  scales: Record<string, T>;
  themes: Partial<Record<ThemeId, T>>;
  principles: Partial<Record<PrincipleId, T>>;
}

/** Themes × principles: `matrix[themeId][principleId]`, from items tagged with both. */
export type Matrix<T> = Partial<Record<ThemeId, Partial<Record<PrincipleId, T>>>>;

/** Builds a report's overall, scales, themes and principles with `f`. */
export function byUnit<T>(c: Compiled, f: (unit: Unit) => T): ByUnit<T> {
  const each = (units: Unit[]) => Object.fromEntries(units.map((u) => [u.id, f(u)]));
  return { overall: c.overall ? f(c.overall) : null, scales: each(c.scales), themes: each(c.themes), principles: each(c.principles) };
}

/** Builds the themes × principles matrix with `f`. */
export function matrixOf<T>(c: Compiled, f: (unit: Unit) => T): Matrix<T> {
  const matrix: Matrix<T> = {};
  for (const cell of c.cells) (matrix[cell.themeId as ThemeId] ??= {})[cell.principleId as PrincipleId] = f(cell);
  return matrix;
}
