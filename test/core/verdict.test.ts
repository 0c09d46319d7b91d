import { describe, expect, it } from 'vitest';
import { severityFor, verdictSchema } from '../../core/verdict.js';

describe('severityFor', () => {
  it('calls 70 and above valid, 40-69 a warning and below 40 invalid', () => {
    expect([100, 70, 69, 40, 39, 0].map(severityFor)).toEqual([
      'valid',
      'valid',
      'warning',
      'warning',
      'invalid',
      'invalid',
    ]);
  });
});

describe('verdictSchema', () => {
  it('refuses a score outside 0-100', () => {
    const check = { passed: null, message: 'Not checked' };
    const verdict = {
      email: 'a@b.co',
      result: 'unknown',
      score: 101,
      severity: 'valid',
      suggestion: null,
      checks: {
        syntax: check,
        domain: check,
        disposable: check,
        roleBased: check,
        freeProvider: check,
        smtp: check,
        catchAll: check,
      },
      reasons: [],
      source: 'local',
      cached: false,
    };
    expect(verdictSchema.safeParse(verdict).success).toBe(false);
    expect(verdictSchema.safeParse({ ...verdict, score: 100 }).success).toBe(true);
  });
});
