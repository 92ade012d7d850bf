import { isEmailAddress } from '@govkit-th/schemas';
import nodemailer from 'nodemailer';
import type { InboxConfig } from './config.js';
import { contentType } from './content/types.js';
import type { Logger } from './log.js';
import { answerMail, waitingMail, type Mail } from './mail-text.js';
import type { NextRole, Notifier } from './notify.js';
import type { Lang } from './staff/i18n.js';
import type { ContentItem, Question, Staff, Store } from './store/index.js';

/** What a notifier needs to send one message; nodemailer's transporter has it. */
export interface MailTransport {
  sendMail(message: { from?: string; to: string; subject: string; text: string }): Promise<unknown>;
}

/**
 * An address mail can go to: the kit's one e-mail rule (a dotted domain), and nothing that
 * would make a header more than one plain address (a display name, a list, a quoted part).
 */
const HEADER_SPECIAL = /[<>,;"]/;

export function isEmail(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 254 && isEmailAddress(value) && !HEADER_SPECIAL.test(value);
}

/** nodemailer's SMTP transport from the config's `smtp` block, with short timeouts. */
export function smtpTransport(config: InboxConfig): MailTransport {
  const { smtp } = config;
  const timeouts = {
    connectionTimeout: smtp.timeoutMs,
    greetingTimeout: smtp.timeoutMs,
    socketTimeout: smtp.timeoutMs,
  };
  if (smtp.url) return nodemailer.createTransport({ url: smtp.url, ...timeouts });
  return nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port ?? (smtp.secure ? 465 : 587),
    secure: smtp.secure ?? false,
    ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.pass ?? '' } } : {}),
    ...timeouts,
  });
}

export interface MailNotifierOptions {
  config: InboxConfig;
  store: Store;
  logger: Logger;
  /** The inbox's address for links to the staff pages: `publicUrl`, else where it listens. */
  baseUrl: () => string | undefined;
  transport?: MailTransport;
}

/**
 * The e-mail notifier (issue 12, item 6): the accounts holding the role an item now
 * waits for (screeners for urgent items), and the asker of a question when its answer
 * is published, only if the asker left an e-mail address, consented and the data was not
 * erased. One message a person, so no one sees another's address. Logs say what was sent
 * and what failed by kind and count only: no address, no name, no error text (an SMTP
 * server's refusal quotes the address).
 */
export function mailNotifier(options: MailNotifierOptions): Notifier {
  const { config, store, logger } = options;
  const transport = options.transport ?? smtpTransport(config);
  /** One try; after a failure the server may recover from, the next try is timed (in memory). */
  const send = async (kind: string, to: string, mail: Mail, attempt = 0): Promise<boolean> => {
    try {
      await transport.sendMail({ from: config.smtp.from, to, subject: mail.subject, text: mail.text });
      if (attempt > 0) logger.info('mail sent', { kind, sent: 1, attempt: attempt + 1 });
      return true;
    } catch (error) {
      const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown };
      const wait = mayRecover(responseCode) ? config.smtp.retryDelaysMs[attempt] : undefined;
      logger.warn('mail failed', {
        kind,
        attempt: attempt + 1,
        ...(typeof code === 'string' ? { code } : {}),
        ...(typeof responseCode === 'number' ? { responseCode } : {}),
        ...(wait !== undefined ? { retryInMs: wait } : {}),
      });
      if (wait !== undefined) setTimeout(() => void send(kind, to, mail, attempt + 1), wait).unref();
      return false;
    }
  };
  return {
    async itemWaiting(item, nextRole) {
      const people = await recipients(store, item, nextRole);
      const link = staffLink(options.baseUrl(), item);
      const results = await Promise.all(
        people.map((person) =>
          send(`item-waiting-${nextRole}`, person.email!, itemMail(config, item, nextRole, person, link)),
        ),
      );
      logSent(logger, `item-waiting-${nextRole}`, results, `${item.type}/${item.id}`);
    },
    async answerPublished(question) {
      const to = askerAddress(question);
      if (!to) return;
      const ok = await send('answer-published', to, askerMail(config, question));
      logSent(logger, 'answer-published', [ok], question.id);
    },
  };
}

/** No reply (down, timed out) or a 4xx reply (busy, greylisted): worth another try. A 5xx is final. */
function mayRecover(responseCode: unknown): boolean {
  return typeof responseCode !== 'number' || (responseCode >= 400 && responseCode < 500);
}

function logSent(logger: Logger, kind: string, results: boolean[], target: string): void {
  if (results.length === 0) return;
  logger.info('mail sent', {
    kind,
    target,
    sent: results.filter(Boolean).length,
    failed: results.filter((ok) => !ok).length,
  });
}

/**
 * The active accounts of the role the item waits for, with an address, leaving out
 * whoever already took a step of it (the order wants another person for each step).
 */
async function recipients(store: Store, item: ContentItem, role: NextRole): Promise<Staff[]> {
  const took = new Set([item.reported?.by, item.approved?.by, item.screened?.by, item.withdrawal?.by]);
  return (await store.listStaff()).filter(
    (account) => account.active && account.role === role && isEmail(account.email) && !took.has(account.id),
  );
}

/** The asker's address, only when they gave an e-mail (not a phone), consented and were not erased. */
export function askerAddress(question: Question): string | undefined {
  if (question.erasedAt) return undefined;
  const { contact, consent } = question.data;
  return consent === true && isEmail(contact) ? contact.trim() : undefined;
}

function staffLink(base: string | undefined, item: ContentItem): string {
  const path = `/staff/content/${encodeURIComponent(item.type)}/${encodeURIComponent(item.id)}`;
  return base ? `${base.replace(/\/$/, '')}${path}` : path;
}

function itemMail(config: InboxConfig, item: ContentItem, role: NextRole, person: Staff, link: string): Mail {
  const type = contentType(item.type);
  const typeName = type?.title ?? { th: item.type, en: item.type };
  return waitingMail({
    role: role === 'approver' && item.withdrawal && item.published ? 'withdrawal' : role,
    urgent: item.urgent,
    typeName: { th: typeName.th, en: typeName.en.toLowerCase() },
    title: { th: itemTitle(item, 'th'), en: itemTitle(item, 'en') },
    name: person.displayName,
    link,
    agency: config.agencyName,
    lang: person.lang ?? 'th',
  });
}

/** The item's title (public text staff wrote), else its id. */
function itemTitle(item: ContentItem, lang: Lang): string {
  for (const key of ['title', 'name', 'headline']) {
    const value = item.draft[key];
    if (typeof value === 'string' && value) return value;
    if (value && typeof value === 'object') {
      const text = (value as Partial<Record<Lang, unknown>>)[lang] ?? (value as Partial<Record<Lang, unknown>>).th;
      if (typeof text === 'string' && text) return text;
    }
  }
  return item.id;
}

function askerMail(config: InboxConfig, question: Question): Mail {
  const page = config.qaPageUrl ?? (typeof config.agency.website === 'string' ? config.agency.website : undefined);
  return answerMail({
    receipt: question.receipt,
    askedAt: question.askedAt,
    // What staff wrote for the public, not the asker's own words.
    question: question.answer?.publicQuestion ?? '',
    link: page ? `${page.split('#')[0]}#q-${question.id}` : undefined,
    agency: config.agencyName,
  });
}
