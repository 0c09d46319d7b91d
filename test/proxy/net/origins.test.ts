import { describe, expect, it } from 'vitest';
import { compileOrigins, requestOrigin } from '../../../proxy/net/origins.js';

describe('compileOrigins', () => {
  const allowed = compileOrigins([
    'https://shop.example.com',
    'https://*.example.org',
    'http://localhost:8787',
  ]);

  it('matches exact origins, whatever their case', () => {
    expect(allowed('https://shop.example.com')).toBe(true);
    expect(allowed('HTTPS://Shop.Example.com')).toBe(true);
    expect(allowed('http://localhost:8787')).toBe(true);
  });

  it('matches subdomains of a wildcard, at any depth, but not the bare domain', () => {
    expect(allowed('https://a.example.org')).toBe(true);
    expect(allowed('https://a.b.example.org')).toBe(true);
    expect(allowed('https://example.org')).toBe(false);
  });

  it('refuses look-alikes: another scheme, port, or a suffix trick', () => {
    expect(allowed('http://shop.example.com')).toBe(false);
    expect(allowed('https://shop.example.com:444')).toBe(false);
    expect(allowed('https://evilexample.org')).toBe(false);
    expect(allowed('https://shop.example.com.evil.net')).toBe(false);
    expect(allowed('http://localhost:8788')).toBe(false);
  });
});

describe('requestOrigin', () => {
  it('prefers the Origin header', () => {
    expect(requestOrigin({ origin: 'https://a.example', referer: 'https://b.example/x' })).toBe(
      'https://a.example',
    );
  });

  it('falls back to the origin of the Referer', () => {
    expect(requestOrigin({ referer: 'https://shop.example.com/signup?x=1' })).toBe(
      'https://shop.example.com',
    );
  });

  it('gives null without either, for an opaque origin, or for a Referer that is not a web page', () => {
    expect(requestOrigin({})).toBeNull();
    expect(requestOrigin({ origin: 'null' })).toBeNull();
    expect(requestOrigin({ referer: 'not a url' })).toBeNull();
    expect(requestOrigin({ referer: 'file:///etc/passwd' })).toBeNull();
  });
});
