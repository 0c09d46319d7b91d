import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Request, type Response, type Router } from 'express';
import { magicAddresses } from '../upstreams/test.js';
import { verdictTokenMiddleware, type VerdictTokenCheck } from '../tokens/index.js';
import { packageRoot } from '../package-root.js';
import { escapeHtml, fill } from './render.js';
import { signupOutcome } from './signup-outcome.js';

export interface DemoSiteOptions {
  /** The public keys the pages switch between: `pk_test_` (magic addresses) and `pk_live_`. */
  keys: { test: string; live: string };
  /** The proxy's token secret, to verify signups the way a site's own backend does. */
  tokenSecret: string;
  /** Where the widget asks for verdicts. Default `/v1/validate` (the proxy on the same origin). */
  endpoint?: string;
  /** Where the pages load the script-tag bundle from. Default `/email-check.iife.js`. */
  bundle?: string;
  /** Which key a page uses when the query does not say. Default `live`. */
  defaultMode?: 'test' | 'live';
  /** Folder of the demo pages. Default `demo/` at the package root. */
  dir?: string;
}

const pages = {
  '/': 'index.html',
  '/demo/script-tag': 'script-tag.html',
  '/demo/playground': 'playground.html',
};
const assets = ['styles.css', 'playground.js', 'script-tag.js'];

/**
 * The demo a newcomer sees: a product's signup page using `<email-check>`, the same form
 * enhanced by the script tag, a playground, and a signup backend that verifies the verdict token
 * with the exported middleware, as a site's own server would.
 */
export function createDemoSite(options: DemoSiteOptions): Router {
  const dir = options.dir ?? join(packageRoot(), 'demo');
  const endpoint = options.endpoint ?? '/v1/validate';
  const bundle = options.bundle ?? '/email-check.iife.js';
  const defaultMode = options.defaultMode ?? 'live';
  const templates = new Map(
    Object.entries(pages).map(([path, file]) => [path, readFileSync(join(dir, file), 'utf8')]),
  );
  const resultTemplate = readFileSync(join(dir, 'result.html'), 'utf8');
  const headerTemplate = readFileSync(join(dir, 'header.html'), 'utf8');
  const magicHint = `<p>With the test key these addresses give every outcome, offline:</p><ul>${magicAddresses
    .map(
      ({ address, demonstrates }) =>
        `<li><code>${escapeHtml(address)}</code>: ${escapeHtml(demonstrates)}</li>`,
    )
    .join('')}</ul>`;
  const liveHint =
    '<p>The live key asks the local pipeline: real DNS and MX lookups, disposable, role and free-provider lists.</p>';

  const modeOf = (value: unknown): 'test' | 'live' =>
    value === 'test' || value === 'live' ? value : defaultMode;

  const router = express.Router();
  for (const [path, template] of templates) {
    router.get(path, function demoPage(req: Request, res: Response) {
      const mode = modeOf(req.query['key']);
      const query = `?key=${mode}`;
      // aria-current="false" is the same as no attribute: only the current page is marked.
      const header = fill(headerTemplate, {
        query,
        isTest: String(mode === 'test'),
        isLive: String(mode === 'live'),
        onSignup: path === '/' ? 'page' : 'false',
        onScriptTag: path === '/demo/script-tag' ? 'page' : 'false',
        onPlayground: path === '/demo/playground' ? 'page' : 'false',
      });
      const html = fill(
        template,
        {
          header,
          endpoint,
          bundle,
          mode,
          publicKey: options.keys[mode],
          query,
          magicHint: mode === 'test' ? magicHint : liveHint,
        },
        new Set(['header', 'magicHint']),
      );
      res.type('html').send(html);
    });
  }
  for (const asset of assets) {
    router.get(`/demo/${asset}`, function demoAsset(_req: Request, res: Response) {
      res.sendFile(join(dir, asset));
    });
  }

  router.post(
    '/demo/signup',
    express.urlencoded({ extended: false, limit: '16kb', parameterLimit: 20 }),
    verdictTokenMiddleware({ secret: options.tokenSecret, respond: false }),
    function demoSignup(req: Request, res: Response) {
      const body = (req.body ?? {}) as Record<string, unknown>;
      const check = res.locals['emailCheck'] as VerdictTokenCheck;
      const email = typeof body['email'] === 'string' ? body['email'] : '';
      const mode = modeOf(body['key']);
      const outcome = signupOutcome(check);
      res.status(outcome.accepted ? 200 : 422).type('html');
      res.send(
        fill(resultTemplate, {
          state: outcome.accepted ? 'accepted' : 'refused',
          title: outcome.title,
          why: outcome.why,
          email,
          result: outcome.result,
          score: outcome.score,
          token: outcome.token,
          query: `?key=${mode}`,
        }),
      );
    },
  );
  return router;
}
