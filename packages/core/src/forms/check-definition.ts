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

/** Groups nest at most this deep (an item of an item of an item of an item). */
const MAX_GROUP_DEPTH = 4;

/** A group names an array of objects, and each of its fields (and nested groups) a property of the item. */
function checkGroup(
  group: EformGroup,
  schema: Record<string, unknown>,
  path: string,
  root: Record<string, unknown>,
  t: Translate,
  problems: DataProblem[],
  depth: number,
): void {
  if (schema.type !== 'array' || !isObject(schema.items)) {
    problems.push({ path: `${path}/name`, message: t('form-def-not-group', { name: group.name }) });
    return;
  }
  if (depth > MAX_GROUP_DEPTH) {
    problems.push({ path, message: t('form-def-too-deep', { max: MAX_GROUP_DEPTH }) });
    return;
  }
  const items = resolve(schema.items, root);
  group.fields.forEach((field, fieldIndex) => {
    const fieldPath = `${path}/fields/${fieldIndex}`;
    const { schema: fieldSchema } = propertySchema(items, nameToPath(field.name), root);
    if (!fieldSchema) {
      problems.push({
        path: `${fieldPath}/name`,
        message: t('form-def-unknown-field', { name: `${group.name}/${field.name}` }),
      });
    } else if ((field as EformGroup).widget === 'group') {
      checkGroup(field as EformGroup, fieldSchema, fieldPath, root, t, problems, depth + 1);
    }
  });
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
      if ((item as EformGroup).widget === 'group') checkGroup(item as EformGroup, schema, path, root, t, problems, 1);
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
