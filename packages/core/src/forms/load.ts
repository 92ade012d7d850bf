import { lazyImport } from '../lazy.js';

export type FormMachinery = typeof import('./machinery.js');

/** Loads the forms machinery once, in its own chunk; call early to overlap with fetching a definition. */
export const loadFormMachinery: () => Promise<FormMachinery> = lazyImport(() => import('./machinery.js'));
