// The quality floor on the labelled corpus (test/fixtures/typos). `npm run bench -- typos`
// prints the same figures beside mailcheck's and @zootools/email-spell-checker's.
import { describe, expect, it } from 'vitest';
import { suggest } from '../../core/suggest.js';
import { CORRECT, TYPOS, score } from '../fixtures/typos/corpus.js';

const quality = score((address) => suggest(address)?.full ?? null);

describe('suggest on the labelled corpus', () => {
  it('is measured on at least 600 typos and 600 correct addresses', () => {
    expect(TYPOS.length).toBeGreaterThanOrEqual(600);
    expect(CORRECT.length).toBeGreaterThanOrEqual(600);
  });

  it('is right in at least 99 % of the suggestions it makes on typos', () => {
    const wrong = quality.wrong.map((item) => `${item.address}: ${item.pattern}`).join(', ');
    expect(quality.precision, `wrong: ${wrong}`).toBeGreaterThanOrEqual(0.99);
  });

  it('corrects at least 90 % of the typos', () => {
    expect(quality.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('suggests something for at most 0.5 % of correctly typed addresses', () => {
    const alarms = quality.falseAlarms.map((item) => `${item.address}: ${item.pattern}`);
    expect(quality.falseRate, `suggested for: ${alarms.join(', ')}`).toBeLessThanOrEqual(0.005);
  });

  it('corrects every famous complaint in the corpus', () => {
    const famous = TYPOS.filter((item) => item.pattern === 'famous');
    expect(famous.length).toBeGreaterThanOrEqual(30);
    const missed = famous.filter((item) => suggest(item.address)?.full !== item.expected);
    expect(missed.map((item) => item.address)).toEqual([]);
  });
});
