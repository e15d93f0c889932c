// Reads a stylesheet's selectors and says which of them could reach the host page. @nttp/ui's promise is
// that nothing in styles.css touches anything outside .nttp-root or an element carrying one of our nttp-
// classes, so a host app's own text, backgrounds and color-scheme stay exactly as it set them.

export interface StyleRule {
  /** The at-rules around the rule, outermost first, such as "@media (prefers-color-scheme: dark)". */
  context: string[];
  selector: string;
}

/** Every style rule's selectors (one entry per comma-separated selector), skipping keyframe steps. */
export function styleRules(css: string): StyleRule[] {
  const source = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: StyleRule[] = [];
  const stack: string[] = [];
  let prelude = '';
  let quote: string | undefined;
  for (const char of source) {
    if (quote) {
      prelude += char;
      if (char === quote) quote = undefined;
      continue;
    }
    if (char === '"' || char === "'") {
      quote = char;
      prelude += char;
    } else if (char === '{') {
      const head = prelude.trim().replace(/\s+/g, ' ');
      const inKeyframes = stack.some((at) => /^@(-\w+-)?keyframes\b/.test(at));
      if (!head.startsWith('@') && !inKeyframes) {
        for (const selector of splitSelectorList(head)) rules.push({ context: [...stack], selector });
      }
      stack.push(head);
      prelude = '';
    } else if (char === '}') {
      stack.pop();
      prelude = '';
    } else if (char === ';') {
      prelude = '';
    } else {
      prelude += char;
    }
  }
  return rules;
}

/** Splits "a, b:is(c, d)" at the top-level commas only. */
function splitSelectorList(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of list) {
    if (char === '(' || char === '[') depth++;
    if (char === ')' || char === ']') depth--;
    if (char === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += char;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

/** A compound names one of ours: `.nttp-…`, or an attribute test on a class beginning `nttp-`. */
function isOurs(compound: string): boolean {
  const own = compound.replace(/\((?:[^()]|\([^()]*\))*\)/g, '()'); // what :has(…) or :not(…) mention is not the element itself
  return /\.nttp-/.test(own.replace(/\[[^\]]*\]/g, '[]')) || /\[class[\^*|~]?=\s*['"]\s?nttp-/.test(own);
}

// Spaces and combinator characters inside (…) and […] are hidden while the selector is split into compounds.
const HIDE: Record<string, string> = { ' ': '\uE000', '>': '\uE001', '+': '\uE002', '~': '\uE003' };
const SHOW = Object.fromEntries(Object.entries(HIDE).map(([shown, hidden]) => [hidden, shown]));

/**
 * True when the selector can only match our own elements: its subject, or an ancestor it is reached from
 * by descendant or child combinators, is one of ours. A sibling (+, ~) of ours is the host's element, but
 * siblings inside one of ours are still ours.
 */
export function isScoped(selector: string): boolean {
  const tokens = selector
    .replace(/\((?:[^()]|\([^()]*\))*\)|\[[^\]]*\]/g, (group) => group.replace(/[\s>+~]/g, (c) => HIDE[c] ?? HIDE[' ']!))
    .split(/\s*([>+~])\s*|\s+/)
    .filter((token) => token !== undefined && token !== '');
  const restore = (token: string) => token.replace(/[\uE000-\uE003]/g, (c) => SHOW[c]!);
  let sibling = false;
  for (let index = tokens.length - 1; index >= 0; index--) {
    const token = restore(tokens[index]!);
    if (token === '+' || token === '~') sibling = true;
    else if (token === '>') sibling = false;
    else {
      if (isOurs(token) && !sibling) return true;
      // The next compound to the left is an ancestor unless a sibling combinator comes between.
      sibling = false;
    }
  }
  return false;
}
