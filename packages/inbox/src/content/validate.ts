import { validate, type Lang, type ValidationProblem } from '@govkit-th/schemas';
import { ITEM_ID, type ContentType, type Entry } from './types.js';

const MAX_PROBLEMS = 50;

const shapeMessage: Record<Lang, string> = {
  th: 'โครงสร้างซ้อนกันลึกหรือมีรายการมากเกินกว่าที่ชุดเครื่องมือแสดงได้',
  en: 'Nested too deep, or too many entries, for the kit to show',
};
const idMessage: Record<Lang, string> = {
  th: 'รหัสรายการ (id) ต้องเป็นตัวอักษรอังกฤษ ตัวเลข . _ - ไม่เกิน 128 ตัว และขึ้นต้นด้วยตัวอักษรหรือตัวเลข',
  en: 'The item id must be letters, digits, . _ - (at most 128), starting with a letter or digit',
};

/**
 * Checks a draft with the kit's own validator and the type's schema, the same check the
 * element makes, so nothing saved can be something the element would refuse. A list
 * type's entry is checked as the only entry of its document, and its problems point into
 * the entry (`/title`, not `/items/0/title`). An alert's screening record is the
 * system's to write at publication, so its absence is not a problem here.
 */
export async function checkDraft(type: ContentType, data: Entry, lang: Lang): Promise<ValidationProblem[]> {
  const problems: ValidationProblem[] = [];
  if (type.list) {
    const prefix = `/${type.list}/0`;
    for (const problem of await validate(type.schema, { [type.list]: [data] }, lang)) {
      if (type.name === 'alerts' && problem.keyword === 'required' && problem.path === `${prefix}/screening`) continue;
      if (problem.path.startsWith(prefix)) problems.push({ ...problem, path: problem.path.slice(prefix.length) });
    }
  } else {
    problems.push(...(await validate(type.schema, data, lang)));
    const deep = type.shape?.(data);
    if (deep) problems.push({ path: deep, keyword: 'shape', message: shapeMessage[lang] });
  }
  if ((type.list || type.keyed) && !ITEM_ID.test(String(data.id ?? '')) && !problems.some((p) => p.path === '/id'))
    problems.push({ path: '/id', keyword: 'pattern', message: idMessage[lang] });
  return problems.slice(0, MAX_PROBLEMS);
}
