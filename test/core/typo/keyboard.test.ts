import { describe, expect, it } from 'vitest';
import { adjacent } from '../../../core/typo/keyboard.js';

describe('adjacent', () => {
  it.each([
    ['g', 'h'],
    ['m', 'n'],
    ['w', 'a'],
    ['w', 's'],
    ['z', 'a'],
    ['i', 'k'],
    ['o', 'l'],
  ])('knows %s and %s are neighbouring keys', (a, b) => {
    expect(adjacent(a, b)).toBe(true);
    expect(adjacent(b, a)).toBe(true);
  });

  it.each([
    ['q', 'p'],
    ['w', 'd'],
    ['m', 'l'],
    ['a', 'a'],
    ['.', 'm'],
    ['1', '2'],
    ['é', 'e'],
  ])('knows %s and %s are not', (a, b) => {
    expect(adjacent(a, b)).toBe(false);
  });
});
