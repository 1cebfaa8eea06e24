// What the timeline needs of d3-zoom, in a module of its own: loaded with import() after first paint,
// it and d3-selection and d3-transition become a chunk the first view does not wait for.
import 'd3-transition';

export { select } from 'd3-selection';
export { zoom, zoomIdentity, zoomTransform } from 'd3-zoom';
