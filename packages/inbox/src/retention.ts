import { randomUUID } from 'node:crypto';
import type { InboxConfig } from './config.js';
import type { FormRegistry } from './forms.js';
import type { Logger } from './log.js';
import type { Store } from './store/index.js';

const DAY_MS = 86_400_000;

/** Each form's retention in days: the configuration's setting, else the form definition's. */
export function retentionByForm(forms: FormRegistry, config: InboxConfig): Map<string, number> {
  const days = new Map<string, number>();
  for (const form of forms.all()) {
    if (form.retentionDays !== undefined && !days.has(form.id)) days.set(form.id, form.retentionDays);
  }
  for (const [formId, value] of Object.entries(config.retentionDays)) days.set(formId, value);
  return days;
}

/**
 * PDPA retention: erases the personal data of every submission older than its form's
 * retention (receipt number, form and times stay), one audit entry per form swept.
 * Returns how many submissions were erased.
 */
export async function sweepRetention(
  store: Store,
  forms: FormRegistry,
  config: InboxConfig,
  now = new Date(),
): Promise<number> {
  let erased = 0;
  for (const [formId, days] of retentionByForm(forms, config)) {
    const before = new Date(now.getTime() - days * DAY_MS).toISOString();
    for (;;) {
      const ids = await store.expiredSubmissions(formId, before);
      if (ids.length === 0) break;
      const at = new Date().toISOString();
      const receipts = await store.eraseSubmissions(ids, at, {
        id: randomUUID(),
        at,
        actor: '(retention)',
        action: 'retention.erase',
        target: formId,
        detail: { days, before },
      });
      erased += receipts.length;
      if (receipts.length === 0) break;
    }
  }
  if (erased > 0) await store.compact();
  return erased;
}

/** Calls `run` every `ms` without keeping the process alive; returns how to stop. Tests pass their own clock. */
export type Schedule = (run: () => void, ms: number) => () => void;

const everyDay: Schedule = (run, ms) => {
  const timer = setInterval(run, ms);
  timer.unref();
  return () => clearInterval(timer);
};

/** Runs the sweep now and then once a day; `stop()` ends the timer, `idle()` waits for a running sweep. */
export function startRetention(deps: {
  store: Store;
  forms: FormRegistry;
  config: InboxConfig;
  logger: Logger;
  schedule?: Schedule;
}): {
  stop(): void;
  idle(): Promise<void>;
} {
  let running: Promise<void> = Promise.resolve();
  const run = () => {
    running = running
      .then(() => sweepRetention(deps.store, deps.forms, deps.config))
      .then((count) => {
        if (count > 0) deps.logger.info('retention sweep erased submissions', { count });
      })
      .catch((error: Error) => deps.logger.error('retention sweep failed', { error: error.message }));
  };
  if (retentionByForm(deps.forms, deps.config).size > 0) run();
  const stop = (deps.schedule ?? everyDay)(run, DAY_MS);
  return { stop, idle: () => running };
}
