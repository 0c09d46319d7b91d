import express, { type NextFunction, type Request, type Response } from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { compose } from '../../../proxy/middleware/compose.js';

/** A site whose one route runs `chain`, then answers with what the chain recorded. */
function site(...chain: Parameters<typeof compose>) {
  const app = express();
  app.get('/', compose(...chain), (_req, res) => {
    res.json({ trail: res.locals['trail'] });
  });
  app.use((error: Error, _req: Request, res: Response, _next: NextFunction) => {
    res.status(418).json({ error: error.message, trail: res.locals['trail'] });
  });
  return app;
}

const mark = (name: string) =>
  function marker(_req: Request, res: Response, next: NextFunction) {
    res.locals['trail'] = [...((res.locals['trail'] as string[] | undefined) ?? []), name];
    next();
  };

describe('compose', () => {
  it('runs every middleware in order, then the route', async () => {
    const res = await request(site(mark('a'), mark('b'), mark('c'))).get('/');
    expect(res.body.trail).toEqual(['a', 'b', 'c']);
  });

  it('stops at a thrown error and hands it to the error middleware', async () => {
    const thrower = () => {
      throw new Error('refused');
    };
    const res = await request(site(mark('a'), thrower, mark('c'))).get('/');
    expect(res.status).toBe(418);
    expect(res.body).toEqual({ error: 'refused', trail: ['a'] });
  });

  it('stops at an error passed to next()', async () => {
    const passer = (_req: Request, _res: Response, next: NextFunction) => next(new Error('passed'));
    const res = await request(site(passer, mark('b'))).get('/');
    expect(res.body).toEqual({ error: 'passed' });
  });

  it('hands a rejected async middleware to the error middleware', async () => {
    const rejecter = async () => {
      await Promise.resolve();
      throw new Error('async refusal');
    };
    const res = await request(site(mark('a'), rejecter, mark('c'))).get('/');
    expect(res.body).toEqual({ error: 'async refusal', trail: ['a'] });
  });

  it('refuses anything that is not a function at setup', () => {
    expect(() => compose(mark('a'), 'nope' as never)).toThrow(/every handler must be a function/);
  });
});
