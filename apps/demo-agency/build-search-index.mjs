/**
 * Builds the demo site's search index (`search-index.json`, git-ignored) from its pages and the
 * data files its manifest lists, as a static site's build would. Run by the demo's `build`
 * (so `npm start`, `npm run build` and the e2e suite have it).
 */
import { fileURLToPath } from 'node:url';
import { writeSiteSearchIndex } from '@govkit-th/schemas/search-index-builder';

const siteDir = fileURLToPath(new URL('.', import.meta.url));
// chrome/ holds the templates of the pages' shared header and footer (chrome.mjs), not pages;
// 404.html is what an unknown address shows, not a page to find.
const exclude = ['/node_modules/', '/data/', '/assets/', '/chrome/', '/404.html'];
const bytes = await writeSiteSearchIndex({ siteDir, exclude, outFile: `${siteDir}search-index.json` });
console.log(`search-index.json: ${(bytes / 1024).toFixed(1)} KB`);
