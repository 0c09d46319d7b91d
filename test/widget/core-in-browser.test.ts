import { expect } from '@open-wc/testing';
import { checkSyntax } from '../../core/syntax.js';

describe('core in the browser', () => {
  it('accepts a plain address', () => {
    expect(checkSyntax('jane@example.com').valid).to.equal(true);
  });
});
