import { describe, expect, it } from 'vitest';
import { commonDisposableDomains, isCommonDisposable } from '../../core/disposable-hints.js';

describe('isCommonDisposable', () => {
  it('knows the most common throwaway domains', () => {
    for (const domain of [
      'mailinator.com',
      'guerrillamail.com',
      'yopmail.com',
      '10minutemail.com',
    ]) {
      expect(isCommonDisposable(domain)).toBe(true);
    }
  });

  it('matches subdomains of a listed domain', () => {
    expect(isCommonDisposable('team.mailinator.com')).toBe(true);
    expect(isCommonDisposable('a.b.yopmail.com')).toBe(true);
  });

  it('ignores case and a trailing dot', () => {
    expect(isCommonDisposable('Mailinator.COM.')).toBe(true);
  });

  it('does not match a domain that only ends with the same letters', () => {
    expect(isCommonDisposable('notmailinator.com')).toBe(false);
    expect(isCommonDisposable('mailinator.com.example')).toBe(false);
  });

  it('does not flag ordinary providers', () => {
    for (const domain of ['gmail.com', 'outlook.com', 'example.com', 'com', '']) {
      expect(isCommonDisposable(domain)).toBe(false);
    }
  });

  it('stays a short list for the browser bundle', () => {
    expect(commonDisposableDomains.size).toBeGreaterThanOrEqual(25);
    expect(commonDisposableDomains.size).toBeLessThanOrEqual(40);
  });
});
