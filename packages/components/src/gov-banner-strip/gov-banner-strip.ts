import { html, nothing, type PropertyValues } from 'lit';
import {
  GovElement,
  lazyImport,
  bangkokMidnight,
  isExternal,
  link,
  safeUrl,
  type DataProblem,
  type DataSource,
} from '@govkit-th/core';
import type { Banner, BannersData, ProvinceLink } from '@govkit-th/schemas';
import { bannerStyles } from './gov-banner-strip.styles.js';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DAY = 86_400_000;
/** The longest delay `setTimeout` honours (about 24.8 days); a later boundary is reached in steps. */
const MAX_DELAY = 2 ** 31 - 1;

/** The schema and its checks load in their own chunk, from the moment an element is made. */
const loadChecker = lazyImport(() => import('./check.js'));

/** Where the strip links back to when neither the data nor the page names a province. */
export const DEFAULT_PROVINCE: ProvinceLink = {
  name: { th: 'จังหวัดสิงห์บุรี', en: 'Sing Buri Province' },
  href: 'https://www.singburi.go.th/',
};

/**
 * The moment, in ms, a banner's `startsAt` or `endsAt` takes effect. A date alone is a
 * day in Thailand (UTC+7, no daylight saving): it starts at 00:00 that day and, as an
 * end, lasts through that whole day.
 */
export function bannerInstant(value: string | undefined, isEnd = false): number | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  if (DATE_ONLY.test(trimmed)) return bangkokMidnight(trimmed) + (isEnd ? DAY : 0);
  const time = Date.parse(trimmed);
  return Number.isNaN(time) ? undefined : time;
}

/** True when `banner` is to be shown at `time`: from its start (inclusive) until its end (exclusive). */
export function isShown(banner: Banner, time: number): boolean {
  const start = bannerInstant(banner.startsAt);
  const end = bannerInstant(banner.endsAt, true);
  return (start === undefined || start <= time) && (end === undefined || time < end);
}

const th = {
  title: 'ลิงก์สำคัญ',
  province: 'เว็บไซต์{name}',
  external: '(เปิดเว็บไซต์ภายนอก)',
  empty: 'ขณะนี้ยังไม่มีแบนเนอร์ที่เผยแพร่',
  'ends-before-starts': 'เวลาสิ้นสุดต้องอยู่หลังเวลาเริ่มแสดง (startsAt)',
};

const en = {
  title: 'Important links',
  province: '{name} website',
  external: '(external website)',
  empty: 'There are no banners to show at the moment.',
  'ends-before-starts': 'The end must be later than the start (startsAt)',
} satisfies Record<keyof typeof th, string>;

/**
 * Banners, the agency's important links (order 3.4), as a wrapping grid of links that
 * never rotates: keyboard order is reading order. Each banner is shown only between its
 * `startsAt` and `endsAt`, re-checked by one timer at the next boundary. The link back to
 * the province site is always there: with banners, without them, and when loading fails.
 * Links that leave the site say so to screen readers; none opens a new tab.
 *
 * @tagname gov-banner-strip
 * @summary Important links as banners, each within its dates, with the link back to the province site.
 *
 * @slot - Fallback content (for example the same links as plain HTML), shown before the element upgrades and when loading fails.
 *
 * @csspart heading - The heading above the banners.
 * @csspart province - The link back to the province site.
 * @csspart list - The grid of banners (`ul`).
 * @csspart banner - One banner's link.
 * @csspart banner-image - A banner's picture.
 * @csspart banner-title - A banner's title.
 * @csspart status - The loading or empty status line.
 * @csspart error - The error message box.
 * @csspart retry-button - The retry button in the error state.
 * @csspart publication - The publication record.
 *
 * @cssprop [--gov-banner-aspect-ratio=3 / 1] - The space kept for every banner picture.
 * @cssprop [--gov-banner-min-width=14rem] - The narrowest a banner gets before the grid wraps.
 * @cssprop [--gov-banner-strip-reserve=12rem] - The height kept for the strip before it upgrades and while its data loads (set by the page, per breakpoint, to the strip's rendered height).
 *
 * @fires gov-load - The data is ready; `detail` is the data.
 * @fires gov-error - Loading or validation failed; `detail.error` says why.
 */
export class GovBannerStrip extends GovElement<BannersData> {
  static override styles = [...GovElement.styles, bannerStyles];

  static override strings = { th, en };

  static override properties = {
    ...GovElement.properties,
    now: {},
    province: {
      converter: (value: string | null) => {
        try {
          return value ? JSON.parse(value) : undefined;
        } catch {
          return undefined;
        }
      },
    },
  };

  /**
   * The moment to show the banners for, instead of the clock (ISO 8601, or a `Date`):
   * for tests, stories and previews. While it is set (and not empty) the strip does not follow the clock.
   */
  declare now?: string | Date;
  /** The province site to link back to, when the data names none: `{ name, href }`, as JSON in the attribute. */
  declare province?: ProvinceLink;

  private timer?: ReturnType<typeof setTimeout>;

  protected dataSource(): DataSource<BannersData> {
    loadChecker().catch(() => undefined); // early, beside the data's fetch; a failure is retried when the data is checked
    return {
      validate: async (data) => {
        const problems = await (await loadChecker()).checkBanners(data, this.lang);
        return problems.length ? problems : this.windowProblems(data as BannersData);
      },
      isEmpty: (data) => this.shownBanners(data).length === 0,
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Time went on while the strip was out of the page: look again and set the timer.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Time went on (or `now` changed): the banners shown, and so ready or empty, may differ.
    this.dataController.recheck();
    super.willUpdate(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.scheduleNextBoundary();
  }

  /**
   * While loading: the fallback where the page painted it, then the province link, never lost.
   * The heading and link above the fallback moved it down 85 px when the strip upgraded, with
   * a second heading over the fallback's own (issue 13).
   */
  protected override renderLoading(): unknown {
    return html`${super.renderLoading()}${this.renderProvince()}`;
  }

  protected renderReady(data: BannersData): unknown {
    const firstScreen = this.inFirstScreen();
    return html`${this.renderTop(data)}
      <ul part="list">
        ${this.shownBanners(data).map(
          (banner, index) => html`<li>${this.renderBanner(banner, index === 0, index === 0 && firstScreen)}</li>`,
        )}
      </ul>
      ${this.publication(data.publication)}`;
  }

  protected override renderEmpty(data: BannersData): unknown {
    return html`${this.renderTop(data)} ${this.renderEmptyStatus()} ${this.publication(data.publication)}`;
  }

  /** The province link comes before the error and the fallback, so it is never lost. */
  protected override renderError(): unknown {
    return html`${this.renderTop()}${super.renderError()}`;
  }

  private renderTop(data?: BannersData) {
    return html`${this.renderHeading(data)} ${this.renderProvince(data)}`;
  }

  private renderProvince(data?: BannersData) {
    const province = data?.province ?? this.province ?? DEFAULT_PROVINCE;
    return html`<p class="province">${this.linkTo(province.href, this.t('province', { name: this.text(province.name) }), 'province')}</p>`;
  }

  /**
   * Whether the strip starts within the first screen: then its first picture is likely the
   * largest thing painted (Largest Contentful Paint) and is fetched first, not lazily.
   */
  private inFirstScreen(): boolean {
    return this.isConnected && this.getBoundingClientRect().top < window.innerHeight;
  }

  /** The first picture is never lazy (a lazy one in the first screen waits for layout); `priority` fetches it first. */
  private renderBanner(banner: Banner, first = false, priority = false) {
    const title = this.text(banner.title);
    const alt = this.text(banner.alt);
    const src = safeUrl(banner.image, this.dataController.baseUrl);
    // The title is always shown, so an alt that only repeats it would be read twice.
    const image = src?.startsWith('http')
      ? html`<img
          part="banner-image"
          src=${src}
          alt=${alt === title ? '' : alt}
          loading=${first ? 'eager' : 'lazy'}
          fetchpriority=${priority ? 'high' : 'auto'}
          decoding="async"
        />`
      : nothing;
    return this.linkTo(banner.href, html`${image}<span part="banner-title">${title}</span>`, 'banner');
  }

  /** A link when the URL is allowed (text otherwise), marked for screen readers when it leaves the site. */
  private linkTo(href: string, content: unknown, part: string) {
    const url = safeUrl(href, this.dataController.baseUrl);
    const external =
      url && isExternal(url) ? html`<span class="visually-hidden"> ${this.t('external')}</span>` : nothing;
    return link(url, html`${content}${external}`, { part });
  }

  private currentTime(): number {
    if (!this.now) return Date.now();
    return typeof this.now === 'string' ? (bannerInstant(this.now) ?? NaN) : this.now.getTime();
  }

  private shownBanners(data: BannersData): Banner[] {
    const time = this.currentTime();
    return data.banners.filter((banner) => isShown(banner, time));
  }

  /** One timer, set for the next start or end after now; none while `now` is fixed. */
  private scheduleNextBoundary(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const banners = this.data?.banners;
    if (!banners || this.now || !this.isConnected) return;
    const time = Date.now();
    const next = Math.min(
      ...banners
        .flatMap((banner) => [bannerInstant(banner.startsAt), bannerInstant(banner.endsAt, true)])
        .filter((t): t is number => t! > time),
    );
    if (next !== Infinity) this.timer = setTimeout(() => this.requestUpdate(), Math.min(next - time, MAX_DELAY));
  }

  private windowProblems(data: BannersData): DataProblem[] {
    return data.banners.flatMap((banner, index) => {
      const start = bannerInstant(banner.startsAt);
      const end = bannerInstant(banner.endsAt, true);
      return start !== undefined && end !== undefined && end <= start
        ? [{ path: `/banners/${index}/endsAt`, keyword: 'endsAfterStarts', message: this.t('ends-before-starts') }]
        : [];
    });
  }
}
