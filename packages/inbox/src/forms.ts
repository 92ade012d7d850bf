import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  compile,
  eformDefinitionSchema,
  opinionSubmissionSchema,
  questionSubmissionSchema,
  type CompiledValidator,
} from '@govkit-th/schemas';
import { compileFast } from '@govkit-th/schemas/fast-validate';
import type { Logger } from './log.js';

/** A form definition file is checked against the kit's own definition schema, as the browser does. */
const checkDefinition = await compile(eformDefinitionSchema);

/** Labels of the built-in forms' fields, for the staff pages. */
const BUILT_IN_LABELS = new Map<string, LocalizedLabel>(
  Object.entries({
    '/topic': { th: 'เรื่อง', en: 'Topic' },
    '/message': { th: 'ความคิดเห็น', en: 'Message' },
    '/question': { th: 'คำถาม', en: 'Question' },
    '/category': { th: 'หมวด', en: 'Category' },
    '/name': { th: 'ชื่อ', en: 'Name' },
    '/contact': { th: 'ช่องทางติดต่อกลับ', en: 'Contact' },
    '/consent': { th: 'ยินยอมให้เก็บและใช้ข้อมูล', en: 'Consent to keep and use the data' },
  }),
);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type JsonSchema = Record<string, any>;
export type LocalizedLabel = string | { th?: string; en?: string };

/** A form definition as read from its file: only what the inbox uses is named. */
export interface FormDefinition {
  id: string;
  version: string | number;
  title?: LocalizedLabel;
  schema: JsonSchema;
  pages?: unknown[];
  /** Days its submissions are kept before the retention sweep erases them. */
  retentionDays?: number;
  /** The privacy notice (PDPA section 23), shown on the form and the receipt. */
  privacyNotice?: LocalizedLabel;
}

export interface RegisteredForm {
  id: string;
  version: string;
  title?: LocalizedLabel;
  schema: JsonSchema;
  file?: string;
  labels?: Map<string, LocalizedLabel>;
  /** The choices' titles by field pointer, from the layout's `options`. */
  choices?: Map<string, { value: unknown; label: LocalizedLabel }[]>;
  definition?: FormDefinition;
  retentionDays?: number;
  privacyNotice?: LocalizedLabel;
  validate: CompiledValidator;
}

/**
 * The forms the inbox accepts: every `*.json` form definition in a folder (`{ id,
 * version, schema, … }`: only these three are read here), plus the built-in `opinion`
 * and `question`, which a file with that id replaces. Several versions of one form may
 * sit side by side; a submission names its version.
 */
export class FormRegistry {
  /** @param forms newest version first */
  constructor(private readonly forms: Map<string, RegisteredForm[]>) {}

  /**
   * The definition for a submission: the version it names, or, for a version no longer
   * on file, the newest (a person's saved draft still gets in if it fits the current form).
   */
  get(id: string, version?: string): RegisteredForm | undefined {
    const versions = this.forms.get(id);
    if (!versions) return undefined;
    return versions.find((form) => form.version === version) ?? versions[0];
  }

  ids(): string[] {
    return [...this.forms.keys()].sort();
  }

  /** Every version of every form: what the retention sweep walks. */
  all(): RegisteredForm[] {
    return [...this.forms.values()].flat();
  }

  static async load(dir: string | undefined, logger: Pick<Logger, 'warn' | 'info'>): Promise<FormRegistry> {
    const forms = new Map<string, RegisteredForm[]>();
    const add = (form: RegisteredForm) => forms.set(form.id, [...(forms.get(form.id) ?? []), form]);
    const fromFiles = new Set<string>();
    for (const file of definitionFiles(dir, logger)) {
      let definition: FormDefinition;
      try {
        definition = JSON.parse(readFileSync(file, 'utf8'));
      } catch (error) {
        logger.warn('form file is not JSON; skipped', { file, error: (error as Error).message });
        continue;
      }
      const problem = definitionProblem(definition);
      if (problem) {
        logger.warn('not a form definition; skipped', { file, problem });
        continue;
      }
      try {
        add({
          id: definition.id,
          version: String(definition.version),
          title: definition.title,
          schema: definition.schema,
          labels: fieldLabels(definition),
          choices: fieldChoices(definition),
          definition,
          retentionDays: typeof definition.retentionDays === 'number' ? definition.retentionDays : undefined,
          privacyNotice: definition.privacyNotice,
          file,
          // Ajv's verdict, the browser's messages: see fast-validate.ts in @govkit-th/schemas.
          validate: compileFast(definition.schema),
        });
        fromFiles.add(definition.id);
      } catch (error) {
        logger.warn('form schema does not compile; skipped', { file, error: (error as Error).message });
      }
    }
    for (const [id, schema, title] of <[string, JsonSchema, LocalizedLabel][]>[
      ['opinion', opinionSubmissionSchema, { th: 'ความคิดเห็น', en: 'Opinion' }],
      ['question', questionSubmissionSchema, { th: 'คำถาม (ถาม-ตอบ)', en: 'Question (Q&A)' }],
    ]) {
      if (!fromFiles.has(id))
        add({ id, version: '1', title, schema, labels: BUILT_IN_LABELS, validate: compileFast(schema) });
    }
    for (const versions of forms.values()) {
      versions.sort((a, b) => b.version.localeCompare(a.version, 'en', { numeric: true }));
    }
    logger.info('forms loaded', { dir, forms: [...forms.keys()].sort() });
    return new FormRegistry(forms);
  }
}

function definitionFiles(dir: string | undefined, logger: Pick<Logger, 'warn'>): string[] {
  if (!dir) return [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    logger.warn('forms folder not readable; only opinions and questions are accepted', {
      dir,
      code: (error as NodeJS.ErrnoException).code,
    });
    return [];
  }
  return names
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name))
    .filter((file) => statSync(file).isFile());
}

/** The first way a file falls short of `eformDefinitionSchema`, as `/path: message`; `undefined` when it is a definition. */
function definitionProblem(definition: unknown): string | undefined {
  const [problem] = checkDefinition(definition, 'en');
  return problem && `${problem.path || '/'}: ${problem.message}`;
}

/** The layout's choices (`options`) by JSON pointer, for choice titles on the staff pages. */
function fieldChoices(definition: FormDefinition): Map<string, { value: unknown; label: LocalizedLabel }[]> {
  const choices = new Map<string, { value: unknown; label: LocalizedLabel }[]>();
  const visit = (fields: unknown, prefix: string): void => {
    for (const field of Array.isArray(fields) ? fields : []) {
      if (!field || typeof field.name !== 'string') continue;
      const pointer = `${prefix}/${field.name}`;
      if (Array.isArray(field.options)) choices.set(pointer, field.options);
      if (field.widget === 'group') visit(field.fields, `${pointer}/*`);
    }
  };
  for (const page of Array.isArray(definition.pages) ? definition.pages : [])
    visit((page as { fields?: unknown })?.fields, '');
  return choices;
}

/**
 * The layout's field labels by JSON pointer (`/address/postcode`), for the staff pages:
 * an e-form definition (`packages/schemas/src/eform.ts`) names its fields in `pages`.
 */
function fieldLabels(definition: FormDefinition): Map<string, LocalizedLabel> {
  const labels = new Map<string, LocalizedLabel>();
  const visit = (fields: unknown, prefix: string): void => {
    for (const field of Array.isArray(fields) ? fields : []) {
      if (!field || typeof field.name !== 'string') continue;
      const pointer = `${prefix}/${field.name}`;
      if (field.label !== undefined) labels.set(pointer, field.label);
      if (field.widget === 'group') visit(field.fields, `${pointer}/*`);
    }
  };
  for (const page of Array.isArray(definition.pages) ? definition.pages : [])
    visit((page as { fields?: unknown })?.fields, '');
  return labels;
}
