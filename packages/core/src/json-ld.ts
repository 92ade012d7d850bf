/**
 * Puts structured data (schema.org JSON-LD) in the host's light DOM, where search
 * engines read it. The script is built from a text node, never parsed from markup,
 * and is not executable, so strict CSP and Trusted Types are unaffected.
 */
export function setJsonLd(host: HTMLElement, data: object | undefined): void {
  let script = host.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"][data-govkit]');
  if (!data) {
    script?.remove();
    return;
  }
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.dataset.govkit = '';
    host.append(script);
  }
  // `<` is escaped so no string in the data can close the script element.
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  script.replaceChildren(document.createTextNode(json));
}
