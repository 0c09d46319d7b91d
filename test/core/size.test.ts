import { describe, expect, it } from 'vitest';
import { measureCore } from '../../scripts/size.js';

describe('core as shipped to the browser', () => {
  it('stays within 5 KB minified and gzipped (syntax, suggestions and their data)', async () => {
    const size = await measureCore();
    expect(size.budget).toBe(5 * 1024);
    expect(size.gzip).toBeLessThanOrEqual(5 * 1024);
  });
});
