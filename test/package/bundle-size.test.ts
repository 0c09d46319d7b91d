import { describe, expect, it } from 'vitest';
import { measureBundles } from '../../scripts/size.js';

describe('the script-tag bundle', () => {
  it('stays within 14 KB gzip, Lit included', () => {
    // `npm test` builds before the Node suites run; on its own, run `npm run build` first.
    const iife = measureBundles().find((size) => size.name === 'email-check.iife.js');
    expect(iife, 'dist/bundle/email-check.iife.js is missing: run `npm run build`').toBeDefined();
    expect(iife?.budget).toBe(14 * 1024);
    expect(iife?.gzip).toBeLessThanOrEqual(14 * 1024);
  });
});
