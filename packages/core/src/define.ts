/** Written in at build time from package.json (Vite `define`, core's build script); absent when run from source. */
declare const __GOVKIT_VERSION__: string | undefined;

/** The kit's version, carried by every class it registers so two copies can be told apart. */
export const KIT_VERSION: string = typeof __GOVKIT_VERSION__ === 'string' ? __GOVKIT_VERSION__ : '0.0.0-source';

const warned: Set<string> = ((globalThis as Record<symbol, unknown>)[Symbol.for('govkit-th.define-warned')] ??=
  new Set<string>()) as Set<string>;

/**
 * Orders two versions (`1.2.3`, `1.10.0-next.1`) by their numeric parts: negative when `a`
 * is older, 0 when equal, positive when newer. A pre-release counts as its release.
 */
export function compareVersions(a: string, b: string): number {
  const parts = (version: string) => version.split(/[-+]/)[0].split('.').map(Number);
  const [left, right] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(left.length, right.length); i += 1) {
    const difference = (left[i] || 0) - (right[i] || 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Why a second registration of `tag` deserves a warning, or undefined when it does not. */
function clash(tag: string, registered: string | undefined, ours: string): string | undefined {
  if (registered !== undefined && compareVersions(ours, registered) <= 0) return undefined;
  return (
    `<${tag}> is already registered by ${registered ? `GovKit ${registered}` : 'another script'}; ` +
    `GovKit ${ours} leaves it. Load the kit once per page, the newest version.`
  );
}

/**
 * Registers a custom element without ever throwing. CMS pages often load the kit twice (a
 * theme and a plugin): the first definition stays. A second copy of the same or an older
 * version is silent (the page already has what it asks for); a newer copy, or a name taken by
 * something else, gets one warning per tag.
 */
export function define(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag) as (CustomElementConstructor & { kitVersion?: string }) | undefined;
  if (!existing) {
    try {
      customElements.define(tag, constructor);
    } catch (error) {
      console.warn(`[govkit] <${tag}> could not be registered:`, error);
    }
    return;
  }
  if (existing === constructor || warned.has(tag)) return;
  const message = clash(tag, existing.kitVersion, (constructor as { kitVersion?: string }).kitVersion ?? KIT_VERSION);
  if (!message) return;
  warned.add(tag);
  console.warn(`[govkit] ${message}`);
}
