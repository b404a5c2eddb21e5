import neo4j from 'neo4j-driver';
import type { Logger } from '../logger.js';

/** A statement's parameters (as the Executor takes them). */
type Params = Record<string, unknown>;

/**
 * The debug log channel of Cypher: at LOG_LEVEL=debug every statement the Executor runs is logged
 * with its first line, its parameters' shape and its time. Never the parameters' values: they hold
 * people's names, e-mail addresses and search text. Off (a null channel) at any other level, so a
 * statement then costs one comparison.
 */
let channel: Logger | null = null;

/** Sets the channel from the process's logger (createServer calls it); debug off: no channel. */
export function setStatementLog(logger: Logger | null): void {
  channel = logger?.isLevelEnabled('debug') ? logger.child({ channel: 'cypher' }) : null;
}

/** Whether statements are logged (LOG_LEVEL=debug). */
export function isStatementLogOn(): boolean {
  return channel !== null;
}

/** Logs one statement (its first line), its parameters' shape and its time; `failed` when it threw. */
export function logStatement(cypher: string, params: Params, timeMs: number, failed: boolean): void {
  channel?.debug({ statement: firstLine(cypher), params: shapeOf(params), timeMs: Math.round(timeMs * 100) / 100, failed }, 'cypher');
}

function firstLine(cypher: string): string {
  const line = cypher.trim().split('\n', 1)[0].trim();
  return line.length > 120 ? `${line.slice(0, 117)}...` : line;
}

/**
 * A value's shape without its content: `string(12)`, `number`, `list(50) of string(8)`, a map's
 * keys with their shapes. Lists give the shape of their first element only: a batch of 1,000 ids
 * is one line, not a thousand.
 */
export function shapeOf(value: unknown): unknown {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return `string(${value.length})`;
  if (typeof value !== 'object') return typeof value;
  if (neo4j.isInt(value)) return 'integer';
  if (value instanceof Date) return 'date';
  if (Array.isArray(value)) {
    if (value.length === 0) return 'list(0)';
    const first = shapeOf(value[0]);
    return typeof first === 'string' ? `list(${value.length}) of ${first}` : { list: value.length, of: first };
  }
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, shapeOf(v)]));
}
