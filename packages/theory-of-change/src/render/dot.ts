import { TOC_NODE_KINDS, type TheoryOfChange } from '@nttp/domain';
import { parseToc } from '../errors';
import { STAGE_NAMES } from '../validate/labels';

function dotString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`;
}

/** Graphviz DOT: left to right, each stage a rank of its own, rationales as tooltips. */
export function toDot(input: TheoryOfChange): string {
  const toc = parseToc(input);
  const lines = [
    `digraph ${dotString(toc.id)} {`,
    `  graph [rankdir=LR, label=${dotString(toc.title)}, labelloc=t, newrank=true];`,
    '  node [shape=box, style="rounded,filled", fillcolor="#ffffff", fontname="Helvetica"];',
  ];
  const seen = new Set<string>();
  TOC_NODE_KINDS.forEach((kind, stage) => {
    const nodes = toc.nodes.filter((n) => n.kind === kind && !seen.has(n.id) && seen.add(n.id));
    if (nodes.length === 0) return;
    lines.push(`  subgraph stage_${stage} {`, '    rank=same;', `    // ${STAGE_NAMES[kind].many}`);
    for (const node of nodes) {
      const style = node.scope === 'national' ? ', peripheries=2' : '';
      lines.push(`    ${dotString(node.id)} [label=${dotString(node.label)}, tooltip=${dotString(`${STAGE_NAMES[kind].one}: ${node.label}`)}${style}];`);
    }
    lines.push('  }');
  });
  for (const link of toc.links) {
    if (!seen.has(link.from) || !seen.has(link.to)) continue;
    const tooltip = link.rationale ? ` [tooltip=${dotString(link.rationale)}]` : '';
    lines.push(`  ${dotString(link.from)} -> ${dotString(link.to)}${tooltip};`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
