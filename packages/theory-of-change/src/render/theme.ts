/**
 * The diagram's stylesheet. Every colour and the font come from CSS custom properties with defaults, so a
 * page restyles the diagram by setting `--toc-…` properties on it or an ancestor. Status is always shown
 * with an icon and words as well as colour; print uses black on white.
 */
export const SVG_STYLE = `
.toc-diagram{font-family:var(--toc-font,Arial,"Liberation Sans",Helvetica,sans-serif);color:var(--toc-text,#1d1d2b)}
.toc-background{fill:var(--toc-background,#ffffff)}
.toc-heading{fill:var(--toc-heading,#1d1d2b);font-weight:600}
.toc-lane{fill:var(--toc-lane-fill,#f6f6f9);stroke:var(--toc-lane-stroke,#c9c9d6);stroke-dasharray:4 3}
.toc-lane-label{fill:var(--toc-muted,#4b4b63);font-style:italic}
.toc-link{fill:none;stroke:var(--toc-link,#56566e);stroke-width:1.5}
.toc-arrow{fill:var(--toc-link,#56566e)}
.toc-node rect{fill:var(--toc-node-fill,#ffffff);stroke:var(--toc-node-stroke,#3d3d56);stroke-width:1.5}
.toc-kind-activity rect{fill:var(--toc-activity-fill,#e8f1fb)}
.toc-kind-output rect{fill:var(--toc-output-fill,#eef7ee)}
.toc-kind-short-term-outcome rect{fill:var(--toc-short-term-fill,#fdf6e3)}
.toc-kind-interim-outcome rect{fill:var(--toc-interim-fill,#fcefe6)}
.toc-kind-long-term-outcome rect{fill:var(--toc-long-term-fill,#f3ecf9)}
.toc-kind-impact rect{fill:var(--toc-impact-fill,#ecebf7);stroke-width:2.5}
.toc-scope-national rect{stroke-dasharray:6 3}
.toc-label{fill:var(--toc-text,#1d1d2b)}
.toc-status{fill:var(--toc-muted,#4b4b63)}
.toc-status-at-risk,.toc-status-missing{fill:var(--toc-attention,#8a3b00);font-weight:600}
.toc-status-achieved{fill:var(--toc-achieved,#1f5f2a)}
.toc-ceiling line{stroke:var(--toc-ceiling,#8a3b00);stroke-width:2;stroke-dasharray:8 5}
.toc-ceiling text{fill:var(--toc-ceiling,#8a3b00);font-weight:600}
.toc-selected rect{stroke:var(--toc-selected,#1a4fa0);stroke-width:3}
@media print{.toc-background,.toc-node rect,.toc-lane{fill:#fff !important}.toc-link,.toc-node rect,.toc-ceiling line{stroke:#000 !important}.toc-arrow,.toc-label,.toc-status,.toc-heading,.toc-ceiling text{fill:#000 !important}}
`
  .trim()
  .replace(/\n/g, '');
