import { pino, type Logger } from 'pino';

/** One JSON logger for the process; request loggers are its children (with the request id). */
export function createLogger(level: string): Logger {
  // Bearer tokens must never reach a log, whatever object is logged.
  return pino({ level, base: { service: 'loci-graph' }, redact: ['authorization', '*.authorization', '*.headers.authorization', 'token', '*.token'] });
}

export type { Logger };
