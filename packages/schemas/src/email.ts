/**
 * The kit's one rule for an e-mail address a person can be answered at: what JSON Schema's
 * `format: "email"` allows (RFC 5321), and a domain with a dot in it. RFC 5321 accepts
 * `somying@example` (a host on a local network), but on a public form it is always a
 * typing slip, and a reply to it never arrives. The browser's forms and the inbox both
 * check it through `compile()`; `isEmailAddress` is the same rule for code outside a schema.
 */
const DOTTED_DOMAIN = /@[^\s@.]+(?:\.[^\s@.]+)+$/;

/** `somying@example.com` → true; `somying@example`, `somying@example.` → false. */
export function hasDottedDomain(value: string): boolean {
  return DOTTED_DOMAIN.test(value);
}

const SIMPLE_ADDRESS = /^[^\s@]+@[^\s@]+$/;

/** An address with one `@`, no spaces and a dotted domain (the check outside a schema). */
export function isEmailAddress(value: string): boolean {
  const address = value.trim();
  return SIMPLE_ADDRESS.test(address) && hasDottedDomain(address);
}
