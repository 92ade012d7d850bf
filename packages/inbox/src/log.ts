import { createHmac } from 'node:crypto';

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };
export type LogLevel = keyof typeof LEVELS;
type Emit = (message: string, fields?: Record<string, unknown>) => void;
export interface Logger {
  debug: Emit;
  info: Emit;
  warn: Emit;
  error: Emit;
  /** Whether a line at this level is written: lets a hot path skip building fields nobody keeps. */
  enabled?: (level: Exclude<LogLevel, 'silent'>) => boolean;
}

/**
 * Structured logs: one JSON object a line on stdout. Callers pass only what is safe to
 * keep: routes, form ids, status codes, timings, and client addresses only as keyed hashes
 * (`ipHash`). Never bodies, never what a person typed.
 */
export function createLogger({
  level = 'info',
  write = (line: string) => process.stdout.write(line),
}: { level?: LogLevel; write?: (line: string) => unknown } = {}): Logger {
  const threshold = LEVELS[level] ?? LEVELS.info;
  const emit =
    (name: Exclude<LogLevel, 'silent'>): Emit =>
    (message, fields = {}) => {
      if (LEVELS[name] < threshold) return;
      write(`${JSON.stringify({ time: new Date().toISOString(), level: name, msg: message, ...fields })}\n`);
    };
  return {
    debug: emit('debug'),
    info: emit('info'),
    warn: emit('warn'),
    error: emit('error'),
    enabled: (name) => LEVELS[name] >= threshold,
  };
}

/** A keyed, truncated hash of a client address: counts visitors without keeping who they are. */
export function hashAddress(secret: string, address: string | undefined): string {
  return createHmac('sha256', secret)
    .update(String(address ?? ''))
    .digest('base64url')
    .slice(0, 16);
}
