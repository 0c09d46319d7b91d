import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { typoDistance } from '../../../core/typo/distance.js';

const cost = (typed: string, meant: string) => typoDistance(typed, meant, 10);

describe('typoDistance', () => {
  it('is zero for the same text', () => {
    expect(cost('gmail.com', 'gmail.com')).toBe(0);
  });

  it('charges less for hitting a neighbouring key than a distant one', () => {
    expect(cost('gnail.com', 'gmail.com')).toBeLessThan(cost('gpail.com', 'gmail.com'));
  });

  it('charges less for two swapped letters than for two wrong ones', () => {
    expect(cost('gmial.com', 'gmail.com')).toBeLessThan(cost('gmxyl.com', 'gmail.com'));
    expect(cost('gmial.com', 'gmail.com')).toBeLessThan(1);
  });

  it('charges little for a doubled letter, a letter of a double typed once, or a dropped dot', () => {
    expect(cost('gmaill.com', 'gmail.com')).toBeLessThan(cost('gmaitl.com', 'gmail.com'));
    expect(cost('yaho.com', 'yahoo.com')).toBeLessThan(cost('yahx.com', 'yahoo.com'));
    expect(cost('gmailcom', 'gmail.com')).toBeLessThan(cost('gmailxcom', 'gmail.com'));
  });

  it('charges more for a mistake on the first letter, which people check', () => {
    expect(cost('hmail.com', 'gmail.com')).toBeGreaterThan(cost('gmaul.com', 'gmail.com'));
    expect(cost('cloud.com', 'icloud.com')).toBeGreaterThan(cost('iclod.com', 'icloud.com'));
  });

  it('adds up several mistakes', () => {
    expect(cost('gmiall.con', 'gmail.com')).toBeGreaterThan(cost('gmial.com', 'gmail.com'));
  });

  it('gives up with Infinity once the cost must exceed the limit', () => {
    expect(typoDistance('stripe.com', 'gmail.com', 1.5)).toBe(Infinity);
    expect(typoDistance('gmial.com', 'gmail.com', 0.5)).toBe(Infinity);
    expect(typoDistance('gmial.com', 'gmail.com', 0.6)).toBeCloseTo(0.6);
  });

  it('still finds a swap at the end after a costly row', () => {
    expect(typoDistance('gmail.ocm', 'gmail.com', 1)).toBeCloseTo(0.6);
  });

  it('gives the same answer within a limit as without one, whatever was compared before', () => {
    const text = fc.string({ unit: fc.constantFrom(...'gmailcoh.uk'), maxLength: 12, size: 'max' });
    fc.assert(
      fc.property(text, text, text, fc.integer({ min: 0, max: 30 }), (a, b, c, tenths) => {
        const limit = tenths / 10;
        // Earlier comparisons leave their own figures in the shared table.
        typoDistance(c, b, 100);
        typoDistance(b, b, 100);
        const bounded = typoDistance(a, b, limit);
        const full = typoDistance(a, b, 100);
        if (full <= limit) expect(bounded).toBeCloseTo(full);
        else expect(bounded).toBe(Infinity);
      }),
      { numRuns: 3000 },
    );
  });

  it('does not answer from an earlier comparison when the lengths are far apart', () => {
    typoDistance('com.br', 'com.br', 10);
    expect(typoDistance('fe', 'com.br', 1.2)).toBe(Infinity);
  });

  it('refuses text longer than any domain it compares', () => {
    expect(cost('a'.repeat(65), 'a'.repeat(65))).toBe(Infinity);
  });
});
