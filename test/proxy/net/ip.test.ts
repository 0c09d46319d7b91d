import { describe, expect, it } from 'vitest';
import { createIpRules, ipGroup, normalizeIp } from '../../../proxy/net/ip.js';

describe('ipGroup', () => {
  it('keeps IPv4 addresses as they are, including IPv4-mapped IPv6 ones', () => {
    expect(ipGroup('203.0.113.7', 56)).toBe('203.0.113.7');
    expect(ipGroup('::ffff:203.0.113.7', 56)).toBe('203.0.113.7');
  });

  it('groups IPv6 addresses of one /56 together', () => {
    expect(ipGroup('2001:db8:1234:5601::1', 56)).toBe(ipGroup('2001:db8:1234:56ff:ffff::9', 56));
  });

  it('separates IPv6 addresses of different /56 networks', () => {
    expect(ipGroup('2001:db8:1234:5601::1', 56)).not.toBe(ipGroup('2001:db8:1234:5701::1', 56));
  });

  it('follows the configured prefix length', () => {
    expect(ipGroup('2001:db8:1:2:3:4:5:6', 64)).toBe('2001:db8:1:2:0:0:0:0/64');
    expect(ipGroup('2001:db8:1:2:3:4:5:6', 128)).toBe('2001:db8:1:2:3:4:5:6/128');
  });
});

describe('createIpRules', () => {
  const rules = createIpRules({ allow: ['10.0.0.0/8', '2001:db8::/32'], deny: ['10.66.0.0/16'] });

  it('lets addresses inside an allowed block through', () => {
    expect(rules.refuse('10.1.2.3')).toBeNull();
    expect(rules.refuse('2001:db8:ffff::1')).toBeNull();
    expect(rules.refuse(normalizeIp('::ffff:10.1.2.3'))).toBeNull();
  });

  it('refuses addresses outside every allowed block', () => {
    expect(rules.refuse('192.0.2.1')).toBe('not_allowed');
    expect(rules.refuse('2001:db9::1')).toBe('not_allowed');
  });

  it('refuses denied addresses even inside an allowed block', () => {
    expect(rules.refuse('10.66.1.1')).toBe('denied');
  });

  it('refuses what is not an IP address at all', () => {
    expect(rules.refuse('')).toBe('not_allowed');
  });
});
