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

  it('refuses text longer than any domain it compares', () => {
    expect(cost('a'.repeat(65), 'a'.repeat(65))).toBe(Infinity);
  });
});
