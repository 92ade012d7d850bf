import { html, nothing, type PropertyValues } from 'lit';
import { alertStrings, GovElement, heading, lazyImport, link, type DataSource } from '@govkit-th/core';
import { alertInForce, compareAlerts, nextAlertChange, type Alert, type AlertsData } from '@govkit-th/schemas';
import { alertStyles } from './gov-alert.styles.js';

/** The schema and clause 4.1's checks load in their own chunk, from the moment an element is made. */
const loadChecker = lazyImport(() => import('./check.js'));

/** Where dismissed notices are remembered, as `id@version` entries. */
export const DISMISSED_KEY = 'govkit-alert-dismissed';
/** The longest delay `setTimeout` honours (about 24.8 days); a later end is reached in steps. */
const MAX_DELAY = 2 ** 31 - 1;

/** Dismissals that storage refused (private mode, a sandboxed frame): they hold until the page is left. */
const unsaved = new Set<string>();

/** The notices dismissed on this device, read from localStorage as it is now (another tab may have added one). */
function dismissedNotices(): Set<string> {
  let stored: unknown = [];
  try {
    stored = JSON.parse(localStorage.getItem(DISMISSED_KEY) ?? '[]');
  } catch {
    // Storage refused or its entry unreadable: only this page's dismissals count.
  }
  const saved = Array.isArray(stored) ? stored.filter((entry): entry is string => typeof entry === 'string') : [];
  return new Set([...saved, ...unsaved]);
}

function remember(key: string): void {
  const notices = dismissedNotices();
  notices.add(key);
  try {
    // The newest 100 are enough: old notices have long expired.
    localStorage.setItem(DISMISSED_KEY, JSON.stringify([...notices].slice(-100)));
  } catch {
    unsaved.add(key);
  }
}

/** `id@version`: dismissing a notice dismisses this version; a new version shows again. */
export const noticeKey = (alert: Alert) => `${alert.id}@${alert.version}`;

/**
 * Urgent notices (order 4.1 and 4.2): severity, time, area, what to do, and who screened
 * the notice before publication (the Governor or the province CIO) and when. The schema
 * refuses a notice without its screening record. Notices sit in the page's flow at the top
 * of the content and never cover it; each can be dismissed (remembered per notice and
 * version) and disappears at its end time. Only `danger` interrupts a screen reader
 * (`role="alert"`); `warning` is a polite status and `info` is announced by nothing.
 * With no notice to show, the element takes no room.
 *
 * @tagname gov-alert
 * @summary Urgent notices with their screening record, dismissible, gone at their end time.
 *
 * @slot - Fallback content, shown before the element upgrades and when loading fails.
 *
 * @csspart alert - One notice; also `info`, `warning` or `danger`.
 * @csspart severity - The severity label.
 * @csspart screening - The screening record (who screened the notice, and when).
 * @csspart dismiss - The dismiss button.
 * @csspart publication - A notice's publication record.
 * @csspart error - The error message box.
 * @csspart retry-button - The retry button in the error state.
 *
 * @cssprop [--gov-alert-warning=#8a4b00] - The colour of a `warning` notice's frame and label (`danger` uses `--gov-color-error`, `info` the accent).
 *
 * @fires gov-load - The data is ready; `detail` is the data.
 * @fires gov-error - Loading or validation failed; `detail.error` says why.
 */
export class GovAlert extends GovElement<AlertsData> {
  static override styles = [...GovElement.styles, alertStyles];

  static override strings = alertStrings;

  static override properties = {
    ...GovElement.properties,
    now: {},
  };

  /**
   * The moment to show the notices for, instead of the clock (ISO 8601, or a `Date`): for
   * tests, stories and previews. While it is set the element does not follow the clock.
   */
  declare now?: string | Date;

  private timer?: ReturnType<typeof setTimeout>;

  protected dataSource(): DataSource<AlertsData> {
    loadChecker().catch(() => undefined); // early, beside the data's fetch; a failure is retried when the data is checked
    return {
      validate: async (data) => (await loadChecker()).checkAlerts(data, this.lang),
      isEmpty: (data) => {
        const gone = dismissedNotices();
        return !data.alerts.some((alert) => this.isShown(alert, gone));
      },
      // Most severe first, then the newest: the order never changes while the page is open,
      // so no notice's box is moved (a moved live region may be read out again).
      normalise: (data) => ({
        ...data,
        alerts: [...data.alerts].sort(compareAlerts),
      }),
    };
  }

  /** Hides a notice for good on this device (this version of it). */
  dismiss(alert: Alert): void {
    remember(noticeKey(alert));
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Time went on or a notice was dismissed: ready or empty may differ.
    this.dataController.recheck();
    super.willUpdate(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.scheduleNextChange();
  }

  /** No status line while loading: a line that comes and goes would move the page under the reader. */
  protected override renderLoading(): unknown {
    return html`<slot></slot>`;
  }

  /** Nothing to show takes no room (`:host([state=empty])` is not displayed). */
  protected override renderEmpty(): unknown {
    return nothing;
  }

  /**
   * Every notice has its box from the start, hidden while it is not in force or dismissed,
   * so showing or hiding one never re-renders another (which a screen reader could read again).
   */
  protected renderReady(data: AlertsData): unknown {
    const gone = dismissedNotices();
    return data.alerts.map((alert) => this.renderAlert(alert, this.isShown(alert, gone)));
  }

  private renderAlert(alert: Alert, shown: boolean) {
    const title = this.text(alert.title);
    const description = this.text(alert.description);
    const id = `alert-${alert.id}`;
    const role = alert.severity === 'danger' ? 'alert' : alert.severity === 'warning' ? 'status' : nothing;
    return html`<section
      class="alert ${alert.severity}"
      part="alert ${alert.severity}"
      role=${role}
      aria-labelledby=${id}
      ?hidden=${!shown}
    >
      <p class="severity" part="severity">${this.t(`severity-${alert.severity}`)}</p>
      ${heading(this.headingLevel, title, id, { part: '', focusable: true })}
      <dl>
        <div>
          <dt>${this.t('area')}</dt>
          <dd>${this.text(alert.area)}</dd>
        </div>
        <div>
          <dt>${this.t('issued')}</dt>
          <dd>${this.when(alert.issuedAt)}</dd>
        </div>
        <div>
          <dt>${this.t('expires')}</dt>
          <dd>${this.when(alert.expiresAt)}</dd>
        </div>
      </dl>
      ${description ? html`<p class="text">${description}</p>` : nothing}
      <p class="label">${this.t('what-to-do')}</p>
      <p class="text">${this.text(alert.instructions)}</p>
      <p class="meta" part="screening">
        ${this.t('screened')} ${alert.screening.name} ${this.t(`by-${alert.screening.by}`)} ${this.when(
          alert.screening.at,
        )}
      </p>
      ${this.publication(alert.publication)}
      <p class="actions">
        ${
          alert.url
            ? link(alert.url, html`${this.t('more')}<span class="visually-hidden">: ${title}</span>`, {
                base: this.dataController.baseUrl,
              })
            : nothing
        }
        <button type="button" class="secondary" part="dismiss" data-key=${noticeKey(alert)} @click=${this.onDismiss}>
          ${this.t('dismiss')}<span class="visually-hidden">: ${title}</span>
        </button>
      </p>
    </section>`;
  }

  /** A date and its Bangkok time, as core writes them everywhere: `2 ธ.ค. 2569 เวลา 09.30 น.`, `2 Dec 2026, 9:30am`. */
  private when(value: string) {
    return this.date(value, true);
  }

  private readonly onDismiss = (event: Event) => {
    const key = (event.currentTarget as HTMLElement).dataset.key!;
    const alerts = this.data?.alerts ?? [];
    const alert = alerts.find((candidate) => noticeKey(candidate) === key)!;
    this.dismiss(alert);
    // Focus goes to the next notice still shown; with none left, the element is gone and the
    // browser's sequential focus starts from where it stood (the next Tab goes on from there).
    const next = alerts.find((candidate) => candidate !== alert && this.isShown(candidate));
    if (next)
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(`#alert-${CSS.escape(next.id)}`)?.focus(),
      );
  };

  private currentTime(): number {
    if (!this.now) return Date.now();
    return typeof this.now === 'string' ? Date.parse(this.now) : this.now.getTime();
  }

  /** In force (issued, not yet expired) and not dismissed on this device. */
  private isShown(alert: Alert, gone = dismissedNotices()): boolean {
    return alertInForce(alert, this.currentTime()) && !gone.has(noticeKey(alert));
  }

  /** One timer, for the next moment a notice comes into force or expires; none while `now` is fixed. */
  private scheduleNextChange(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const alerts = this.data?.alerts;
    if (!alerts || this.now || !this.isConnected) return;
    const time = Date.now();
    const next = nextAlertChange(alerts, time);
    if (next !== Infinity) this.timer = setTimeout(() => this.requestUpdate(), Math.min(next - time, MAX_DELAY));
  }
}
