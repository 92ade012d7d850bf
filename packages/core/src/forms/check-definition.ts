import { compile, type EformDefinition, type EformGroup } from '@govkit-th/schemas';
import type { DataProblem } from '../data-controller.js';
import { isObject, propertySchema, resolve } from './model/schema-reading.js';
import { nameToPath, toPointer } from './paths.js';

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** Every place in a schema that uses `$dynamicRef`/`$dynamicAnchor`, which forms do not support. */
function dynamicRefs(node: unknown, path: string, found: string[]): string[] {
  if (Array.isArray(node)) node.forEach((child, index) => dynamicRefs(child, `${path}/${index}`, found));
  else if (isObject(node)) {
    for (const [key, child] of Object.entries(node)) {
      if (key === '$dynamicRef' || key === '$dynamicAnchor') found.push(`${path}/${key}`);
      else dynamicRefs(child, path + toPointer([key]), found);
    }
  }
  return found;
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
    if (pageIds.has(page.id))
      problems.push({ path: `/pages/${pageIndex}/id`, message: t('form-def-duplicate-page', { id: page.id }) });
    pageIds.add(page.id);
    page.fields.forEach((item, itemIndex) => {
      const path = `/pages/${pageIndex}/fields/${itemIndex}`;
      const { schema } = propertySchema(root, nameToPath(item.name), root);
      if (!schema) {
        problems.push({ path: `${path}/name`, message: t('form-def-unknown-field', { name: item.name }) });
        return;
      }
      if ((item as EformGroup).widget !== 'group') return;
      if (schema.type !== 'array' || !isObject(schema.items)) {
        problems.push({ path: `${path}/name`, message: t('form-def-not-group', { name: item.name }) });
        return;
      }
      const items = resolve(schema.items, root);
      (item as EformGroup).fields.forEach((field, fieldIndex) => {
        if (!propertySchema(items, nameToPath(field.name), root).schema) {
          problems.push({
            path: `${path}/fields/${fieldIndex}/name`,
            message: t('form-def-unknown-field', { name: `${item.name}/${field.name}` }),
          });
        }
      });
    });
  });
  if (problems.length === 0) {
    try {
      (await compile(definition.schema))({}, 'en');
    } catch (error) {
      problems.push({
        path: '/schema',
        message: t('form-def-schema', { reason: (error as Error)?.message ?? String(error) }),
      });
    }
  }
  return problems;
}
