/**
 * The profile's rules that JSON Schema cannot say (a sum, a nesting depth) and its section
 * names: a module apart from the schema, so an element can import them without the schema.
 */

/** How far the organisation chart may nest; checked by {@link profileShapeProblem} (JSON Schema cannot count nesting). */
export const ORG_DEPTH = 8;

/** The sections of a profile, in the order a whole profile shows them. */
export const PROFILE_SECTIONS = [
  'history',
  'vision',
  'duties',
  'plans',
  'budget',
  'performance',
  'structure',
  'executives',
] as const;
export type ProfileSection = (typeof PROFILE_SECTIONS)[number];

/**
 * The budget's parts added up in satang (so 0.1 + 0.2 adds up to 0.3), and whether the
 * stated total agrees. The one rule both the element and a data check use.
 */
export function budgetSum(budget: { parts: ReadonlyArray<{ amount: number }>; total: number }): {
  sum: number;
  agrees: boolean;
} {
  const satang = budget.parts.reduce((total, part) => total + Math.round(part.amount * 100), 0);
  return { sum: satang / 100, agrees: satang === Math.round(budget.total * 100) };
}

/** The first unit nested deeper than `depth` levels, without recursion (safe on any input); undefined when none. */
export function profileShapeProblem(data: unknown, depth = ORG_DEPTH): string | undefined {
  const units = (data as { structure?: { units?: unknown } } | null)?.structure?.units;
  const pending: Array<[unknown, string, number]> = [[units, '/structure/units', 1]];
  for (let next = 0; next < pending.length; next += 1) {
    const [list, path, level] = pending[next];
    if (!Array.isArray(list)) continue;
    for (let index = 0; index < list.length; index += 1) {
      const here = `${path}/${index}`;
      if (level > depth) return here;
      pending.push([(list[index] as { children?: unknown } | null)?.children, `${here}/children`, level + 1]);
    }
  }
  return undefined;
}
