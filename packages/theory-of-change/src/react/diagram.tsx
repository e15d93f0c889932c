import type { TheoryOfChange, TocNode } from '@nttp/domain';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { TheoryOfChangeError, parseToc, type TheoryOfChangeIssue } from '../errors';
import { layoutParsed, type TocLayout } from '../layout/layout';
import { resolveLayoutOptions, type LayoutOptions } from '../layout/options';
import { summarise } from '../render/describe';
import { Canvas } from './canvas';
import { Editor, type Edit } from './editor';
import { boxesById, firstStep, neighbours, stepName } from '../navigation';
import { OutlineView } from './outline-view';
import { REACT_STYLE } from './styles';
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
  /** A name for the diagram; the title by default. */
  label?: string;
  className?: string;
}

/** The last move along a link: from which step, and which way. */
interface Trail {
  origin: string;
  direction: 'downstream' | 'upstream';
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
 * steps reached along the same links; Up and Down move within a column; Enter or Space selects; Escape
 * clears.
 * Every move is announced. An outline view lists the pathways; `editable` adds forms, so no dragging is
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
  // The document last handed to onChange: when the page passes it back (the controlled pattern), the
  // history stays; only a change made outside the diagram starts the history afresh.
  const [emitted, setEmitted] = useState<TheoryOfChange | null>(null);
  // Where focus goes after the next render (after removing a step, the step now in its place).
  const pendingFocus = useRef<string | null>(null);

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

  const selectedId = props.selectedId !== undefined ? props.selectedId : ownSelection;
  const boxes = boxesById(drawn);
  const focus = focusedId && boxes.has(focusedId) ? focusedId : firstStep(drawn);
  const labelOf = (id: string) => current.nodes.find((n) => n.id === id)?.label ?? id;
  const nodeLabel = (id: string) => stepName(current, drawn, id);

  const select = (id: string | null) => {
    setOwnSelection(id);
    props.onSelect?.(id, id ? current.nodes.find((n) => n.id === id) : undefined);
  };
  const moveTo = (id: string, how: string) => {
    setFocusedId(id);
    setAnnouncement(`${how} ${nodeLabel(id)}`);
    if (typeof document === 'undefined') return;
    const steps = document.getElementById(`${prefix}-canvas`)?.querySelectorAll<SVGGElement>('[data-node-id][role="button"]') ?? [];
    [...steps].find((g) => g.getAttribute('data-node-id') === id)?.focus();
  };
  const onNodeKeyDown = (id: string, event: KeyboardEvent<SVGGElement>) => {
    const near = neighbours(current, drawn, id);
    const go = (target: string | undefined, how: string, none: string, trail: Trail | null = null) => {
      event.preventDefault();
      if (target) {
        setTrail(trail);
        moveTo(target, how);
      } else setAnnouncement(none);
    };
    // the steps reached along the same link as the last move, for Shift+Up and Shift+Down
    const along = trail ? neighbours(current, drawn, trail.origin)[trail.direction] : [];
    const at = along.indexOf(id);
    const sibling = (delta: number) => {
      const target = along[(at + delta + along.length) % along.length];
      const origin = `‘${labelOf(trail!.origin)}’`;
      const where = `${(at + delta + along.length) % along.length + 1} of ${along.length}`;
      go(target, trail!.direction === 'downstream' ? `${where} steps ${origin} leads to:` : `${where} steps that lead to ${origin}:`, '', trail);
    };
    const count = (list: string[], target: string | undefined) => (list.length > 1 && target ? ` (1 of ${list.length}; Shift and Down for the next)` : '');
    switch (event.key) {
      case 'ArrowRight': {
        // going back the way we came returns to where we were
        const target = trail?.direction === 'upstream' && near.downstream.includes(trail.origin) ? trail.origin : near.downstream[0];
        return go(target, `Followed a link downstream${count(near.downstream, target)} to`, `‘${labelOf(id)}’ does not lead to another step yet.`, { origin: id, direction: 'downstream' });
      }
      case 'ArrowLeft': {
        const target = trail?.direction === 'downstream' && near.upstream.includes(trail.origin) ? trail.origin : near.upstream[0];
        return go(target, `Followed a link upstream${count(near.upstream, target)} to`, `No step leads to ‘${labelOf(id)}’ yet.`, { origin: id, direction: 'upstream' });
      }
      case 'ArrowDown':
        if (event.shiftKey && at >= 0 && along.length > 1) return sibling(1);
        return go(near.below, 'Next in this column:', 'This is the last step in this column.');
      case 'ArrowUp':
        if (event.shiftKey && at >= 0 && along.length > 1) return sibling(-1);
        return go(near.above, 'Previous in this column:', 'This is the first step in this column.');
      case 'Home':
        return go(firstStep(drawn), 'First step:', '');
      case 'Enter':
      case ' ':
        event.preventDefault();
        select(id);
        setAnnouncement(`Selected ‘${labelOf(id)}’.`);
        return;
      case 'Escape':
        event.preventDefault();
        select(null);
        setAnnouncement('Selection cleared.');
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
      const near = neighbours(current, drawn, edit.removed);
      const next = near.below ?? near.above ?? firstStep(drawn, edit.removed);
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
    const canvas = document.getElementById(`${prefix}-canvas`);
    const step = [...(canvas?.querySelectorAll<SVGGElement>('[data-node-id][role="button"]') ?? [])].find((g) => g.getAttribute('data-node-id') === target);
    // no step left to go to (or the outline is showing): the diagram itself takes focus
    (step ?? document.getElementById(`${prefix}-region`))?.focus();
  });

  const label = props.label ?? current.title;
  return (
    <section id={`${prefix}-region`} tabIndex={-1} className={`toc-react${props.className ? ` ${props.className}` : ''}`} aria-label={label} data-reduced-motion={reducedMotion ? 'true' : 'false'}>
      <style>{REACT_STYLE}</style>
      <div className="toc-toolbar" role="group" aria-label="View">
        <button type="button" aria-pressed={view === 'diagram'} onClick={() => setView('diagram')}>
          Diagram
        </button>
        <button type="button" aria-pressed={view === 'outline'} onClick={() => setView('outline')}>
          Outline
        </button>
      </div>
      <p id={`${prefix}-help`}>
        {summarise(current)} Use the arrow keys on a step: Right and Left follow its links, Shift with Up or Down moves between the steps
        reached along the same links, Up and Down move within a column, Enter selects.
      </p>
      {view === 'diagram' ? (
        <div className="toc-canvas" id={`${prefix}-canvas`}>
          <Canvas
            toc={current}
            drawn={drawn}
            prefix={prefix}
            label={label}
            helpId={`${prefix}-help`}
            focusedId={focus}
            showFocus={hasFocus}
            selectedId={selectedId}
            reducedMotion={reducedMotion}
            nodeLabel={nodeLabel}
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
      ) : (
        <OutlineView toc={current} selectedId={selectedId} onSelect={select} />
      )}
      {props.editable ? <Editor toc={current} selectedId={selectedId} prefix={prefix} canUndo={history.length > 0} onEdit={applyEdit} onUndo={undo} /> : null}
      <div className="toc-visually-hidden" aria-live="polite" role="status">
        {announcement}
      </div>
    </section>
  );
}
