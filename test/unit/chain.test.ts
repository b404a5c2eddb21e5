import { describe, expect, it } from 'vitest';
import type { ErrorRequestHandler, NextFunction, Request, RequestHandler, Response } from 'express';
import { chain } from '../../src/http/graphql-endpoint/chain.js';

const req = {} as Request;
const res = {} as Response;

/** Runs `handlers` through chain() and resolves with what reached the outer `next`, and the order they ran in. */
function run(handlers: Array<RequestHandler | ErrorRequestHandler>): Promise<unknown> {
  return new Promise((resolve) => chain(handlers)(req, res, ((error?: unknown) => resolve(error ?? 'done')) as NextFunction));
}

const plain = (name: string, ran: string[], then?: (next: NextFunction) => void): RequestHandler => (_q, _s, next) => {
  ran.push(name);
  (then ?? ((n) => n()))(next);
};
const onError = (name: string, ran: string[], then?: (error: unknown, next: NextFunction) => void): ErrorRequestHandler => (error, _q, _s, next) => {
  ran.push(`${name}(${(error as Error).message})`);
  (then ?? ((e, n) => n(e)))(error, next);
};

describe('chain: handlers as one Express middleware', () => {
  it('runs the handlers in order and skips error handlers while there is no error', async () => {
    const ran: string[] = [];
    expect(await run([plain('a', ran), onError('e', ran), plain('b', ran)])).toBe('done');
    expect(ran).toEqual(['a', 'b']);
  });

  it('on next(error), skips to the next error handler; one that answers ends the chain', async () => {
    const ran: string[] = [];
    const answered = await new Promise((resolve) => {
      const handlers = [plain('a', ran, (next) => next(new Error('bad'))), plain('skipped', ran), onError('e', ran, () => resolve('answered')), plain('never', ran)];
      chain(handlers)(req, res, (() => resolve('fell through')) as NextFunction);
    });
    expect(answered).toBe('answered');
    expect(ran).toEqual(['a', 'e(bad)']);
  });

  it('passes an error no handler takes, thrown or rejected, to the outer next', async () => {
    const ran: string[] = [];
    const thrown = await run([plain('a', ran, () => { throw new Error('thrown'); }), plain('skipped', ran)]);
    expect((thrown as Error).message).toBe('thrown');
    const rejected = await run([async () => { throw new Error('rejected'); }, plain('skipped', ran)]);
    expect((rejected as Error).message).toBe('rejected');
    expect(ran).toEqual(['a']);
  });

  it('lets an error handler hand the error on to the next one', async () => {
    const ran: string[] = [];
    const error = await run([plain('a', ran, (next) => next(new Error('x'))), onError('first', ran), onError('second', ran)]);
    expect((error as Error).message).toBe('x');
    expect(ran).toEqual(['a', 'first(x)', 'second(x)']);
  });
});
