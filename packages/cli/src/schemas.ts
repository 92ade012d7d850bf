import * as kit from '@govkit-th/schemas';
import { MANIFEST_CONTENT, schemaFileName, type ManifestContentType } from '@govkit-th/schemas';

/** Every schema the kit publishes, by the file name it is published as (`faq.json`). */
export const SCHEMAS: ReadonlyMap<string, object> = new Map(
  (Object.values(kit) as unknown[]).flatMap((value) => {
    const name = schemaFileName(value);
    return name ? [[name, value as object] as const] : [];
  }),
);

export const CONTENT_TYPES = Object.keys(MANIFEST_CONTENT) as ManifestContentType[];

/**
 * The schema a data file follows: named by its `"$schema"` (`…/@govkit-th/schemas@0.1/json/faq.json`
 * or a relative `json/faq.json`), else by a manifest that points at it, else by its own name
 * (`faq.json`, `govkit.json`, or a content type's name such as `calendar.json`).
 */
export function schemaNameFor(file: string, data: unknown, fromManifest?: string): string | undefined {
  const declared = (data as { $schema?: unknown } | null)?.$schema;
  if (typeof declared === 'string' && !/^https?:\/\/json-schema\.org\//.test(declared)) {
    const name = declared.split(/[?#]/)[0].split('/').pop() ?? '';
    if (SCHEMAS.has(name)) return name;
  }
  if (fromManifest && SCHEMAS.has(fromManifest)) return fromManifest;
  const base = file.split(/[\\/]/).pop() ?? '';
  if (base === 'govkit.json') return 'manifest.json';
  if (SCHEMAS.has(base)) return base;
  const type = base.replace(/\.json$/, '') as ManifestContentType;
  return MANIFEST_CONTENT[type];
}
