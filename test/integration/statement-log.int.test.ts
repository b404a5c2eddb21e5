// At LOG_LEVEL=debug the Executor logs every Cypher statement on one channel: its first line, its
// parameters' shape and its time, never a parameter's value (they hold personal data).
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createDriver } from '../../src/neo4j/driver.js';
import { Executor } from '../../src/neo4j/executor.js';
import { setStatementLog } from '../../src/neo4j/statement-log.js';

const config = loadConfig();
const driver = createDriver({ uri: config.neo4j.uri!, user: config.neo4j.user, password: config.neo4j.password });
afterAll(async () => {
  setStatementLog(null);
  await driver.close();
});

/** A pino logger at `level` whose lines are kept, parsed. */
function memoryLogger(level: string) {
  const lines: Record<string, any>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { logger: pino({ level }, stream), lines };
}

describe('the Cypher debug log', () => {
  it('logs a statement with its first line, its parameters shape and its time in ms, and no value', async () => {
    const { logger, lines } = memoryLogger('debug');
    setStatementLog(logger);
    const executor = new Executor(driver, config.neo4j.database, 10_000);
    const secretName = 'Ana María Secret-Person';
    await executor.read('MATCH (n:Entity {id: $id})\nWHERE n.name = $name OR n.id IN $ids\nRETURN n.id AS id', { id: 'private-id-123', name: secretName, ids: ['a-b', 'c-d'] });
    const line = lines.find((l) => l.channel === 'cypher');
    expect(line).toMatchObject({
      level: 20,
      msg: 'cypher',
      statement: 'MATCH (n:Entity {id: $id})',
      params: { id: 'string(14)', name: `string(${secretName.length})`, ids: 'list(2) of string(3)' },
      failed: false,
    });
    expect(line!.timeMs).toBeGreaterThan(0);
    const text = JSON.stringify(lines);
    expect(text).not.toContain(secretName);
    expect(text).not.toContain('private-id-123');
  });

  it('logs nothing below debug', async () => {
    const { logger, lines } = memoryLogger('info');
    setStatementLog(logger);
    await new Executor(driver, config.neo4j.database, 10_000).read('RETURN $x AS x', { x: 1 });
    expect(lines).toEqual([]);
  });
});
