import { cssFont, defaultMeasureText } from '../layout/measure';
import type { DiagramModel, DrawnCheck } from './model';

/** A check drawn on the diagram: a dashed outline round a step, and a few words with a warning sign. */
export interface CheckLabel {
  /** The step or link id it concerns. */
  for: string;
  text: string;
  message: string;
  x: number;
  y: number;
  size: number;
  width: number;
  outline?: { x: number; y: number; width: number; height: number };
}

const text = (checks: readonly DrawnCheck[]) => `⚠ ${[...new Set(checks.map((c) => c.label))].join('; ')}`;

/** Where each check's words go: just above its step, or at the middle of its link. */
export function checkLabels(model: DiagramModel): CheckLabel[] {
  const size = Math.max(8, Math.round(model.fontSize * 0.8));
  // measured as the layout measures labels (the words are drawn bold, .ntoc-check-label)
  const opts = model.drawn.options;
  const measure = opts.measureText ?? defaultMeasureText();
  const measureText = (words: string) => measure(words, cssFont(size, opts.fontFamily, '600'));
  const labels: CheckLabel[] = [];
  for (const item of model.boxes) {
    if (item.checks.length === 0) continue;
    const { box } = item;
    const words = text(item.checks);
    labels.push({
      for: item.id,
      text: words,
      message: item.checks.map((c) => c.message).join(' '),
      x: box.x,
      y: box.y - 5,
      size,
      width: measureText(words),
      outline: { x: box.x - 3, y: box.y - 3, width: box.width + 6, height: box.height + 6 },
    });
  }
  for (const item of model.links) {
    if (item.checks.length === 0) continue;
    const middle = item.points[Math.floor(item.points.length / 2)]!;
    const before = item.points[Math.max(0, Math.floor(item.points.length / 2) - 1)]!;
    const words = text(item.checks);
    const width = measureText(words);
    labels.push({
      for: item.link.id,
      text: words,
      message: item.checks.map((c) => c.message).join(' '),
      x: (middle.x + before.x) / 2 - width / 2,
      y: (middle.y + before.y) / 2 - 3,
      size,
      width,
    });
  }
  return labels;
}
