interface ScriptPolicy {
  createScript(input: string): unknown;
}
let policy: ScriptPolicy | null | undefined;

/**
 * Pages that require Trusted Types guard every script element's text, even a
 * non-executable JSON-LD block. The kit's one policy, `govkit-jsonld`, passes through only
 * JSON this module serialised itself. Where a page's `trusted-types` directive does not
 * allow that policy name, structured data is skipped (with one warning), never forced.
 */
function jsonLdPolicy(): ScriptPolicy | null {
  if (policy !== undefined) return policy;
  const factory = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): ScriptPolicy } })
    .trustedTypes;
  if (!factory) return (policy = null);
  try {
    policy = factory.createPolicy('govkit-jsonld', { createScript: (json: string) => json });
  } catch {
    console.warn(
      "[govkit] structured data (JSON-LD) skipped: add 'govkit-jsonld' to the page's trusted-types directive to allow it.",
    );
    policy = null;
  }
  return policy;
}

/**
 * Puts structured data (schema.org JSON-LD) in the host's light DOM, where search
 * engines read it. The script is not executable, `<` is escaped so no string in the data
 * can close the element, and under Trusted Types the text goes through the kit's policy.
 */
export function setJsonLd(host: HTMLElement, data: object | undefined): void {
  let script = host.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"][data-govkit]');
  if (!data) {
    script?.remove();
    return;
  }
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  const trusted = jsonLdPolicy();
  // The browser has Trusted Types but refused our policy: the page forbids it, so skip.
  if (!trusted && 'trustedTypes' in globalThis) return;
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.dataset.govkit = '';
    host.append(script);
  }
  (script as unknown as { text: unknown }).text = trusted ? trusted.createScript(json) : json;
}
