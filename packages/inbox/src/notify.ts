import type { Logger } from './log.js';
import type { ContentItem, Question } from './store/index.js';

/** The role an item waits for next. */
export type NextRole = 'approver' | 'screener' | 'uploader';

/**
 * Where the integrator plugs in e-mail (or LINE, or anything): the inbox calls these and
 * sends nothing itself. `itemWaiting` when a content item waits for the next person (an
 * urgent one for a screener, with `nextRole` `screener`); `answerPublished` when a
 * question's answer is published (the question carries what the asker gave, so a
 * notifier can reply only to those who left a contact and consented).
 */
export interface Notifier {
  itemWaiting(item: ContentItem, nextRole: NextRole): void | Promise<void>;
  answerPublished(question: Question): void | Promise<void>;
}

export const noNotifier: Notifier = {
  itemWaiting() {},
  answerPublished() {},
};

/**
 * The configured notifier with the missing methods filled in, called after the step has
 * committed and never awaited by the request: a slow or failing mail server neither
 * delays nor undoes a step. Failures are logged.
 */
export function safeNotifier(notifier: Partial<Notifier> | undefined, logger: Logger): Notifier {
  const run = (name: keyof Notifier, call: () => void | Promise<void>): void => {
    try {
      Promise.resolve(call()).catch((error: unknown) =>
        logger.error('notify failed', { hook: name, error: String(error) }),
      );
    } catch (error) {
      logger.error('notify failed', { hook: name, error: String(error) });
    }
  };
  return {
    itemWaiting: (item, nextRole) => run('itemWaiting', () => notifier?.itemWaiting?.(item, nextRole)),
    answerPublished: (question) => run('answerPublished', () => notifier?.answerPublished?.(question)),
  };
}

/** Several notifiers as one (the integrator's hook and the e-mail notifier): each is called, none waits for another. */
export function allNotifiers(...notifiers: (Partial<Notifier> | undefined)[]): Partial<Notifier> {
  const present = notifiers.filter((notifier): notifier is Partial<Notifier> => Boolean(notifier));
  return {
    itemWaiting: async (item, nextRole) => {
      await Promise.all(present.map(async (notifier) => notifier.itemWaiting?.(item, nextRole)));
    },
    answerPublished: async (question) => {
      await Promise.all(present.map(async (notifier) => notifier.answerPublished?.(question)));
    },
  };
}
