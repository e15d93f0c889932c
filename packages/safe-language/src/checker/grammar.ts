import type { Alternative } from '../lexicon/types';

/** The grammar of one match, read from the text around it. */
export interface MatchGrammar {
  /** Whether the match names one person or several (person entries only). */
  number?: 'one' | 'many';
  /** The article just before the match, which the alternatives then replace too. */
  article?: 'a' | 'an';
  /** Whether the match ended in a possessive. */
  possessive: boolean;
  /** Whether the match starts with a capital letter (and is not all capitals). */
  capital: boolean;
}

/** Plural of an English noun phrase: the last word takes the plural. */
export function pluralise(phrase: string): string {
  const words = phrase.split(' ');
  const last = words.pop() as string;
  let plural: string;
  if (/(s|x|z|ch|sh)$/.test(last)) plural = `${last}es`;
  else if (/[^aeiou]y$/.test(last)) plural = `${last.slice(0, -1)}ies`;
  else if (last === 'man' || last.endsWith('woman')) plural = `${last.slice(0, -2)}en`;
  else plural = `${last}s`;
  return [...words, plural].join(' ');
}

/** `a` or `an`, by the sound of the first word (good enough for the alternatives we write). */
export function indefiniteArticle(phrase: string): 'a' | 'an' {
  if (/^(hour|honest|heir)/i.test(phrase)) return 'an';
  if (/^(uni|use|usu|eu|one)/i.test(phrase)) return 'a';
  return /^[aeiou]/i.test(phrase) ? 'an' : 'a';
}

/** A phrase that ends in a clause or a phrase of its own ("person who uses drugs", "people with…"). */
const POSTMODIFIED = /\s(?:who|whom|that|with|in|from|of|affected|living|using|experiencing)\s/;

/**
 * The possessive of an alternative. "Person who uses drugs's" reads badly: a postmodified phrase takes
 * "of" instead ("the … of a person who uses drugs"), which is advice to rephrase rather than a swap.
 */
function possessiveOf(form: string, many: boolean): string {
  if (POSTMODIFIED.test(form)) return `the … of ${many ? '' : `${indefiniteArticle(form)} `}${form}`;
  if (many && form.endsWith('s')) return `${form}'`;
  return `${form}'s`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Fits each alternative to the grammar of the match it replaces. */
export function fitAlternatives(alternatives: readonly Alternative[], grammar: MatchGrammar): string[] {
  const out: string[] = [];
  for (const alternative of alternatives) {
    let text: string;
    if (typeof alternative === 'string') {
      text = alternative;
    } else {
      const many = grammar.number === 'many';
      const base = many ? (alternative.many ?? pluralise(alternative.one)) : alternative.one;
      if (grammar.possessive) text = (many ? alternative.manyOf : alternative.oneOf) ?? possessiveOf(base, many);
      else text = base;
      if (grammar.article && !many && !/^(the|a|an)\s/i.test(text)) text = `${indefiniteArticle(text)} ${text}`;
    }
    if (grammar.capital) text = capitalise(text);
    if (!out.includes(text)) out.push(text);
  }
  return out;
}

/**
 * Whether an alternative is wording that can replace the match, rather than advice such as
 * "describe the behaviour instead". Tools offer only replacements as one-click fixes.
 */
export function isReplacement(alternative: string): boolean {
  return !/^(describe|say|use|take|ask|try|a (more )?precise word)\b|…|\(|\binstead\b/i.test(alternative);
}
