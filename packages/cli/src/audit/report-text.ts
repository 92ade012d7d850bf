import type { Lang } from '@govkit-th/schemas';
import { say } from '../words.js';
import type { AuditReport } from './audit.js';
import type { Evidence } from './evaluate.js';

const MARK = { covered: '✓', partial: '◐', missing: '✗' } as const;

/** The report as a terminal shows it: one block per clause, then ITA, dead links and problems. */
export function reportText(report: AuditReport, lang: Lang): string {
  const lines = [say(lang, 'reportTitle'), `${say(lang, 'site')}: ${report.url}`];
  if (report.clauses.length) {
    lines.push(
      `${say(lang, 'mode')}: ${say(lang, report.mode === 'manifest' ? 'modeManifest' : 'modeCrawl')} · ${say(lang, 'pagesSeen')}: ${report.pages.length}`,
    );
    for (const problem of report.manifest?.problems ?? []) lines.push(`  ! govkit.json ${problem}`);
    lines.push('');
  }
  for (const clause of report.clauses) {
    const stale = clause.stale ? ` (${say(lang, 'stale')})` : '';
    lines.push(
      `${MARK[clause.status]} ${say(lang, 'clause')} ${clause.id} ${clause.title[lang]}: ${say(lang, clause.status)}${stale}`,
    );
    for (const need of clause.needs) {
      const where = need.evidence.length ? places(need.evidence) : say(lang, 'missing');
      lines.push(`    ${need.status === 'covered' ? '✓' : '✗'} ${need.title[lang]}: ${where}`);
      if (need.stale)
        lines.push(
          `      ${say(lang, 'stale')}: ${say(lang, 'staleSince', { date: need.stale.newest, limit: need.stale.limit })}`,
        );
      for (const note of need.notes) lines.push(`      ! ${note[lang]}`);
    }
  }
  if (report.ita) {
    lines.push('', say(lang, 'itaTitle', { year: report.ita.year ?? '' }));
    if (report.ita.unavailable) lines.push(`  ${report.ita.unavailable}`);
    for (const item of report.ita.items) {
      const title = (lang === 'en' ? item.title.en : undefined) ?? item.title.th;
      const where = item.evidence.length ? places(item.evidence) : say(lang, 'missing');
      const stale = item.stale ? ` (${say(lang, 'stale')}: ${item.stale.newest})` : '';
      lines.push(`  ${item.status === 'covered' ? '✓' : '✗'} ${item.id} ${title}: ${where}${stale}`);
    }
  }
  if (report.deadLinks.length) {
    lines.push('', `${say(lang, 'linksBroken')}:`);
    for (const link of report.deadLinks)
      lines.push(`  ✗ ${link.url} (${link.detail}) ${say(lang, 'linkFrom')} ${link.from}`);
  }
  if (report.problems.length) {
    lines.push('', `${say(lang, 'problems')}:`);
    for (const problem of report.problems) lines.push(`  ! ${problem}`);
  }
  const { covered, partial, missing, stale, deadLinks } = report.totals;
  lines.push('', say(lang, 'totals', { covered, partial, missing, stale, links: deadLinks }));
  return lines.join('\n');
}

/** `faq.html <gov-faq>, index.html <gov-faq>` with paths relative to the site. */
function places(evidence: Evidence[]): string {
  return evidence.map((each) => `${shortUrl(each.page)} <${each.tag}>`).join(', ');
}

export function shortUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.pathname + parsed.search || '/';
  } catch {
    return url;
  }
}
