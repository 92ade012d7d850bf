import type { Alert } from './alerts.js';

/**
 * A notice is in force from the moment it is issued until its end time (`expiresAt`
 * excluded). The one rule the element (following the clock), the fallback writer and a
 * server that writes the notices into a page all apply.
 */
export function alertInForce(alert: Pick<Alert, 'issuedAt' | 'expiresAt'>, time: number): boolean {
  return Date.parse(alert.issuedAt) <= time && time < Date.parse(alert.expiresAt);
}

const SEVERITY_ORDER = { danger: 0, warning: 1, info: 2 } as const;

/**
 * The order notices are shown in: the most severe first, then the newest. Wherever notices
 * are written (the element, a page's server-written copy), so the two never differ.
 */
export function compareAlerts(a: Alert, b: Alert): number {
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || Date.parse(b.issuedAt) - Date.parse(a.issuedAt);
}

/**
 * The next moment after `time` when a notice comes into force or ends (`Infinity` when none
 * will): when the element re-renders, and how long a server may keep the notices it wrote.
 */
export function nextAlertChange(alerts: Pick<Alert, 'issuedAt' | 'expiresAt'>[], time: number): number {
  return Math.min(
    ...alerts.flatMap((alert) => [Date.parse(alert.issuedAt), Date.parse(alert.expiresAt)]).filter((t) => t > time),
  );
}
