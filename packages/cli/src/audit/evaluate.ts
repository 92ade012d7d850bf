import { say } from '../words.js';
import { CLAUSES, RECORDED_TYPES, type Clause, type Need } from './clauses.js';
import type { ElementSeen } from './seen.js';

export type Status = 'covered' | 'partial' | 'missing';
type Text = { th: string; en: string };

/** Where something was found: a page and the element on it (or `govkit.json`). */
export interface Evidence {
  page: string;
  tag: string;
  newest?: string;
}

export interface NeedResult {
  id: string;
  title: Text;
  status: 'covered' | 'missing';
  evidence: Evidence[];
  /** Set when even the newest entry found is older than the limit. */
  stale?: { newest: string; limit: string };
  /** Elements of the right kind that did not count (in error, empty). */
  notes: Text[];
}

export interface ClauseResult {
  id: string;
  title: Text;
  status: Status;
  stale: boolean;
  needs: NeedResult[];
  notes: Text[];
}

export interface JudgeContext {
  /** Entries older than this day (YYYY-MM-DD) are stale. */
  staleBefore: string;
  /** `agency.provinceSite` of the manifest, when there is one (clause 2.2). */
  provinceSite?: { manifest: string; url: string };
}

const both = (key: Parameters<typeof say>[1], params: Record<string, string | number>): Text => ({
  th: say('th', key, params),
  en: say('en', key, params),
});

/** Every clause of the order judged on what the audit saw. */
export function judgeClauses(elements: ElementSeen[], context: JudgeContext): ClauseResult[] {
  return CLAUSES.map((clause) =>
    clause.rule === 'records' ? judgeRecords(clause, elements) : judgeContent(clause, elements, context),
  );
}

function judgeContent(clause: Clause, elements: ElementSeen[], context: JudgeContext): ClauseResult {
  const needs = clause.needs.map((need) => judgeNeed(need, elements, context.staleBefore));
  if (clause.rule === 'province' && context.provinceSite) {
    const [first] = needs;
    first.evidence.push({
      page: context.provinceSite.manifest,
      tag: `govkit.json agency.provinceSite = ${context.provinceSite.url}`,
    });
    first.status = 'covered';
  }
  const covered = needs.filter((each) => each.status === 'covered').length;
  return {
    id: clause.id,
    title: clause.title,
    status: covered === needs.length ? 'covered' : covered > 0 ? 'partial' : 'missing',
    stale: needs.some((each) => each.stale),
    needs,
    notes: [],
  };
}

function judgeNeed(need: Need, elements: ElementSeen[], staleBefore: string): NeedResult {
  const ofType = elements.filter((element) => element.type && need.types.includes(element.type));
  const counted = ofType.filter((element) => element.state === 'ready' && (!need.test || need.test(element)));
  const notes = ofType
    .filter((element) => element.state === 'error' || element.state === 'empty')
    .map((element) =>
      element.state === 'error'
        ? both('elementError', { tag: element.tag, page: element.page, detail: element.error ?? '' })
        : both('elementEmpty', { tag: element.tag, page: element.page }),
    );
  const evidence = counted.map((element) => ({ page: element.page, tag: element.tag, newest: element.newest }));
  const newest = newestOf(counted);
  return {
    id: need.id,
    title: need.title,
    status: counted.length ? 'covered' : 'missing',
    evidence,
    stale: newest && newest.slice(0, 10) < staleBefore ? { newest, limit: staleBefore } : undefined,
    notes,
  };
}

/** Clause 3: every information document shown carries its publication record. */
function judgeRecords(clause: Clause, elements: ElementSeen[]): ClauseResult {
  // Only the kit's own JSON carries a record: a feed or sitemap.xml shown by the same element cannot.
  const content = elements.filter(
    (element) =>
      element.type &&
      RECORDED_TYPES.includes(element.type) &&
      element.state === 'ready' &&
      /\.json([?#]|$)/i.test(element.src ?? '.json'),
  );
  const recorded = content.filter((element) => element.hasRecord);
  const lacking = content.filter((element) => !element.hasRecord);
  const status: Status =
    content.length === 0 || recorded.length === 0 ? 'missing' : lacking.length ? 'partial' : 'covered';
  return {
    id: clause.id,
    title: clause.title,
    status,
    stale: false,
    needs: [
      {
        id: 'records',
        title: { th: 'บันทึกการเผยแพร่', en: 'Publication records' },
        status: status === 'covered' ? 'covered' : 'missing',
        evidence: recorded.map((element) => ({ page: element.page, tag: element.tag })),
        notes: lacking.map((element) =>
          both('noRecord', { tag: element.tag, page: element.page, count: element.withoutRecord }),
        ),
      },
    ],
    notes: [],
  };
}

function newestOf(elements: ElementSeen[]): string | undefined {
  return elements
    .map((element) => element.newest)
    .filter((date): date is string => Boolean(date))
    .sort((a, b) => Date.parse(b) - Date.parse(a))[0];
}

/** The first day of a Thai fiscal year (Buddhist era): 1 October of the year before. */
export function fiscalYearStart(year: number): string {
  return `${year - 543 - 1}-10-01`;
}
