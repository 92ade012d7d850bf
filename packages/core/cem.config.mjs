/**
 * core's custom-elements.json: the base classes every element extends (GovElement,
 * GovFormElement), with their attributes, members and events. The components' manifest
 * reads it (`dependencies: true`) so each element's docs show what it inherits.
 */
export default {
  globs: ['src/gov-element.ts', 'src/forms/form-element.ts'],
  outdir: '.',
  litelement: true,
};
