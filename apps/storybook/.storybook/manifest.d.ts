// The manifest is a build output of @govkit-th/components (custom-elements.json), so it does
// not exist on a fresh clone before the build: declaring its shape here lets the type-check
// run first, as `npm test` does, without depending on the build.
declare module '@govkit-th/components/custom-elements.json' {
  const manifest: { schemaVersion: string; modules: unknown[] };
  export default manifest;
}
