import { common, SCHEMA_BASE, type FromKitSchema } from './common.js';

/**
 * The kinds of standard footer link: what DGA's draft Digital Service Standard (3.2.1.4) and
 * common Thai agency practice put at the foot of every page. The element knows each one's
 * Thai and English name, so a file may give only `kind` and `href`.
 */
export const FOOTER_LINK_KINDS = [
  'contact',
  'terms',
  'website-policy',
  'privacy-policy',
  'privacy-notice',
  'cookie-policy',
  'security-policy',
  'disclaimer',
  'accessibility',
  'sitemap',
  'other',
] as const;

/** The site footer's links (gov-site-footer): the standard policy links and the province link. */
export const footerSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${SCHEMA_BASE}footer.json`,
  title: 'Site footer links',
  type: 'object',
  required: ['links'],
  properties: {
    $schema: common('schemaLink'),
    links: {
      type: 'array',
      maxItems: 40,
      items: {
        type: 'object',
        required: ['href'],
        properties: {
          kind: {
            description: 'A standard link; its Thai and English name come from the element unless `title` is given.',
            enum: FOOTER_LINK_KINDS,
          },
          title: { ...common('localizedText'), description: 'The link text; required for `other` or no `kind`.' },
          href: common('url'),
        },
        additionalProperties: false,
      },
    },
    province: {
      description: 'Order clause 2.2: the link to the province website, shown in every footer.',
      type: 'object',
      required: ['name', 'href'],
      properties: { name: common('localizedText'), href: common('url') },
      additionalProperties: false,
    },
  },
  additionalProperties: false,
} as const;

export type FooterData = FromKitSchema<typeof footerSchema>;
export type FooterLink = FooterData['links'][number];
export type FooterLinkKind = (typeof FOOTER_LINK_KINDS)[number];
