/**
 * The diagram's stylesheet, scoped to one drawing: every rule starts with the drawing's own id, and every
 * class starts with `ntoc-`, so the page's styles and ours never meet (a page's own `.toc-link` keeps its
 * look). Colours come in three palettes (light, dark, and the system's colours when forced colours are
 * on); a page picks light or dark with `data-theme` on any ancestor, or leaves it to
 * `prefers-color-scheme`. Each colour and the font can still be set with the public `--toc-…` custom
 * properties. Status and checks are always shown with icons and words as well as colour.
 */

/** [public custom property, internal name, light, dark]. */
const COLOURS: [string, string, string, string][] = [
  ['background', 'bg', '#ffffff', '#15151c'],
  ['text', 'text', '#1d1d2b', '#ececf4'],
  ['heading', 'heading', '#1d1d2b', '#ececf4'],
  ['muted', 'muted', '#4b4b63', '#c3c3d4'],
  ['link', 'link', '#56566e', '#a9a9c2'],
  ['node-fill', 'node', '#ffffff', '#23232e'],
  ['node-stroke', 'stroke', '#3d3d56', '#b9b9d0'],
  ['activity-fill', 'activity', '#e8f1fb', '#1c2a3c'],
  ['output-fill', 'output', '#eef7ee', '#1d3021'],
  ['short-term-fill', 'short', '#fdf6e3', '#37301d'],
  ['interim-fill', 'interim', '#fcefe6', '#3a281c'],
  ['long-term-fill', 'long', '#f3ecf9', '#2e243f'],
  ['impact-fill', 'impact', '#ecebf7', '#29283f'],
  ['attention', 'attention', '#8a3b00', '#ffb37a'],
  ['achieved', 'achieved', '#1f5f2a', '#8fd19e'],
  ['ceiling', 'ceiling', '#8a3b00', '#ffb37a'],
  ['selected', 'selected', '#1a4fa0', '#8ab4ff'],
  ['focus', 'focus', '#1a4fa0', '#8ab4ff'],
  ['lane-fill', 'lane', '#f6f6f9', '#1d1d27'],
  ['lane-stroke', 'lane-stroke', '#c9c9d6', '#55556b'],
  ['stage-band', 'band', '#f7f7fa', '#1b1b23'],
];

const palette = (which: 2 | 3) => COLOURS.map((c) => `--ntoc-${c[1]}:${c[which]}`).join(';');
/** A colour rule: the page's `--toc-…` property when set, else the palette's. */
const colour = (name: string) => {
  const entry = COLOURS.find((c) => c[1] === name)!;
  return `var(--toc-${entry[0]},var(--ntoc-${name}))`;
};

function rules(s: string): string {
  return [
    `${s}{${palette(2)};font-family:var(--toc-font,Arial,"Liberation Sans",Helvetica,sans-serif);color:${colour('text')}}`,
    `@media (prefers-color-scheme:dark){${s}{${palette(3)}}}`,
    `[data-theme="light"] ${s}{${palette(2)}}`,
    `[data-theme="dark"] ${s}{${palette(3)}}`,
    `${s} .ntoc-background{fill:${colour('bg')}}`,
    `${s} .ntoc-stage-band{fill:${colour('band')}}`,
    `${s} .ntoc-heading{fill:${colour('heading')};font-weight:600}`,
    `${s} .ntoc-lane{fill:${colour('lane')};stroke:${colour('lane-stroke')};stroke-dasharray:4 3}`,
    `${s} .ntoc-lane-label{fill:${colour('muted')};font-style:italic}`,
    `${s} .ntoc-link{fill:none;stroke:${colour('link')};stroke-width:1.5}`,
    `${s} .ntoc-arrow{fill:${colour('link')}}`,
    `${s} .ntoc-node>rect{fill:${colour('node')};stroke:${colour('stroke')};stroke-width:1.5}`,
    `${s} .ntoc-kind-activity>rect{fill:${colour('activity')}}`,
    `${s} .ntoc-kind-output>rect{fill:${colour('output')}}`,
    `${s} .ntoc-kind-short-term-outcome>rect{fill:${colour('short')}}`,
    `${s} .ntoc-kind-interim-outcome>rect{fill:${colour('interim')}}`,
    `${s} .ntoc-kind-long-term-outcome>rect{fill:${colour('long')}}`,
    `${s} .ntoc-kind-impact>rect{fill:${colour('impact')};stroke-width:2.5}`,
    `${s} .ntoc-scope-national>rect{stroke-dasharray:6 3}`,
    `${s} .ntoc-label{fill:${colour('text')}}`,
    `${s} .ntoc-status{fill:${colour('muted')}}`,
    `${s} .ntoc-status-at-risk,${s} .ntoc-status-missing{fill:${colour('attention')};font-weight:600}`,
    `${s} .ntoc-status-achieved{fill:${colour('achieved')}}`,
    `${s} .ntoc-ceiling line{stroke:${colour('ceiling')};stroke-width:2;stroke-dasharray:8 5}`,
    `${s} .ntoc-ceiling text{fill:${colour('ceiling')};font-weight:600}`,
    `${s} .ntoc-selected>rect{stroke:${colour('selected')};stroke-width:3}`,
    `${s} .ntoc-check-outline{fill:none;stroke:${colour('attention')};stroke-width:2;stroke-dasharray:5 3}`,
    `${s} .ntoc-check-label{fill:${colour('attention')};font-weight:600}`,
    `${s} .ntoc-check-backdrop{fill:${colour('bg')};opacity:.9}`,
    `${s} .ntoc-link.ntoc-flagged{stroke:${colour('attention')};stroke-dasharray:6 4;stroke-width:2}`,
    // the ring is a second rect in the step: it must win over the box's own fill
    `${s} .ntoc-node>.ntoc-focus-ring{fill:none;stroke:${colour('focus')};stroke-width:3}`,
    // system colours: Canvas behind, CanvasText for lines and words, Highlight for selection and focus
    `@media (forced-colors:active){${s}{forced-color-adjust:none}` +
      `${s} .ntoc-background,${s} .ntoc-node>rect,${s} .ntoc-lane,${s} .ntoc-stage-band,${s} .ntoc-check-backdrop{fill:Canvas}` +
      `${s} .ntoc-link,${s} .ntoc-node>rect,${s} .ntoc-ceiling line,${s} .ntoc-lane,${s} .ntoc-check-outline{stroke:CanvasText}` +
      `${s} .ntoc-arrow,${s} .ntoc-label,${s} .ntoc-status,${s} .ntoc-heading,${s} .ntoc-lane-label,${s} .ntoc-ceiling text,${s} .ntoc-check-label{fill:CanvasText}` +
      `${s} .ntoc-selected>rect,${s} .ntoc-node>.ntoc-focus-ring{stroke:Highlight}${s} .ntoc-node>.ntoc-focus-ring{fill:none}}`,
    // print: black on white, and the drawing scaled to the page's width
    `@media print{${s}{${palette(2)}}` +
      `${s} .ntoc-background,${s} .ntoc-node>rect,${s} .ntoc-lane,${s} .ntoc-stage-band{fill:#fff !important}` +
      `${s} .ntoc-link,${s} .ntoc-node>rect,${s} .ntoc-ceiling line{stroke:#000 !important}` +
      `${s} .ntoc-arrow,${s} .ntoc-label,${s} .ntoc-status,${s} .ntoc-heading,${s} .ntoc-ceiling text{fill:#000 !important}}`,
  ].join('');
}

/**
 * The stylesheet for the drawing whose root has the id `scope`. The rules hang on the drawing's group
 * (`#scope-drawing`) and the <style> sits inside it, so a <use> of the group (the print pages) carries
 * the same look.
 */
export function diagramStyle(scope: string): string {
  return `${rules(`#${scope}-drawing`)}@media print{#${scope}{max-width:100%;height:auto}}`;
}

/**
 * For a drawing in a shadow root: it follows the theme the element reflects from `data-theme` on itself or
 * its nearest ancestor with one (`data-ntoc-theme`, see element/theme.ts), and the focused step's outline
 * thickens (the element has no separate focus ring).
 */
export function shadowThemeStyle(scope: string): string {
  const s = `#${scope}-drawing`;
  return (
    `${s} [role="button"]:focus>rect{stroke:${colour('focus')};stroke-width:4}@media (forced-colors:active){${s} [role="button"]:focus>rect{stroke:Highlight}}` +
    `:host([data-ntoc-theme="light"]) ${s}{${palette(2)}}:host([data-ntoc-theme="dark"]) ${s}{${palette(3)}}`
  );
}
