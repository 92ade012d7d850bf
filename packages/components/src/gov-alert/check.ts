import { alertsSchema, loadValidator, screeningProblems, validate, type Lang } from '@govkit-th/schemas';

/**
 * Checking urgent notices, in a chunk of its own that the element starts loading when it is
 * created: the schema, then clause 4.1's screening rules in the order's own words.
 */
void loadValidator();

export async function checkAlerts(data: unknown, lang: Lang) {
  return screeningProblems(data, await validate(alertsSchema, data, lang), lang);
}
