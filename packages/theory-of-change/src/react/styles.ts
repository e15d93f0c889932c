/**
 * Styles for the interactive diagram (focus ring, visually hidden text, the panels), scoped to one
 * component by its region's id. Text outside the drawing takes the page's own colour, so the panels stay
 * readable on light and dark pages alike; the drawing carries its own palettes (see render/theme).
 */
export function reactStyle(scope: string): string {
  const s = `#${scope}`;
  return [
    `${s}{font-family:var(--toc-font,Arial,"Liberation Sans",Helvetica,sans-serif)}`,
    `${s}:focus-visible{outline:3px solid var(--toc-focus,#1a4fa0);outline-offset:2px}`,
    `${s} .ntoc-canvas{overflow:auto;max-width:100%}`,
    `${s} .ntoc-canvas svg.ntoc-fit{width:100%;height:auto}`,
    `${s} [role="button"][data-node-id]{cursor:pointer;outline:none}`,
    `${s} .ntoc-visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}`,
    `${s} .ntoc-toolbar{display:flex;flex-wrap:wrap;gap:.5rem;margin:0 0 .5rem}`,
    `${s} button,${s} input,${s} select,${s} textarea{font:inherit;max-width:100%}`,
    `${s} button:focus-visible,${s} input:focus-visible,${s} select:focus-visible,${s} textarea:focus-visible{outline:3px solid var(--toc-focus,#1a4fa0);outline-offset:2px}`,
    `${s} .ntoc-outline li{margin:.25rem 0}`,
    `${s} .ntoc-outline ul ul{padding-left:1rem}`,
    `${s} .ntoc-outline button{max-width:100%;text-align:left;overflow-wrap:anywhere}`,
    `${s} .ntoc-editor{display:grid;gap:1rem;margin-top:1rem}`,
    `${s} .ntoc-editor fieldset{border:1px solid var(--toc-lane-stroke,#c9c9d6);border-radius:6px;min-width:0}`,
    `${s} .ntoc-editor label{display:inline-block;margin:.25rem .25rem .25rem 0}`,
    // the print pages and the landscape page: printStyle in render/print
    `@media print{${s} .ntoc-toolbar,${s} .ntoc-editor{display:none}${s} .ntoc-canvas{overflow:visible}}`,
  ].join('');
}
