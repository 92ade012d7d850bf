/** The kit's version, carried by every class it registers so two copies can be told apart. */
export const KIT_VERSION = '0.1.0';

const warned: Set<string> = ((globalThis as Record<symbol, unknown>)[Symbol.for('govkit-th.define-warned')] ??=
  new Set<string>()) as Set<string>;

/**
 * Registers a custom element without ever throwing. CMS pages often load the kit
 * twice (a theme and a plugin): the first definition stays, and one warning says so.
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
  warned.add(tag);
  const ours = (constructor as { kitVersion?: string }).kitVersion ?? KIT_VERSION;
  console.warn(
    `[govkit] <${tag}> is already registered (GovKit ${existing.kitVersion ?? 'unknown version'}); ` +
      `keeping it and ignoring this copy (GovKit ${ours}). Load the kit once per page.`,
  );
}
