import { memo, useMemo, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { checkLabels } from '../render/check-labels';
import { pathData } from '../render/geometry';
import type { DiagramModel, DrawnBox } from '../render/model';
import { diagramStyle } from '../render/theme';

export interface CanvasProps {
  model: DiagramModel;
  prefix: string;
  label: string;
  describedBy: string;
  focusedId: string | undefined;
  showFocus: boolean;
  selectedId: string | null;
  reducedMotion: boolean;
  /** 1 is the drawing's own size; 0 fits it to the container's width. */
  zoom: number;
  onNodeKeyDown: (id: string, event: KeyboardEvent<SVGSVGElement>) => void;
  onNodeFocus: (id: string) => void;
  onNodeBlur: () => void;
  onNodeClick: (id: string) => void;
}

/** The diagram as SVG elements, from the same model as `renderSvg`, with focusable, selectable steps. */
export function Canvas(props: CanvasProps) {
  const { model, prefix, focusedId, selectedId, reducedMotion, zoom } = props;
  const { drawn, fontSize } = model;
  const style = useMemo(() => diagramStyle(prefix), [prefix]);
  const size = zoom === 0 ? { width: '100%' } : { width: Math.round(drawn.width * zoom), height: Math.round(drawn.height * zoom) };
  return (
    <svg
      id={prefix}
      className={`ntoc-diagram${zoom === 0 ? ' ntoc-fit' : ''}`}
      viewBox={`0 0 ${drawn.width} ${drawn.height}`}
      {...size}
      role="group"
      aria-label={props.label}
      aria-describedby={props.describedBy}
      fontSize={fontSize}
      // one set of handlers for every step, so a key press re-draws only the steps whose state changed
      onKeyDown={(event: KeyboardEvent<SVGSVGElement>) => {
        const id = stepId(event);
        if (id) props.onNodeKeyDown(id, event);
      }}
      onFocus={(event: FocusEvent<SVGSVGElement>) => {
        const id = stepId(event);
        if (id) props.onNodeFocus(id);
      }}
      onBlur={(event: FocusEvent<SVGSVGElement>) => {
        if (stepId(event)) props.onNodeBlur();
      }}
      onClick={(event: MouseEvent<SVGSVGElement>) => {
        const id = stepId(event);
        if (id) props.onNodeClick(id);
      }}
    >
      {/* the font size sits on the drawing's group too, so the print pages' <use> copies keep it */}
      <g id={`${prefix}-drawing`} fontSize={fontSize}>
        <style>{style}</style>
        {/* inside the drawing's group, where the scoped rules colour the arrowhead */}
        <defs>
          <marker id={`${prefix}-arrow`} viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path className="ntoc-arrow" d="M0,0L10,5L0,10z" />
          </marker>
        </defs>
        <Frame model={model} prefix={prefix} />
        <g className="ntoc-nodes">
          {model.boxes.map((item) => (
            <StepBox
              key={item.key}
              item={item}
              name={model.names.get(item.id)}
              fontSize={fontSize}
              focused={item.interactive && focusedId === item.id}
              ring={item.interactive && focusedId === item.id && props.showFocus}
              selected={item.interactive && selectedId === item.id}
              reducedMotion={reducedMotion}
            />
          ))}
        </g>
        <Checks model={model} />
      </g>
    </svg>
  );
}

/** The step a keyboard, focus or pointer event happened on, if any. */
function stepId(event: { target: EventTarget }): string | undefined {
  const step = event.target instanceof Element ? event.target.closest('[data-node-id][role="button"]') : null;
  return step?.getAttribute('data-node-id') ?? undefined;
}

/** Background, stage bands, lanes, headings, the ceiling and the links: redrawn only with a new model. */
const Frame = memo(function Frame({ model, prefix }: { model: DiagramModel; prefix: string }) {
  const { drawn, fontSize } = model;
  const opts = drawn.options;
  return (
    <>
        <g className="ntoc-frame" aria-hidden="true">
        <rect className="ntoc-background" width={drawn.width} height={drawn.height} />
        {model.bands.map((band, i) => (
          <rect key={i} className="ntoc-stage-band" {...band} rx={8} />
        ))}
        {model.lanes.map((lane) => (
          <g key={lane.key} className="ntoc-lane-group">
            <rect className="ntoc-lane" data-lane={lane.key} x={opts.margin / 2} y={lane.y} width={drawn.width - opts.margin} height={lane.height} rx={6} />
            <text className="ntoc-lane-label" x={opts.margin} y={lane.y + fontSize + 2}>
              {lane.label}
            </text>
          </g>
        ))}
        {model.stages.map((stage) => (
          <text key={stage.kind} className="ntoc-heading" x={stage.x} y={opts.margin + fontSize}>
            {stage.label}
          </text>
        ))}
        {model.ceiling ? (
          <g className="ntoc-ceiling">
            <line x1={model.ceiling.x} y1={model.ceiling.top} x2={model.ceiling.x} y2={model.ceiling.bottom} />
            <text x={model.ceiling.x + 4} y={model.ceiling.bottom - 4} fontSize={fontSize * 0.85}>
              Ceiling of accountability
            </text>
          </g>
        ) : null}
      </g>
      <g className="ntoc-links" aria-hidden="true">
        {model.links.map((item) => (
          <path
            key={item.key}
            className={`ntoc-link${item.checks.length > 0 ? ' ntoc-flagged' : ''}`}
            data-link-id={item.link.id}
            d={pathData(item.points)}
            markerEnd={`url(#${prefix}-arrow)`}
          />
        ))}
      </g>
    </>
  );
});

interface StepBoxProps {
  item: DrawnBox;
  name: string | undefined;
  fontSize: number;
  focused: boolean;
  ring: boolean;
  selected: boolean;
  reducedMotion: boolean;
}

/** One step; memoised, so moving focus redraws two steps, not all of them. */
const StepBox = memo(function StepBox({ item, name, fontSize, focused, ring, selected, reducedMotion }: StepBoxProps) {
  const { box, node } = item;
  return (
    <g
      className={`ntoc-node ntoc-kind-${node.kind} ntoc-scope-${node.scope}${selected ? ' ntoc-selected' : ''}`}
      data-node-id={node.id}
      transform={`translate(${box.x},${box.y})`}
      style={{ transition: reducedMotion ? 'none' : 'transform 240ms ease-out' }}
      {...(item.interactive ? { role: 'button', tabIndex: focused ? 0 : -1, 'aria-label': name, 'aria-pressed': selected } : { 'aria-hidden': true })}
    >
      <rect width={box.width} height={box.height} rx={6} />
      <text className="ntoc-label" aria-hidden="true">
        {item.lines.map((line, k) => (
          <tspan key={k} x={line.x} y={line.y}>
            {line.text}
          </tspan>
        ))}
      </text>
      {item.status ? (
        <text className={`ntoc-status ntoc-status-${item.status.tone}`} x={item.status.x} y={item.status.y} fontSize={fontSize * 0.9} aria-hidden="true">
          {item.status.text}
        </text>
      ) : null}
      {ring ? <rect className="ntoc-focus-ring" x={-4} y={-4} width={box.width + 8} height={box.height + 8} rx={9} /> : null}
    </g>
  );
});

/** The checks drawn on the diagram: dashed outlines and a few words each. */
const Checks = memo(function Checks({ model }: { model: DiagramModel }) {
  const labels = useMemo(() => checkLabels(model), [model]);
  return (
<g className="ntoc-checks" aria-hidden="true">
      {labels.map((label, i) => (
        <g key={`${label.for}-${i}`} className="ntoc-check" data-check-for={label.for}>
          {label.outline ? <rect className="ntoc-check-outline" {...label.outline} rx={8} /> : null}
          <rect className="ntoc-check-backdrop" x={label.x - 2} y={label.y - label.size} width={label.width + 4} height={label.size * 1.3} rx={3} />
          <text className="ntoc-check-label" x={label.x} y={label.y} fontSize={label.size}>
            {label.text}
          </text>
        </g>
      ))}
    </g>
  );
});
