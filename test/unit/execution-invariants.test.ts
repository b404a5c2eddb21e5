// The invariants the execution tricks rely on (docs/PERFORMANCE.md), enforced: values memoised by
// object identity are frozen, so a change throws instead of reaching later requests; a compiled
// document cannot change; the process-wide stack settings are put back whatever happens.
import { parse, type DocumentNode, type GraphQLResolveInfo } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { configureExecution, freezeDeep, jitGateway, memoBySelection, runWithoutCallerStack } from '../../src/execution/index.js';
import { buildLociSchema } from '../../src/schema/schema.js';

/** What memoBySelection reads of a resolver's info: the field's nodes of a parsed operation. */
function infoOf(document: DocumentNode): GraphQLResolveInfo {
  const operation = document.definitions[0] as unknown as { selectionSet: { selections: unknown[] } };
  return { fieldNodes: operation.selectionSet.selections, fragments: {} } as unknown as GraphQLResolveInfo;
}

afterEach(() => configureExecution({ jit: true, selectionMemo: true, skipCallerStacks: true }));

describe('the selection memo', () => {
  it('gives every request of an operation the same value, frozen: changing it throws', () => {
    const info = infoOf(parse('{ organisations { nodes { id } } }'));
    const first = memoBySelection(info, 'plan', () => ({ fields: ['id'], nested: [{ first: 10 }] }));
    const again = memoBySelection(info, 'plan', () => ({ fields: ['other'], nested: [] }));
    expect(again).toBe(first);
    expect(() => first.fields.push('name')).toThrow(TypeError);
    expect(() => {
      (first.nested[0] as { first: number }).first = 1_000;
    }).toThrow(TypeError);
  });

  it('computes on every call when SELECTION_MEMO is off', () => {
    configureExecution({ selectionMemo: false });
    const info = infoOf(parse('{ organisations { nodes { id } } }'));
    const a = memoBySelection(info, 'plan', () => ({ n: 1 }));
    const b = memoBySelection(info, 'plan', () => ({ n: 2 }));
    expect([a.n, b.n]).toEqual([1, 2]);
  });

  it('freezes the contents of Maps and Sets it cannot freeze themselves', () => {
    const value = freezeDeep({ byType: new Map([['Organisation', { properties: ['id'] }]]) });
    expect(() => value.byType.get('Organisation')!.properties.push('name')).toThrow(TypeError);
  });
});

describe('the graphql-jit gateway', () => {
  it('freezes a document when it first compiles it, so the compiled plan and the memos keyed by its nodes stay true', async () => {
    const schema = await buildLociSchema();
    const { executor } = (await jitGateway(schema).load({} as never)) as unknown as {
      executor: (request: unknown) => Promise<{ data?: unknown; errors?: unknown[] }>;
    };
    const document = parse('{ __typename }');
    const result = await executor({ document, operationName: null, request: { variables: {} }, context: {} });
    expect(result.data).toEqual({ __typename: 'Query' });
    expect(Object.isFrozen(document)).toBe(true);
    expect(() => {
      (document.definitions[0] as { operation: string }).operation = 'mutation';
    }).toThrow(TypeError);
  });

  it('runs graphql-js with the same answer when GRAPHQL_JIT is off, and leaves the document unfrozen', async () => {
    configureExecution({ jit: false });
    const schema = await buildLociSchema();
    const { executor } = (await jitGateway(schema).load({} as never)) as unknown as {
      executor: (request: unknown) => Promise<{ data?: unknown }>;
    };
    const document = parse('{ __typename }');
    const result = await executor({ document, operationName: null, request: { variables: {} }, context: {} });
    expect(result.data).toEqual({ __typename: 'Query' });
    expect(Object.isFrozen(document)).toBe(false);
  });
});

describe('runWithoutCallerStack', () => {
  it('captures no stack while the statement starts, and puts the process-wide settings back even when it throws', () => {
    const before = { limit: Error.stackTraceLimit, prepare: Error.prepareStackTrace };
    const stack = runWithoutCallerStack(() => new Error('inside').stack);
    expect(stack).toBe('');
    expect(() => runWithoutCallerStack(() => {
      throw new Error('failed start');
    })).toThrow('failed start');
    expect({ limit: Error.stackTraceLimit, prepare: Error.prepareStackTrace }).toEqual(before);
  });

  it('keeps the stack when SKIP_CALLER_STACKS is off', () => {
    configureExecution({ skipCallerStacks: false });
    expect(runWithoutCallerStack(() => new Error('inside').stack)).toContain('inside');
  });
});
