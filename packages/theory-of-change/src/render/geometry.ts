import type { Point } from '../layout/crossings';

const f = (n: number) => String(Math.round(n * 100) / 100);

/** An SVG path for a polyline. */
export function pathData(points: readonly Point[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${f(p.x)},${f(p.y)}`).join('');
}

/** "Activity", "Short-term outcome"…: a stage's name at the start of a sentence. */
export function capitalise(text: string): string {
  return text.length > 0 ? `${text[0]!.toUpperCase()}${text.slice(1)}` : text;
}
