import type { TheoryOfChange } from '@nttp/domain';
import type { KeyboardEvent } from 'react';
import type { TocLayout } from '../layout/layout';
import { lineHeight } from '../layout/layout';
import { pathData } from '../render/geometry';
import { nodeStatus, statusLine } from '../render/status';
import { SVG_STYLE } from '../render/theme';
import { STAGE_NAMES } from '../validate/labels';

export interface CanvasProps {
  toc: TheoryOfChange;
  drawn: TocLayout;
  prefix: string;
  label: string;
  helpId: string;
  focusedId: string | undefined;
  showFocus: boolean;
  selectedId: string | null;
  reducedMotion: boolean;
  nodeLabel: (id: string) => string;
  onNodeKeyDown: (id: string, event: KeyboardEvent<SVGGElement>) => void;
  onNodeFocus: (id: string) => void;
  onNodeBlur: () => void;
  onNodeClick: (id: string) => void;
}

/** The diagram as SVG elements: the same drawing as `renderSvg`, with focusable, selectable steps. */
export function Canvas(props: CanvasProps) {
  const { toc, drawn, prefix, focusedId, selectedId, reducedMotion } = props;
  const opts = drawn.options;
  const line = lineHeight(opts);
  const ids = new Set(toc.nodes.map((n) => n.id));
  const drawable = toc.links.filter((l) => ids.has(l.from) && ids.has(l.to));
  const seen = new Set<string>();
  return (
    <svg
      className="toc-diagram"
      viewBox={`0 0 ${drawn.width} ${drawn.height}`}
      width={drawn.width}
      height={drawn.height}
      role="group"
      aria-label={props.label}
      aria-describedby={props.helpId}
      fontSize={opts.fontSize}
    >
      <style>{SVG_STYLE}</style>
      <defs>
        <marker id={`${prefix}-arrow`} viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path className="toc-arrow" d="M0,0L10,5L0,10z" />
        </marker>
      </defs>
      <rect className="toc-background" width={drawn.width} height={drawn.height} />
      <g aria-hidden="true">
        {drawn.lanes.map((lane) => (
          <g key={lane.id}>
            <rect className="toc-lane" x={opts.margin / 2} y={lane.y} width={drawn.width - opts.margin} height={lane.height} rx={6} />
            <text className="toc-lane-label" x={opts.margin} y={lane.y + opts.fontSize + 2}>
              {lane.label}
            </text>
          </g>
        ))}
        {drawn.columns.map((column) => (
          <text key={column.column} className="toc-heading" x={column.x} y={opts.margin + opts.fontSize}>
            {STAGE_NAMES[column.kind].many}
          </text>
        ))}
        {drawn.ceilingX !== undefined ? (
          <g className="toc-ceiling">
            <line x1={drawn.ceilingX} y1={opts.margin + opts.headerHeight / 2} x2={drawn.ceilingX} y2={drawn.height - opts.margin / 2} />
            <text x={drawn.ceilingX + 4} y={drawn.height - opts.margin / 2 - 4} fontSize={opts.fontSize * 0.85}>
              Ceiling of accountability
            </text>
          </g>
        ) : null}
        {drawable.map((link, k) => (
          <path key={`${link.id}-${k}`} className="toc-link" data-link-id={link.id} d={pathData(drawn.links[k]!.points)} markerEnd={`url(#${prefix}-arrow)`} />
        ))}
      </g>
      {toc.nodes.map((node, i) => {
        const box = drawn.nodes[i]!;
        // a repeated id cannot be reached by links or keys: draw it, but only the first is interactive
        const interactive = !seen.has(node.id);
        seen.add(node.id);
        const status = opts.indicators ? statusLine(node) : undefined;
        const focused = interactive && focusedId === node.id;
        const selected = interactive && selectedId === node.id;
        return (
          <g
            key={`${node.id}-${i}`}
            className={`toc-node toc-kind-${node.kind} toc-scope-${node.scope}${selected ? ' toc-selected' : ''}`}
            data-node-id={node.id}
            transform={`translate(${box.x},${box.y})`}
            style={{ transition: reducedMotion ? 'none' : 'transform 240ms ease-out' }}
            {...(interactive
              ? {
                  role: 'button',
                  tabIndex: focused ? 0 : -1,
                  'aria-label': props.nodeLabel(node.id),
                  'aria-pressed': selected,
                  onKeyDown: (event: KeyboardEvent<SVGGElement>) => props.onNodeKeyDown(node.id, event),
                  onFocus: () => props.onNodeFocus(node.id),
                  onBlur: props.onNodeBlur,
                  onClick: () => props.onNodeClick(node.id),
                }
              : { 'aria-hidden': true })}
          >
            <rect width={box.width} height={box.height} rx={6} />
            <text className="toc-label" aria-hidden="true">
              {box.lines.map((text, k) => (
                <tspan key={k} x={opts.padding} y={opts.padding + line * k + opts.fontSize}>
                  {k < box.lines.length - 1 ? `${text} ` : text}
                </tspan>
              ))}
            </text>
            {status ? (
              <text className={`toc-status toc-status-${nodeStatus(node)}`} x={opts.padding} y={opts.padding + line * box.lines.length + opts.fontSize} fontSize={opts.fontSize * 0.9} aria-hidden="true">
                {status}
              </text>
            ) : null}
            {focused && props.showFocus ? <rect className="toc-focus-ring" x={-4} y={-4} width={box.width + 8} height={box.height + 8} rx={9} /> : null}
          </g>
        );
      })}
    </svg>
  );
}
