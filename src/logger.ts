import { pino, type Logger } from 'pino';

/** One JSON logger for the process; request loggers are its children (with the request id). */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'loci-graph' } });
}

export type { Logger };
