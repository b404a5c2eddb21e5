import { describe, expect, it } from 'vitest';
import { changedFields, matchesSelector, toChangeEvent, type ChangeEvent } from '../../src/changes/change.model.js';
import { ChangeStream, SlowConsumerError } from '../../src/changes/change-stream.js';
import { SubscriptionSlots } from '../../src/http/subscription-slots.js';
import { batchByInterval } from '../../src/changes/batch-by-interval.js';
import { parseSequence } from '../../src/changes/sequence-cursor.js';
import type { AuditEntryRow } from '../../src/graph/audit.repository.js';

const entry = (over: Partial<AuditEntryRow>): AuditEntryRow => ({
  id: 'e',
  seq: 7,
  at: '2026-12-03T20:00:00.000Z',
  actor: 'someone',
  role: 'editor',
  org: 'org',
  requestId: 'r',
  clientRequestId: null,
  action: 'CREATE',
  nodeType: 'Initiative',
  nodeId: 'loci',
  targetId: null,
  before: null,
  after: JSON.stringify({ id: 'loci', title: 'LOCI' }),
  relationships: null,
  restoredFrom: null,
  ...over,
});

const change = (over: Partial<ChangeEvent> = {}): ChangeEvent => ({
  sequence: 1,
  at: 'now',
  kind: 'CREATED',
  node: { id: 'a', type: 'Theme', label: 'A' },
  relationship: null,
  privateOnly: false,
  ...over,
});

describe('toChangeEvent', () => {
  it('says what changed and never who', () => {
    const c = toChangeEvent(entry({}));
    expect(c).toEqual({ sequence: 7, at: '2026-12-03T20:00:00.000Z', kind: 'CREATED', node: { id: 'loci', type: 'Initiative', label: 'LOCI' }, relationship: null, privateOnly: false });
    expect(JSON.stringify(c)).not.toContain('someone');
  });

  it('takes a relationship change from the entry and the start node\'s label from the graph', () => {
    const c = toChangeEvent(entry({ action: 'DISCONNECT', after: null, targetId: 't', relationships: JSON.stringify([{ type: 'ABOUT', from: 'loci', to: 't', props: {} }]) }), 'LOCI now');
    expect(c).toMatchObject({ kind: 'DISCONNECTED', node: { id: 'loci', label: 'LOCI now' }, relationship: { type: 'ABOUT', from: 'loci', to: 't' } });
  });

  it('marks an update of only an unlisted person\'s e-mail as private', () => {
    const person = (email: string, pub?: boolean) => JSON.stringify({ id: 'p', name: 'P', email, public: pub, updatedAt: email });
    expect(toChangeEvent(entry({ action: 'UPDATE', nodeType: 'Actor', before: person('a@x'), after: person('b@x') })).privateOnly).toBe(true);
    expect(toChangeEvent(entry({ action: 'UPDATE', nodeType: 'Actor', before: person('a@x', true), after: person('b@x', true) })).privateOnly).toBe(false);
    expect(changedFields({ a: 1, updatedAt: 1 }, { a: 2, updatedAt: 2, b: 3 })).toEqual(['a', 'b']);
  });
});

describe('matchesSelector', () => {
  it('filters by type, id (either end of a relationship) and relationship type', () => {
    const rel = change({ kind: 'CONNECTED', node: { id: 'x', type: 'Initiative', label: null }, relationship: { type: 'ABOUT', from: 'x', to: 'a' } });
    expect(matchesSelector(rel, { ids: ['a'], anonymous: true })).toBe(true);
    expect(matchesSelector(rel, { types: ['Theme'], anonymous: true })).toBe(false);
    expect(matchesSelector(rel, { relationshipTypes: ['PARTNER_IN'], anonymous: true })).toBe(false);
    expect(matchesSelector(change(), { relationshipsOnly: true, anonymous: true })).toBe(false);
    expect(matchesSelector(change({ privateOnly: true }), { anonymous: true })).toBe(false);
    expect(matchesSelector(change({ privateOnly: true }), { anonymous: false })).toBe(true);
  });
});

describe('ChangeStream', () => {
  it('delivers in order, then drops a reader that falls more than its bound behind', async () => {
    let closed = 0;
    const stream = new ChangeStream(2, () => closed++);
    stream.push(change({ sequence: 1 }));
    stream.push(change({ sequence: 2 }));
    expect((await stream.next()).value.sequence).toBe(1);
    stream.push(change({ sequence: 3 }));
    stream.push(change({ sequence: 4 }));
    await expect(stream.next()).rejects.toBeInstanceOf(SlowConsumerError);
    expect(closed).toBe(1);
    expect(await stream.next()).toEqual({ value: undefined, done: true });
  });

  it('wakes a waiting reader, and ends it on return()', async () => {
    const stream = new ChangeStream(10, () => undefined);
    const waiting = stream.next();
    stream.push(change({ sequence: 9 }));
    expect((await waiting).value.sequence).toBe(9);
    const pending = stream.next();
    await stream.return();
    expect(await pending).toEqual({ value: undefined, done: true });
  });
});

describe('SubscriptionSlots', () => {
  it('caps per IP and in all, and gives a slot back once', () => {
    const slots = new SubscriptionSlots(3, 2);
    const a1 = slots.acquire('a');
    const a2 = slots.acquire('a');
    expect(slots.acquire('a')).toEqual({ refusedBy: 'SUBSCRIPTIONS_PER_IP', max: 2 });
    slots.acquire('b');
    expect(slots.acquire('c')).toEqual({ refusedBy: 'SUBSCRIPTIONS_MAX', max: 3 });
    if (!('release' in a1) || !('release' in a2)) throw new Error('expected slots');
    a1.release();
    a1.release();
    expect(slots.open).toBe(2);
    expect('release' in slots.acquire('a')).toBe(true);
  });
});

describe('batchByInterval', () => {
  it('yields the first item at once and groups the rest at most once per interval', async () => {
    const source = new ChangeStream(100, () => undefined);
    const batches = batchByInterval(source, 200, async (b) => b);
    source.push(change({ sequence: 1 }));
    const t0 = Date.now();
    expect((await batches.next()).value.map((c: ChangeEvent) => c.sequence)).toEqual([1]);
    source.push(change({ sequence: 2 }));
    source.push(change({ sequence: 3 }));
    expect((await batches.next()).value.map((c: ChangeEvent) => c.sequence)).toEqual([2, 3]);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(190);
    await batches.return(undefined);
  });
});

describe('parseSequence', () => {
  it('reads a whole number and refuses anything else naming after', () => {
    expect(parseSequence('42')).toBe(42);
    expect(parseSequence(null)).toBeNull();
    expect(() => parseSequence('-1')).toThrow(/after/);
  });
});
