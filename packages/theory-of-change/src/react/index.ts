export { TheoryOfChangeDiagram, type TheoryOfChangeDiagramProps } from './diagram';
export { addStep, addLink, relabelStep, removeStep, removeLink, freeId, changeStep, updateLink, addIndicator, updateIndicator, removeIndicator, type IndicatorFields } from './edits';
