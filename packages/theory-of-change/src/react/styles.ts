/**
 * Styles for the interactive diagram: focus ring, visually hidden text, the panels. Text outside the
 * drawing takes the page's own colour, so the panels stay readable on light and dark pages alike; the
 * drawing carries its own background and colours (--toc-* custom properties).
 */
export const REACT_STYLE = `
.toc-react{font-family:var(--toc-font,Arial,"Liberation Sans",Helvetica,sans-serif)}
.toc-react .toc-canvas{overflow:auto;max-width:100%}
.toc-react [role="button"][data-node-id]{cursor:pointer;outline:none}
.toc-react .toc-focus-ring{fill:none;stroke:var(--toc-focus,#1a4fa0);stroke-width:3;stroke-dasharray:none}
.toc-react .toc-visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.toc-react .toc-toolbar{display:flex;gap:.5rem;margin:0 0 .5rem}
.toc-react button{font:inherit}
.toc-react button:focus-visible,.toc-react input:focus-visible,.toc-react select:focus-visible{outline:3px solid var(--toc-focus,#1a4fa0);outline-offset:2px}
.toc-react .toc-outline li{margin:.25rem 0}
.toc-react .toc-outline ul ul{padding-left:1rem}
.toc-react .toc-outline button{max-width:100%;text-align:left;overflow-wrap:anywhere}
.toc-react .toc-editor{display:grid;gap:1rem;margin-top:1rem}
.toc-react .toc-editor fieldset{border:1px solid var(--toc-lane-stroke,#c9c9d6);border-radius:6px}
`
  .trim()
  .replace(/\n/g, '');
