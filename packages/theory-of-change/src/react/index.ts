export { TheoryOfChangeDiagram, type TheoryOfChangeDiagramProps } from './diagram';
export { addStep, addLink, relabelStep, removeStep, removeLink, freeId } from './edits';
