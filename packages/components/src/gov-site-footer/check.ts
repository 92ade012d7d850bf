import { contactSchema, footerSchema, loadValidator, validate, type Lang } from '@govkit-th/schemas';

/**
 * Checking the footer's two files (the agency's contact.json and footer.json), in a chunk of
 * its own that the element starts loading when it is created, so the schemas stay out of
 * the page's first download.
 */
void loadValidator();

export function checkContact(data: unknown, lang: Lang) {
  return validate(contactSchema, data, lang);
}

export async function checkFooter(data: unknown, lang: Lang) {
  // Problems in footer.json are reported under /links-file, so the webmaster knows which file.
  const problems = await validate(footerSchema, data, lang);
  return problems.map((problem) => ({ ...problem, path: `footer.json${problem.path}` }));
}
