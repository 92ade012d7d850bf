import { isIP } from 'node:net';
import type { FastifyRequest } from 'fastify';

/**
 * Fastify's `trustProxy` from the inbox's: the client is the right-most address in
 * X-Forwarded-For that is not one of the trusted proxies (by address, or by hop count;
 * `true` is one hop). Never the left-most: the client writes that one itself.
 */
export function fastifyTrustProxy(
  trustProxy: boolean | number | string[],
): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (trustProxy === false || trustProxy === 0) return false;
  if (Array.isArray(trustProxy)) return trustProxy;
  const hops = trustProxy === true ? 1 : trustProxy;
  return (_address, hop) => hop < hops;
}

/** The client's address; a forwarded value that is not an IP address is ignored. */
export function clientAddress(request: FastifyRequest): string {
  const address = request.ip;
  return isIP(address) ? address : (request.socket.remoteAddress ?? '');
}
