import { createChecker, isReplacement, type Checker, type CheckOptions } from '@nttp/safe-language';
import type { Rule } from 'eslint';
import { escapeFor, TextBuilder, type SegmentKind } from './segments';

/** Attributes whose text people read or hear. */
export const READABLE_ATTRIBUTES = [
  'alt',
  'title',
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'placeholder',
  'label',
  'summary',
  'caption',
  'description',
  'helperText',
  'hint',
  'legend',
  'heading',
  'message',
  'tooltip',
] as const;

export interface RuleOptions extends Omit<CheckOptions, 'extend'> {
  /** More attribute names to check, such as your components' own text props. */
  attributes?: string[];
}

interface Node {
  type: string;
  range: [number, number];
  [key: string]: unknown;
}

const optionsSchema = {
  type: 'object',
  properties: {
    profile: { enum: ['ui', 'clinical-record', 'policy'] },
    allow: { type: 'array', items: { type: 'string' } },
    categories: { type: 'object', additionalProperties: { type: 'boolean' } },
    minSeverity: { enum: ['error', 'warning', 'suggestion', 'info'] },
    attributes: { type: 'array', items: { type: 'string' } },
  },
  additionalProperties: false,
} as const;

const checkers = new Map<string, Checker>();

/** Elements whose text is code or a sample, not copy: a term there is mentioned, not used. */
const CODE_ELEMENTS = new Set(['code', 'pre', 'kbd', 'samp', 'var', 'script', 'style']);

function isCode(element: Node): boolean {
  const name = (element.openingElement as Node).name as Node;
  return name.type === 'JSXIdentifier' && CODE_ELEMENTS.has(String(name.name));
}

function checkerFor(options: RuleOptions): Checker {
  const { attributes: _attributes, ...checkOptions } = options;
  const settings: CheckOptions = { minSeverity: 'suggestion', ...checkOptions };
  const key = JSON.stringify(settings);
  let checker = checkers.get(key);
  if (!checker) {
    checker = createChecker(settings);
    checkers.set(key, checker);
  }
  return checker;
}

export const safeLanguageRule: Rule.RuleModule = {
  meta: {
    type: 'suggestion',
    hasSuggestions: true,
    docs: {
      description: 'Suggest person-first, non-stigmatising wording in JSX text and readable attributes.',
      recommended: true,
      url: 'https://example.invalid/nttp-toolkit/packages/eslint-plugin#safe-language',
    },
    schema: [optionsSchema],
    messages: {
      finding: '{{message}}',
      replace: 'Use “{{alternative}}”.',
    },
  },
  create(context) {
    const options = (context.options[0] ?? {}) as RuleOptions;
    const checker = checkerFor(options);
    const readable = new Set([...READABLE_ATTRIBUTES, ...(options.attributes ?? [])].map((name) => name.toLowerCase()));
    const source = context.sourceCode;

    function report(builder: TextBuilder): void {
      if (builder.empty) return;
      for (const finding of checker.check(builder.text)) {
        const place = builder.toSource(finding.start, finding.end);
        if (!place) continue;
        context.report({
          loc: { start: source.getLocFromIndex(place.start), end: source.getLocFromIndex(place.end) },
          messageId: 'finding',
          data: { message: finding.message },
          suggest: place.fixable
            ? finding.alternatives.filter(isReplacement).map((alternative) => ({
                messageId: 'replace',
                data: { alternative },
                fix: (fixer: Rule.RuleFixer) => fixer.replaceTextRange([place.start, place.end], escapeFor(place.kind, alternative)),
              }))
            : [],
        });
      }
    }

    function addLiteral(builder: TextBuilder, node: Node, inAttribute = false): boolean {
      if (node.type === 'Literal' && typeof node.value === 'string') {
        const raw = source.text.slice(node.range[0] + 1, node.range[1] - 1);
        const quote = source.text[node.range[0]] === "'" ? 'single-quoted' : 'double-quoted';
        const kind: SegmentKind = inAttribute ? 'jsx-attribute' : quote;
        builder.add(raw, node.range[0] + 1, kind);
        return true;
      }
      if (node.type === 'TemplateLiteral') {
        const quasis = node.quasis as Node[];
        quasis.forEach((quasi, index) => {
          const raw = (quasi.value as { raw: string }).raw;
          let start = quasi.range[0] + 1;
          if (source.text.slice(start, start + raw.length) !== raw) start = source.text.indexOf(raw, quasi.range[0]);
          builder.add(raw, start, 'template');
          if (index < quasis.length - 1) builder.gap();
        });
        return true;
      }
      return false;
    }

    /** Text children of an element, read as one passage even when split by `{expressions}`. */
    function checkChildren(node: Node): void {
      if (node.type === 'JSXElement' && isCode(node)) return;
      let builder = new TextBuilder();
      for (const child of node.children as Node[]) {
        if (child.type === 'JSXText') {
          builder.add(source.text.slice(child.range[0], child.range[1]), child.range[0], 'jsx-text');
        } else if (child.type === 'JSXExpressionContainer') {
          const expression = child.expression as Node;
          if (expression.type === 'JSXEmptyExpression') continue;
          if (!addLiteral(builder, expression)) builder.gap();
        } else {
          // A child element ends the passage; its own text is checked when we visit it.
          report(builder);
          builder = new TextBuilder();
        }
      }
      report(builder);
    }

    return {
      JSXElement: checkChildren as unknown as Rule.RuleListener['JSXElement'],
      JSXFragment: checkChildren as unknown as Rule.RuleListener['JSXFragment'],
      JSXAttribute(node: unknown) {
        const attribute = node as Node;
        const name = attribute.name as Node;
        const attributeName = name.type === 'JSXNamespacedName' ? '' : String(name.name);
        if (!readable.has(attributeName.toLowerCase())) return;
        const value = attribute.value as Node | null;
        if (!value) return;
        const builder = new TextBuilder();
        if (value.type === 'JSXExpressionContainer') addLiteral(builder, value.expression as Node);
        else addLiteral(builder, value, true);
        report(builder);
      },
    } as Rule.RuleListener;
  },
};
