// The graphql-jit gateway must really run operations compiled: graphql-js gives the same
// answers, so only a spy on its `execute` tells the fast path from the fallback (the fallback
// once served every operation for a release, unnoticed, when the document was frozen before
// graphql-jit had compiled it).
import { parse } from 'graphql';
import { describe, expect, it, vi } from 'vitest';

const graphqlExecute = vi.hoisted(() => ({ calls: 0 }));
vi.mock('graphql', async (importOriginal) => {
  const original = await importOriginal<typeof import('graphql')>();
  return {
    ...original,
    execute: (...args: Parameters<typeof original.execute>) => {
      graphqlExecute.calls += 1;
      return original.execute(...args);
    },
  };
});

const { jitGateway } = await import('../../src/execution/index.js');
const { buildLociSchema } = await import('../../src/schema/schema.js');

type Executor = (request: unknown) => Promise<{ data?: unknown; errors?: unknown[] }>;

async function executorOf(): Promise<Executor> {
  const { executor } = (await jitGateway(await buildLociSchema()).load({} as never)) as unknown as { executor: Executor };
  return executor;
}

const DOCUMENT = `
  query Types { __schema { queryType { name } } ...Named }
  query Type($name: String!) { __type(name: $name) { name kind } }
  fragment Named on Query { __typename }`;

describe('the graphql-jit gateway', () => {
  it('runs every operation of a document compiled, arguments and fragments included, never graphql-js', async () => {
    const executor = await executorOf();
    const document = parse(DOCUMENT);
    graphqlExecute.calls = 0;
    const types = await executor({ document, operationName: 'Types', request: { variables: {} }, context: {} });
    const type = await executor({ document, operationName: 'Type', request: { variables: { name: 'Initiative' } }, context: {} });
    expect(types.data).toEqual({ __schema: { queryType: { name: 'Query' } }, __typename: 'Query' });
    expect(type.data).toEqual({ __type: { name: 'Initiative', kind: 'OBJECT' } });
    expect(graphqlExecute.calls).toBe(0);
    expect(Object.isFrozen(document)).toBe(true);
  });

  it('runs a single operation asked without its name compiled too', async () => {
    const executor = await executorOf();
    graphqlExecute.calls = 0;
    const result = await executor({ document: parse('query Only { __typename }'), operationName: null, request: { variables: {} }, context: {} });
    expect(result.data).toEqual({ __typename: 'Query' });
    expect(graphqlExecute.calls).toBe(0);
  });

  it('leaves to graphql-js what it cannot compile: an operation the document does not hold', async () => {
    const executor = await executorOf();
    graphqlExecute.calls = 0;
    const result = await executor({ document: parse(DOCUMENT), operationName: 'Missing', request: { variables: {} }, context: {} });
    expect(graphqlExecute.calls).toBe(1);
    expect(JSON.stringify(result.errors)).toContain('Missing');
  });
});
