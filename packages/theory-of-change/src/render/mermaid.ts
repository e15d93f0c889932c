import { TOC_NODE_KINDS, type TheoryOfChange } from '@nttp/domain';
import { parseToc } from '../errors';
import { STAGE_NAMES } from '../validate/labels';

/** Mermaid ids: our ids use hyphens, which Mermaid reads as arrows in places; underscores are safe. */
const mermaidId = (id: string) => `n_${id.replace(/-/g, '_')}`;

/** Text inside a quoted Mermaid label, with its entity codes for characters Mermaid would read as syntax. */
function mermaidText(text: string): string {
  return text.replace(/#/g, '#35;').replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;').replace(/\s+/g, ' ');
}

/** A Mermaid flowchart (left to right, one subgraph per stage) for pasting into Markdown. */
export function toMermaid(input: TheoryOfChange): string {
  const toc = parseToc(input);
  const lines = ['flowchart LR', `  %% ${mermaidText(toc.title)}`];
  const seen = new Set<string>();
  for (const kind of TOC_NODE_KINDS) {
    const nodes = toc.nodes.filter((n) => n.kind === kind && !seen.has(n.id) && seen.add(n.id));
    if (nodes.length === 0) continue;
    lines.push(`  subgraph stage_${kind.replace(/-/g, '_')}["${STAGE_NAMES[kind].many}"]`, '    direction TB');
    for (const node of nodes) lines.push(`    ${mermaidId(node.id)}["${mermaidText(node.label)}"]`);
    lines.push('  end');
  }
  for (const link of toc.links) {
    if (!seen.has(link.from) || !seen.has(link.to)) continue;
    lines.push(`  ${mermaidId(link.from)} --> ${mermaidId(link.to)}`);
  }
  return `${lines.join('\n')}\n`;
}
