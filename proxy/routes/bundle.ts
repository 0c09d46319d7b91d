import { join, resolve } from 'node:path';
import type { NextFunction, Request, Response } from 'express';
import { contextOf } from '../context.js';
import { HttpError } from '../http-error.js';
import { packageRoot } from '../package-root.js';

/** The only files served: the widget's two bundles and their source maps. */
export const bundleFiles = [
  'email-check.iife.js',
  'email-check.iife.js.map',
  'email-check.js',
  'email-check.js.map',
] as const;

/** dist/bundle of this package, whether this module runs from source or from the build. */
export function defaultBundleDir(): string {
  return join(packageRoot(), 'dist/bundle');
}

const headers = {
  // A script tag on another site must be able to load it (helmet defaults to same-origin).
  'Cross-Origin-Resource-Policy': 'cross-origin',
  'Cache-Control': 'public, max-age=300',
};

/**
 * GET /email-check.iife.js, /email-check.js and their maps: the built widget, so a landing page can
 * load it from the proxy with one script tag. 404 in the error shape until `npm run build`.
 */
export function bundleRoute(options: { dir: string }) {
  const dir = resolve(options.dir);
  return function bundleHandler(req: Request, res: Response, next: NextFunction): void {
    contextOf(req).route = 'bundle';
    const name = req.path.slice(1);
    // sendFile finds out whether the file exists; its headers go only on a file it sends.
    res.sendFile(join(dir, name), { headers }, (error) => {
      if (error && !res.headersSent) {
        next(new HttpError(404, 'not_found', `${name} is not built yet; run npm run build.`));
      }
    });
  };
}
