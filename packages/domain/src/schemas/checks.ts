import type { z } from 'zod/v4';

/** Adds a calm issue for each id that appears more than once in `items`. */
export function duplicateIds(
  ctx: z.RefinementCtx,
  items: readonly { id: string }[],
  path: (string | number)[],
  what = 'an item',
): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id))
      ctx.addIssue({
        code: 'custom',
        path: [...path, index, 'id'],
        params: { code: 'duplicate-id' },
        message: `The id "${item.id}" is already used by ${what} in this list: give each one its own id.`,
      });
    seen.add(item.id);
  });
}

/** Adds a `missing-reference` issue when `id` is not in `known`; `message` says what to fix. */
export function checkReference(
  ctx: z.RefinementCtx,
  known: ReadonlySet<string>,
  id: string,
  path: (string | number)[],
  message: string,
): void {
  if (!known.has(id)) ctx.addIssue({ code: 'custom', path, params: { code: 'missing-reference' }, message });
}

export function checkDateOrder(
  ctx: z.RefinementCtx,
  start: string | undefined,
  end: string | undefined,
  path: (string | number)[],
  message = 'This date is before the start date: check both dates.',
): void {
  if (start && end && end < start) ctx.addIssue({ code: 'custom', path, params: { code: 'date-order' }, message });
}
