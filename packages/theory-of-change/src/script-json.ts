// Embedding a Theory of Change in a page as `<script type="application/json">…</script>`: JSON.stringify
// alone is not safe there, because a label holding "</script>" would end the script element early and
// the rest would be read as HTML. Escaping `<` (and `>`, `&`, and the two line separators older script
// parsers mind) as \u sequences keeps the text inside the element and parses back to the same value.

const UNSAFE = /[<>&\u2028\u2029]/g;
const ESCAPED: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/** JSON text safe to place inside `<script type="application/json">`; `JSON.parse` gives back `value`. */
export function toScriptJson(value: unknown, space?: number): string {
  const json = JSON.stringify(value, null, space);
  if (json === undefined) return 'null';
  return json.replace(UNSAFE, (char) => ESCAPED[char]!);
}
