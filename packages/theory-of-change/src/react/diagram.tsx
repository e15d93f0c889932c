import type { TheoryOfChange, TocNode } from '@nttp/domain';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { TheoryOfChangeError, parseToc, type TheoryOfChangeIssue } from '../errors';
import { layoutParsed, type TocLayout } from '../layout/layout';
import { resolveLayoutOptions, type LayoutOptions } from '../layout/options';
import { summarise } from '../render/describe';
import { KEYBOARD_HELP, keyAction, type Trail } from '../render/keyboard';
import { buildModel } from '../render/model';
import { panView } from '../render/pan';
import { PRINT_HIDE, PRINT_PAGE_RULE, printGroups, printStyle } from '../render/print';
import { fitZoom, nextZoom, zoomMessage } from '../render/zoom';
import { validate } from '../validate/validate';
import { Canvas } from './canvas';
import { Editor, type Edit } from './editor';
import { OutlineView } from './outline-view';
import { reactStyle } from './styles';
import { useReducedMotion } from './use-reduced-motion';

export interface TheoryOfChangeDiagramProps {
  /** The Theory of Change to show (checked with the domain schema). */
  toc: TheoryOfChange;
  /** The selected step, when the page controls selection; leave it out to let the diagram keep it. */
  selectedId?: string | null;
  /** Called when a step is selected (Enter, Space or a click) or the selection is cleared (Escape). */
  onSelect?: (id: string | null, node: TocNode | undefined) => void;
  /** Start in the diagram or the outline view. */
  defaultView?: 'diagram' | 'outline';
  /** Show the forms for adding, linking, renaming and removing steps. */
  editable?: boolean;
  /** Called with the whole new Theory of Change after every edit. */
  onChange?: (toc: TheoryOfChange) => void;
  /** Layout options, as for `layout()`. */
  layoutOptions?: LayoutOptions;
  /** Turn animation off (true) or on (false); by default it follows the reader's system setting. */
  reducedMotion?: boolean;
  /** Draw the checks from `validate()` on the diagram (dashed and labelled); on by default when editable. */
  checks?: boolean;
  /** `"width"` scales the diagram to its container's width; `"none"` (the default) keeps its size and scrolls. */
  fit?: 'none' | 'width';
  /** A name for the diagram; the title by default. */
  label?: string;
  className?: string;
}

interface Drawing {
  toc: TheoryOfChange;
  options: LayoutOptions | undefined;
  drawn: TocLayout;
}

function draw(toc: TheoryOfChange, options: LayoutOptions | undefined, previous?: TocLayout): TocLayout {
  const resolved = resolveLayoutOptions({ ...options, ...(previous ? { previous } : {}) });
  return layoutParsed(toc, resolved);
}

/**
 * An accessible, interactive Theory of Change. Keyboard: Tab reaches the diagram; Right and Left follow
 * links downstream and upstream (and back the way you came); Shift+Down and Shift+Up move between the
 * steps reached along the same links; Up and Down move within a column; Home and End; Enter or Space
 * selects; Escape clears; + − 0 zoom, F fits the selection, and Shift+Alt+arrows pan the view. Every
 * move is announced, with the rationale and assumptions of a link followed. An outline view lists the pathways; `editable` adds forms, so no dragging is
 * ever needed. Renders on the server (no browser globals during render).
 */
export function TheoryOfChangeDiagram(props: TheoryOfChangeDiagramProps) {
  // Input that is not a Theory of Change (or options that cannot be used) is explained on the page
  // rather than thrown at it.
  const problem = useMemo((): TheoryOfChangeIssue[] | undefined => {
    try {
      parseToc(props.toc);
      resolveLayoutOptions(props.layoutOptions);
      return undefined;
    } catch (error) {
      if (error instanceof TheoryOfChangeError) return error.issues;
      throw error;
    }
  }, [props.toc, props.layoutOptions]);
  if (problem) return <Problem issues={problem} className={props.className} />;
  return <Diagram {...props} />;
}

/** The same document: the very object, or equal content (the page may copy what onChange gave it). */
function sameDocument(incoming: TheoryOfChange, emitted: TheoryOfChange | null): boolean {
  if (!emitted) return false;
  return incoming === emitted || JSON.stringify(incoming) === JSON.stringify(emitted);
}

function Problem({ issues, className }: { issues: TheoryOfChangeIssue[]; className: string | undefined }) {
  return (
    <section className={`toc-react${className ? ` ${className}` : ''}`} aria-label="Theory of Change">
      <p>This Theory of Change cannot be drawn yet. {issues.length === 1 ? 'One thing needs' : `${issues.length} things need`} attention:</p>
      <ul>
        {issues.map((issue, i) => (
          <li key={i}>{issue.where ? `${issue.where}: ${issue.message}` : issue.message}</li>
        ))}
      </ul>
    </section>
  );
}

function Diagram(props: TheoryOfChangeDiagramProps) {
  const prefix = `toc${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const reducedMotion = useReducedMotion(props.reducedMotion);
  const [source, setSource] = useState(props.toc);
  const [doc, setDoc] = useState(() => parseToc(props.toc));
  const [history, setHistory] = useState<TheoryOfChange[]>([]);
  const [drawing, setDrawing] = useState<Drawing>(() => ({ toc: doc, options: props.layoutOptions, drawn: draw(doc, props.layoutOptions) }));
  const [view, setView] = useState(props.defaultView ?? 'diagram');
  const [ownSelection, setOwnSelection] = useState<string | null>(null);
  const [focusedId, setFocusedId] = useState<string | undefined>(undefined);
  const [hasFocus, setHasFocus] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [trail, setTrail] = useState<Trail | null>(null);
  const [zoom, setZoom] = useState(props.fit === 'width' ? 0 : 1);
  const [fit, setFit] = useState(props.fit);
  if (fit !== props.fit) {
    // a new `fit` from the page starts from its size again
    setFit(props.fit);
    setZoom(props.fit === 'width' ? 0 : 1);
  }
  // The document last handed to onChange: when the page passes it back (the controlled pattern), the
  // history stays; only a change made outside the diagram starts the history afresh.
  const [emitted, setEmitted] = useState<TheoryOfChange | null>(null);
  // Where focus goes after the next render (after removing a step, the step now in its place).
  const pendingFocus = useRef<string | null>(null);
  const canvasRef = useRef<HTMLDivElement>(null);

  let current = doc;
  if (source !== props.toc) {
    current = parseToc(props.toc);
    setSource(props.toc);
    setDoc(current);
    if (!sameDocument(props.toc, emitted)) setHistory([]);
  }
  // Re-draw when the document or the options change, starting from the previous drawing so little moves.
  let drawn = drawing.drawn;
  if (drawing.toc !== current || drawing.options !== props.layoutOptions) {
    drawn = draw(current, props.layoutOptions, drawing.drawn);
    setDrawing({ toc: current, options: props.layoutOptions, drawn });
  }
  const showChecks = props.checks ?? props.editable ?? false;
  // names, neighbours and links are worked out once per drawing, not on every key press
  const model = useMemo(() => buildModel(current, drawn, showChecks ? validate(current) : []), [current, drawn, showChecks]);

  const selectedId = props.selectedId !== undefined ? props.selectedId : ownSelection;
  const focus = focusedId && model.names.has(focusedId) ? focusedId : model.order[0];

  const select = (id: string | null) => {
    setOwnSelection(id);
    props.onSelect?.(id, id ? current.nodes.find((n) => n.id === id) : undefined);
  };
  const stepElement = (id: string) =>
    [...(canvasRef.current?.querySelectorAll<SVGGElement>('[data-node-id][role="button"]') ?? [])].find((g) => g.getAttribute('data-node-id') === id);
  const onNodeKeyDown = (id: string, event: KeyboardEvent<SVGSVGElement>) => {
    const action = keyAction(model, id, event, trail);
    if (!action) return;
    event.preventDefault();
    switch (action.kind) {
      case 'move':
        setTrail(action.trail);
        setFocusedId(action.target);
        setAnnouncement(action.message);
        stepElement(action.target)?.focus();
        return;
      case 'stay':
        setAnnouncement(action.message);
        return;
      case 'select':
      case 'clear':
        select(action.kind === 'select' ? id : null);
        setAnnouncement(action.message);
        return;
      case 'zoom': {
        const view = canvasRef.current;
        const next = action.change === 'fit-selection' ? fitZoom(model, selectedId ?? id, view?.clientWidth ?? 0, window.innerHeight) : nextZoom(zoom, action.change);
        setZoom(next);
        setAnnouncement(zoomMessage(next));
        return;
      }
      case 'pan':
        if (canvasRef.current) setAnnouncement(panView(canvasRef.current, document.scrollingElement ?? document.documentElement, action.direction));
        return;
    }
  };

  const emit = (next: TheoryOfChange) => {
    setDoc(next);
    setEmitted(next);
    props.onChange?.(next);
  };
  const applyEdit = (edit: Edit) => {
    setHistory([...history, current]);
    setAnnouncement(edit.message);
    if (edit.removed !== undefined) {
      const near = model.near.get(edit.removed);
      const next = near?.below ?? near?.above ?? model.order.find((id) => id !== edit.removed);
      pendingFocus.current = next ?? '';
      if (next) setFocusedId(next);
    }
    if (edit.select !== undefined) select(edit.select);
    emit(edit.toc);
  };
  const undo = () => {
    const previous = history[history.length - 1];
    if (!previous) return;
    setHistory(history.slice(0, -1));
    setAnnouncement('Undid the last change.');
    emit(previous);
  };
  useEffect(() => {
    const target = pendingFocus.current;
    if (target === null) return;
    pendingFocus.current = null;
    // no step left to go to (or the outline is showing): the diagram's region takes focus
    (stepElement(target) ?? document.getElementById(`${prefix}-region`))?.focus();
  });
  // following the keyboard: keep the focused step in view when zoomed in
  useEffect(() => {
    if (hasFocus && focus) stepElement(focus)?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    // only when focus moves or the zoom changes, not on every render
  }, [focus, hasFocus, zoom]);

  const label = props.label ?? current.title;
  const groups = printGroups(model);
  return (
    <section
      id={`${prefix}-region`}
      tabIndex={-1}
      className={`ntoc-react${props.className ? ` ${props.className}` : ''}`}
      aria-label={label}
      data-reduced-motion={reducedMotion ? 'true' : 'false'}
    >
      <style>{`${reactStyle(`${prefix}-region`)}${PRINT_PAGE_RULE}${printStyle(`#${prefix}-region`)}`}</style>
      <div className="ntoc-toolbar" role="group" aria-label="View">
        <button type="button" aria-pressed={view === 'diagram'} onClick={() => setView('diagram')}>
          Diagram
        </button>
        <button type="button" aria-pressed={view === 'outline'} onClick={() => setView('outline')}>
          Outline
        </button>
      </div>
      <p id={`${prefix}-help`}>
        {summarise(current)} {KEYBOARD_HELP}
      </p>
      {model.notes.length > 0 ? (
        <ul className="ntoc-notes" aria-label="About the whole diagram">
          {model.notes.map((note) => (
            <li key={note.message}>⚠ {note.message}</li>
          ))}
        </ul>
      ) : null}
      {view === 'diagram' ? (
        <>
          <div className={`ntoc-canvas${groups.length > 1 ? ` ${PRINT_HIDE}` : ''}`} id={`${prefix}-canvas`} ref={canvasRef}>
            <Canvas
              model={model}
              prefix={prefix}
              label={label}
              describedBy={`${prefix}-help`}
              focusedId={focus}
              showFocus={hasFocus}
              selectedId={selectedId}
              reducedMotion={reducedMotion}
              zoom={zoom}
              onNodeKeyDown={onNodeKeyDown}
              onNodeFocus={(id) => {
                setFocusedId(id);
                setHasFocus(true);
              }}
              onNodeBlur={() => setHasFocus(false)}
              onNodeClick={(id) => {
                setFocusedId(id);
                setTrail(null);
                select(id);
              }}
            />
          </div>
          {groups.length > 1 ? (
            <div className="ntoc-print-pages">
              {groups.map((group, i) => (
                <svg key={i} className="ntoc-print-page" viewBox={`${group.x} 0 ${group.width} ${drawn.height}`} role="img" aria-label={`Page ${i + 1} of ${groups.length}: ${group.stages.join(', ')}`}>
                  <clipPath id={`${prefix}-page-${i}`}>
                    <rect x={group.x} width={group.width} height={drawn.height} />
                  </clipPath>
                  <use href={`#${prefix}-drawing`} clipPath={`url(#${prefix}-page-${i})`} />
                </svg>
              ))}
            </div>
          ) : null}
        </>
      ) : (
        <OutlineView toc={current} selectedId={selectedId} onSelect={select} />
      )}
      {props.editable ? <Editor toc={current} selectedId={selectedId} prefix={prefix} canUndo={history.length > 0} onEdit={applyEdit} onUndo={undo} /> : null}
      <div className="ntoc-visually-hidden" aria-live="polite" role="status">
        {announcement}
      </div>
    </section>
  );
}
