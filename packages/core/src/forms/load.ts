export type FormMachinery = typeof import('./machinery.js');
let machinery: Promise<FormMachinery> | undefined;

/** Loads the forms machinery once, in its own chunk; call early to overlap with fetching a definition. */
export function loadFormMachinery(): Promise<FormMachinery> {
  machinery ??= import('./machinery.js').catch((error: unknown) => {
    machinery = undefined; // a failed download is tried again on retry
    throw error;
  });
  return machinery;
}
