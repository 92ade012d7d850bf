import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { compile, eformDefinitionSchema, opinionSubmissionSchema, questionSubmissionSchema } from '@govkit-th/schemas';

/** A form definition file is checked against the kit's own definition schema, as the browser does. */
const checkDefinition = await compile(eformDefinitionSchema);

/** Labels of the built-in forms' fields, for the staff pages. */
const BUILT_IN_LABELS = new Map(Object.entries({
  '/topic': { th: 'เรื่อง', en: 'Topic' },
  '/message': { th: 'ความคิดเห็น', en: 'Message' },
  '/question': { th: 'คำถาม', en: 'Question' },
  '/category': { th: 'หมวด', en: 'Category' },
  '/name': { th: 'ชื่อ', en: 'Name' },
  '/contact': { th: 'ช่องทางติดต่อกลับ', en: 'Contact' },
  '/consent': { th: 'ยินยอมให้เก็บและใช้ข้อมูล', en: 'Consent to keep and use the data' },
}));

/**
 * @typedef {{ id: string, version: string, title?: unknown, schema: any, file?: string,
 *   labels?: Map<string, unknown>, validate: import('@govkit-th/schemas').CompiledValidator }} RegisteredForm
 */

/**
 * The forms the inbox accepts: every `*.json` form definition in a folder (`{ id,
 * version, schema, … }`: only these three are read here), plus the built-in `opinion`
 * and `question`, which a file with that id replaces. Several versions of one form may
 * sit side by side; a submission names its version.
 */
export class FormRegistry {
  /** @param {Map<string, RegisteredForm[]>} forms newest version first */
  constructor(forms) {
    this.forms = forms;
  }

  /**
   * The definition for a submission: the version it names, or, for a version no longer
   * on file, the newest (a person's saved draft still gets in if it fits the current form).
   * @returns {RegisteredForm | undefined}
   */
  get(id, version) {
    const versions = this.forms.get(id);
    if (!versions) return undefined;
    return versions.find((form) => form.version === version) ?? versions[0];
  }

  ids() {
    return [...this.forms.keys()].sort();
  }

  /**
   * @param {string | undefined} dir
   * @param {{ warn: Function, info: Function }} logger
   */
  static async load(dir, logger) {
    /** @type {Map<string, RegisteredForm[]>} */
    const forms = new Map();
    const add = (form) => forms.set(form.id, [...(forms.get(form.id) ?? []), form]);
    const fromFiles = new Set();
    for (const file of definitionFiles(dir, logger)) {
      let definition;
      try {
        definition = JSON.parse(readFileSync(file, 'utf8'));
      } catch (error) {
        logger.warn('form file is not JSON; skipped', { file, error: error.message });
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
          file,
          validate: await compile(definition.schema),
        });
        fromFiles.add(definition.id);
      } catch (error) {
        logger.warn('form schema does not compile; skipped', { file, error: error.message });
      }
    }
    for (const [id, schema, title] of [
      ['opinion', opinionSubmissionSchema, { th: 'ความคิดเห็น', en: 'Opinion' }],
      ['question', questionSubmissionSchema, { th: 'คำถาม (ถาม-ตอบ)', en: 'Question (Q&A)' }],
    ]) {
      if (!fromFiles.has(id)) add({ id, version: '1', title, schema, labels: BUILT_IN_LABELS, validate: await compile(schema) });
    }
    for (const versions of forms.values()) {
      versions.sort((a, b) => b.version.localeCompare(a.version, 'en', { numeric: true }));
    }
    logger.info('forms loaded', { dir, forms: [...forms.keys()].sort() });
    return new FormRegistry(forms);
  }
}

function definitionFiles(dir, logger) {
  if (!dir) return [];
  let names;
  try {
    names = readdirSync(dir);
  } catch (error) {
    logger.warn('forms folder not readable; only opinions and questions are accepted', { dir, code: error.code });
    return [];
  }
  return names
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name))
    .filter((file) => statSync(file).isFile());
}

/** The first way a file falls short of `eformDefinitionSchema`, as `/path: message`; `undefined` when it is a definition. */
function definitionProblem(definition) {
  const [problem] = checkDefinition(definition, 'en');
  return problem && `${problem.path || '/'}: ${problem.message}`;
}

/**
 * The layout's field labels by JSON pointer (`/address/postcode`), for the staff pages:
 * an e-form definition (`packages/schemas/src/eform.ts`) names its fields in `pages`.
 */
function fieldLabels(definition) {
  const labels = new Map();
  const visit = (fields, prefix) => {
    for (const field of Array.isArray(fields) ? fields : []) {
      if (!field || typeof field.name !== 'string') continue;
      const pointer = `${prefix}/${field.name}`;
      if (field.label !== undefined) labels.set(pointer, field.label);
      if (field.widget === 'group') visit(field.fields, `${pointer}/*`);
    }
  };
  for (const page of Array.isArray(definition.pages) ? definition.pages : []) visit(page?.fields, '');
  return labels;
}
