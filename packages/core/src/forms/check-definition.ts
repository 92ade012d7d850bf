import { compile, type EformDefinition, type EformField, type EformGroup } from '@govkit-th/schemas';
import type { DataProblem } from '../data-controller.js';
import { getAt, nameToPath } from './paths.js';

type Translate = (key: string, params?: Record<string, string | number>) => string;
type Schema = Record<string, unknown>;

const isObject = (value: unknown): value is Schema => !!value && typeof value === 'object' && !Array.isArray(value);

/** Every place in a schema that uses `$dynamicRef`/`$dynamicAnchor`, which forms do not support. */
function dynamicRefs(node: unknown, path: string, found: string[]): string[] {
  if (Array.isArray(node)) node.forEach((child, index) => dynamicRefs(child, `${path}/${index}`, found));
  else if (isObject(node)) {
    for (const [key, child] of Object.entries(node)) {
      if (key === '$dynamicRef' || key === '$dynamicAnchor') found.push(`${path}/${key}`);
      else dynamicRefs(child, `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, found);
    }
  }
  return found;
}

function schemaAt(root: Schema, parent: unknown, name: string): Schema | undefined {
  let current: unknown = parent;
  for (const segment of nameToPath(name)) {
    if (isObject(current) && typeof current.$ref === 'string' && current.$ref.startsWith('#/')) current = getAt(root, current.$ref.slice(2).split('/'));
    const properties = isObject(current) ? current.properties : undefined;
    if (!isObject(properties) || !(segment in properties)) return undefined;
    current = properties[segment];
  }
  if (isObject(current) && typeof current.$ref === 'string' && current.$ref.startsWith('#/')) current = getAt(root, current.$ref.slice(2).split('/'));
  return isObject(current) ? current : undefined;
}

/**
 * What the definition schema cannot say: no `$dynamicRef`, every field names a property
 * of the answers' schema, groups are arrays of objects, page ids differ, and the schema
 * compiles. Run after the definition passed `eformDefinitionSchema`.
 */
export async function checkDefinition(definition: EformDefinition, t: Translate): Promise<DataProblem[]> {
  const problems: DataProblem[] = dynamicRefs(definition.schema, '/schema', []).map((path) => ({
    path,
    message: t('form-def-dynamic-ref'),
    keyword: '$dynamicRef',
  }));
  const root = definition.schema;
  const pageIds = new Set<string>();
  definition.pages.forEach((page, pageIndex) => {
    if (pageIds.has(page.id)) problems.push({ path: `/pages/${pageIndex}/id`, message: t('form-def-duplicate-page', { id: page.id }) });
    pageIds.add(page.id);
    page.fields.forEach((item, itemIndex) => {
      const path = `/pages/${pageIndex}/fields/${itemIndex}`;
      const schema = schemaAt(root, root, item.name);
      if (!schema) {
        problems.push({ path: `${path}/name`, message: t('form-def-unknown-field', { name: item.name }) });
        return;
      }
      if ((item as EformGroup).widget !== 'group') return;
      let items: unknown = schema.items;
      if (isObject(items) && typeof items.$ref === 'string' && items.$ref.startsWith('#/')) items = getAt(root, items.$ref.slice(2).split('/'));
      if (schema.type !== 'array' || !isObject(items)) {
        problems.push({ path: `${path}/name`, message: t('form-def-not-group', { name: item.name }) });
        return;
      }
      (item as EformGroup).fields.forEach((field: EformField, fieldIndex) => {
        if (!schemaAt(root, items, field.name)) {
          problems.push({ path: `${path}/fields/${fieldIndex}/name`, message: t('form-def-unknown-field', { name: `${item.name}/${field.name}` }) });
        }
      });
    });
  });
  if (problems.length === 0) {
    try {
      (await compile(definition.schema))({}, 'en');
    } catch (error) {
      problems.push({ path: '/schema', message: t('form-def-schema', { reason: (error as Error)?.message ?? String(error) }) });
    }
  }
  return problems;
}
