import type { FastifyReply } from 'fastify';
import { HttpError, apiMessage, type Lang } from './messages.js';

const JSON_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** A JSON answer of the public API, with the headers every one of them carries. */
export function sendJson(
  reply: FastifyReply,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): FastifyReply {
  return reply
    .code(status)
    .headers({ ...JSON_HEADERS, ...headers })
    .send(JSON.stringify(body));
}

/** A refusal as `{ errors: [{ path, message }] }`, in the reader's language. */
export function sendError(
  reply: FastifyReply,
  error: HttpError,
  lang: Lang,
  headers: Record<string, string> = {},
): FastifyReply {
  return sendJson(
    reply,
    error.status,
    { errors: [{ path: error.path, message: apiMessage(lang, error.messageKey, error.params) }] },
    { ...headers, ...error.headers },
  );
}

/** Fastify's own refusals (body too large, bad length…) in the API's words. */
export function asHttpError(
  error: { code?: string; statusCode?: number },
  maxBodyBytes: number,
): HttpError | undefined {
  if (error instanceof HttpError) return error;
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || error.statusCode === 413) {
    return new HttpError(413, 'too-large', { params: { limit: Math.floor(maxBodyBytes / 1024) } });
  }
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || error.statusCode === 415)
    return new HttpError(415, 'unsupported-type');
  if (error.statusCode === 400) return new HttpError(400, 'invalid-json');
  return undefined;
}
