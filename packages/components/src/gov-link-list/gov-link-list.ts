import { html, nothing } from 'lit';
import { GovElement, heading, isExternal, lazyImport, link, safeUrl, type DataSource } from '@govkit-th/core';
import type { LinkItem, LinksData } from '@govkit-th/schemas';
import { linkListStyles } from './gov-link-list.styles.js';

/** The schema and its checks load in their own chunk, from the moment an element is made. */
const loadChecker = lazyImport(() => import('./check.js'));

/** The player's address: YouTube's no-cookie host, which sets no cookie until the video plays. */
export const PLAYER_ORIGIN = 'https://www.youtube-nocookie.com';

const YOUTUBE =
  /^https:\/\/(?:(?:www\.|m\.)?youtube(?:-nocookie)?\.com\/(?:watch\?(?:[^#]*&)?v=|embed\/|shorts\/|live\/)|youtu\.be\/)([\w-]{11})(?![\w-])/;

/** The YouTube video id in a link; undefined when the link is not to one YouTube video. */
export function youtubeId(href: string): string | undefined {
  return YOUTUBE.exec(href.trim())?.[1];
}

/**
 * `gov-embed-request` (cancelable): the person asked to play a video here. A consent
 * manager may cancel it, ask, and call `showPlayer(videoId)` once the person agrees.
 */
export type GovEmbedRequestEvent = CustomEvent<{ provider: 'youtube'; videoId: string; src: string; title: string }>;

const PLATFORMS: Array<[RegExp, string]> = [
  [/(^|\.)(youtube\.com|youtu\.be)$/, 'YouTube'],
  [/(^|\.)(facebook\.com|fb\.watch)$/, 'Facebook'],
  [/(^|\.)tiktok\.com$/, 'TikTok'],
];

const th = {
  title: 'ลิงก์ที่เกี่ยวข้อง',
  play: 'เล่นวิดีโอในหน้านี้',
  'play-note': 'เมื่อกดเล่น วิดีโอจะโหลดจาก YouTube',
  player: 'วิดีโอ: {title}',
  empty: 'ยังไม่มีลิงก์ในขณะนี้',
};

const en = {
  title: 'Related links',
  play: 'Play the video here',
  'play-note': 'Playing loads the video from YouTube.',
  player: 'Video: {title}',
  empty: 'There are no links yet.',
} satisfies Record<keyof typeof th, string>;

/**
 * Links to related outside agencies and subordinate agencies, and to video or audio about
 * the agency's news and activities (order 1.1(6)). A YouTube link with a thumbnail kept on
 * the agency's own site also offers a player, loaded only when the person presses play:
 * until then the page asks nothing of any other site.
 *
 * @tagname gov-link-list
 * @summary Related and subordinate agencies, and videos that load only when asked.
 *
 * @slot - Fallback content (the same links as plain HTML), shown before the element upgrades and when loading fails.
 *
 * @csspart heading - The element's heading.
 * @csspart group - One group of links (`section`).
 * @csspart item - One link.
 * @csspart thumbnail - A link's picture.
 * @csspart play-button - The button that loads a video's player.
 * @csspart player - The video player (`iframe`), once asked for.
 * @csspart status - The loading or empty status line.
 * @csspart error - The error message box.
 * @csspart retry-button - The retry button in the error state.
 * @csspart publication - The publication record.
 *
 * @fires gov-load - The data is ready; `detail` is the data.
 * @fires gov-error - Loading or validation failed; `detail.error` says why.
 * @fires gov-embed-request - Cancelable: the person pressed play; cancel it to ask for consent first, then call `showPlayer()`.
 */
export class GovLinkList extends GovElement<LinksData> {
  static override styles = [...GovElement.styles, linkListStyles];

  static override strings = { th, en };

  static override properties = { ...GovElement.properties, playing: { state: true } };

  /** The videos whose player the person asked for. */
  declare playing: Set<string>;

  constructor() {
    super();
    this.playing = new Set();
  }

  protected dataSource(): DataSource<LinksData> {
    loadChecker().catch(() => undefined); // early, beside the data's fetch; a failure is retried when the data is checked
    return {
      validate: async (data) => (await loadChecker()).checkLinks(data, this.lang),
      isEmpty: (data) => data.groups.every((group) => group.items.length === 0),
    };
  }

  /** Loads the player of a video in the list (no event: for a consent manager that has asked already). */
  async showPlayer(videoId: string): Promise<void> {
    this.playing = new Set([...this.playing, videoId]);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLIFrameElement>(`iframe[data-video="${CSS.escape(videoId)}"]`)?.focus();
  }

  protected renderReady(data: LinksData): unknown {
    const level = this.headingLevel + 1;
    return html`${this.renderHeading(data)}
    ${data.groups.map(
      (group) => html`<section part="group">
        ${heading(level, this.text(group.title), undefined, { part: '' })}
        <ul class="links">
          ${group.items.map((item) => this.renderItem(item))}
        </ul>
      </section>`,
    )}
    ${this.publication(data.publication)}`;
  }

  private renderItem(item: LinkItem) {
    const base = this.dataController.baseUrl;
    const title = this.text(item.title);
    const href = safeUrl(item.href, base) ?? '';
    const thumbnail = this.localThumbnail(item);
    const videoId = thumbnail ? youtubeId(href) : undefined;
    const label = this.platform(href);
    return html`<li part="item" class=${thumbnail ? 'card' : nothing}>
      ${
        videoId && this.playing.has(videoId)
          ? html`<iframe part="player" data-video=${videoId} src="${PLAYER_ORIGIN}/embed/${videoId}?autoplay=1"
            title=${this.t('player', { title })} allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
            allowfullscreen referrerpolicy="strict-origin-when-cross-origin"></iframe>`
          : thumbnail
      }
      <p class="title">${link(item.href, title, { base })}${label ? html` <span class="meta">(${label})</span>` : nothing}</p>
      ${item.description ? html`<p>${this.text(item.description)}</p>` : nothing}
      ${item.date ? html`<p class="meta">${this.date(item.date)}</p>` : nothing}
      ${
        videoId && !this.playing.has(videoId)
          ? html`<p><button type="button" class="secondary" part="play-button" data-video=${videoId} data-title=${title} @click=${this.onPlay}>
                ${this.t('play')}<span class="visually-hidden">: ${title}</span></button>
              <span class="meta">${this.t('play-note')}</span></p>`
          : nothing
      }
    </li>`;
  }

  /**
   * The thumbnail, only from the page's own site or the data file's: a picture from the
   * video host would tell it about the visit before the person chose anything.
   */
  private localThumbnail(item: LinkItem) {
    const src = safeUrl(item.thumbnail?.src, this.dataController.baseUrl);
    if (
      !src?.startsWith('http') ||
      (isExternal(src) && new URL(src).origin !== new URL(this.dataController.baseUrl).origin)
    ) {
      return undefined;
    }
    return html`<img part="thumbnail" src=${src} alt=${this.text(item.thumbnail!.alt)} width="320" height="180" loading="lazy" />`;
  }

  /** The platform's name for a video or audio host, else the host name of an outside site. */
  private platform(href: string): string {
    if (!isExternal(href)) return '';
    const host = new URL(href).hostname;
    return PLATFORMS.find(([pattern]) => pattern.test(host))?.[1] ?? host.replace(/^www\./, '');
  }

  private readonly onPlay = (event: Event) => {
    const button = event.currentTarget as HTMLButtonElement;
    const videoId = button.dataset.video!;
    const request: GovEmbedRequestEvent = new CustomEvent('gov-embed-request', {
      bubbles: true,
      composed: true,
      cancelable: true,
      detail: { provider: 'youtube', videoId, src: `${PLAYER_ORIGIN}/embed/${videoId}`, title: button.dataset.title! },
    });
    if (this.dispatchEvent(request)) void this.showPlayer(videoId);
  };
}
