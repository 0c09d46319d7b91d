import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Request, Response } from 'express';
import { contextOf } from '../context.js';
import { HttpError } from '../http-error.js';

/** The only files served: the widget's two bundles and their source maps. */
export const bundleFiles = [
  'email-check.iife.js',
  'email-check.iife.js.map',
  'email-check.js',
  'email-check.js.map',
] as const;

/**
 * dist/bundle of this package, whether this module runs from source (proxy/routes) or from the
 * build (dist/proxy/routes).
 */
export function defaultBundleDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const fromSource = resolve(here, '../../dist/bundle');
  const fromBuild = resolve(here, '../../bundle');
  return existsSync(join(fromBuild, 'email-check.iife.js')) ? fromBuild : fromSource;
}

/**
 * GET /email-check.iife.js, /email-check.js and their maps: the built widget, so a landing page can
 * load it from the proxy with one script tag. 404 in the error shape until `npm run build`.
 */
export function bundleRoute(options: { dir: string }) {
  const dir = resolve(options.dir);
  return function bundleHandler(req: Request, res: Response): void {
    contextOf(req).route = 'bundle';
    const name = req.path.slice(1);
    const file = join(dir, name);
    if (!existsSync(file)) {
      throw new HttpError(404, 'not_found', `${name} is not built yet; run npm run build.`);
    }
    // A script tag on another site must be able to load it (helmet defaults to same-origin).
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.type(name.endsWith('.map') ? 'application/json' : 'text/javascript');
    res.sendFile(file);
  };
}
