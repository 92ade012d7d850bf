import type { Lang } from '@govkit-th/schemas';
import { escapeHtml as e } from '../html.js';
import { say } from '../words.js';
import type { AuditReport } from './audit.js';
import type { Evidence } from './evaluate.js';
import { shortUrl } from './report-text.js';

const STYLE = `body{font:16px/1.6 system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #bbb;padding:.4rem .6rem;text-align:start;vertical-align:top}
.covered{color:#0a5d2a}.partial{color:#8a4b00}.missing{color:#a4001d}.stale{color:#8a4b00}ul{margin:0;padding-inline-start:1.2rem}`;

/** A self-contained HTML report: one file, no external asset, every value from the site escaped. */
export function reportHtml(report: AuditReport, lang: Lang): string {
  const rows = report.clauses
    .map((clause) => {
      const needs = clause.needs
        .map((need) => {
          const stale = need.stale
            ? ` <span class="stale">${e(say(lang, 'stale'))}: ${e(say(lang, 'staleSince', { date: need.stale.newest, limit: need.stale.limit }))}</span>`
            : '';
          const notes = need.notes.map((note) => `<br>! ${e(note[lang])}`).join('');
          return `<li class="${need.status}">${e(need.title[lang])}: ${need.evidence.length ? places(need.evidence) : e(say(lang, 'missing'))}${stale}${notes}</li>`;
        })
        .join('');
      return `<tr><th scope="row">${e(clause.id)}</th><td>${e(clause.title[lang])}</td><td class="${clause.status}">${e(say(lang, clause.status))}${clause.stale ? ` · ${e(say(lang, 'stale'))}` : ''}</td><td><ul>${needs}</ul></td></tr>`;
    })
    .join('\n');
  const ita = report.ita
    ? `<h2>${e(say(lang, 'itaTitle', { year: report.ita.year ?? '' }))}</h2>${report.ita.unavailable ? `<p>${e(report.ita.unavailable)}</p>` : ''}<table><tbody>${report.ita.items
        .map(
          (item) =>
            `<tr><th scope="row">${e(item.id)}</th><td>${e((lang === 'en' ? item.title.en : undefined) ?? item.title.th)}</td><td class="${item.status}">${e(say(lang, item.status))}</td><td>${item.evidence.length ? places(item.evidence) : ''}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : '';
  const links = report.deadLinks.length
    ? `<h2>${e(say(lang, 'linksBroken'))}</h2><ul>${report.deadLinks.map((link) => `<li>${e(link.url)} (${e(link.detail)}) ${e(say(lang, 'linkFrom'))} ${e(link.from)}</li>`).join('')}</ul>`
    : '';
  const problems = report.problems.length
    ? `<h2>${e(say(lang, 'problems'))}</h2><ul>${report.problems.map((problem) => `<li>${e(problem)}</li>`).join('')}</ul>`
    : '';
  const { covered, partial, missing, stale, deadLinks } = report.totals;
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(say(lang, 'reportTitle'))}</title><style>${STYLE}</style></head>
<body>
<h1>${e(say(lang, 'reportTitle'))}</h1>
<p>${e(say(lang, 'site'))}: ${e(report.url)} · ${e(say(lang, 'pagesSeen'))}: ${report.pages.length}</p>
<p>${e(say(lang, 'totals', { covered, partial, missing, stale, links: deadLinks }))}</p>
<table><thead><tr><th scope="col">${e(say(lang, 'clause'))}</th><th scope="col"></th><th scope="col">${e(say(lang, 'status'))}</th><th scope="col">${e(say(lang, 'evidence'))}</th></tr></thead>
<tbody>
${rows}
</tbody></table>
${ita}${links}${problems}
</body>
</html>
`;
}

function places(evidence: Evidence[]): string {
  return evidence.map((each) => `${e(shortUrl(each.page))} <code>&lt;${e(each.tag)}&gt;</code>`).join(', ');
}
