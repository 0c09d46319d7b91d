import { BlockList, isIP } from 'node:net';

/** `::ffff:203.0.113.7` → `203.0.113.7`, so IPv4 rules and limits see IPv4 clients as IPv4. */
export function normalizeIp(ip: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  return mapped?.[1] ?? ip;
}

/** The eight 16-bit groups of an IPv6 address (a trailing dotted quad becomes two groups). */
function hextets(ip: string): number[] {
  const address = ip.replace(/(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/, (_, a, b, c, d) =>
    [((Number(a) << 8) | Number(b)).toString(16), ((Number(c) << 8) | Number(d)).toString(16)].join(
      ':',
    ),
  );
  const [head = '', rest] = address.split('::');
  const parse = (part: string) =>
    part === '' ? [] : part.split(':').map((group) => Number.parseInt(group, 16));
  const left = parse(head);
  const right = parse(rest ?? '');
  const middle = Array.from({ length: Math.max(0, 8 - left.length - right.length) }, () => 0);
  return [...left, ...middle, ...right];
}

/**
 * The key an IP's per-IP rate limit is counted under: the address itself for IPv4, its
 * `/prefix` network for IPv6 (one customer usually holds a whole /56 or /64, and could otherwise
 * rotate through addresses to dodge the limit).
 */
export function ipGroup(ip: string, ipv6Prefix: number): string {
  const address = normalizeIp(ip);
  if (isIP(address) !== 6) return address;
  const groups = hextets(address);
  const masked = groups.map((group, index) => {
    const bits = Math.max(0, Math.min(16, ipv6Prefix - index * 16));
    const mask = bits === 0 ? 0 : (0xffff << (16 - bits)) & 0xffff;
    return (group & mask).toString(16);
  });
  return `${masked.join(':')}/${ipv6Prefix}`;
}

function blockList(blocks: readonly string[]): BlockList {
  const list = new BlockList();
  for (const block of blocks) {
    const [address = '', prefix] = block.split('/');
    const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return list;
}

/** Allow and deny CIDR lists (IPv4 and IPv6), compiled once. */
export interface IpRules {
  /** Why `ip` may not pass, or `null` when it may. */
  refuse(ip: string): 'denied' | 'not_allowed' | null;
}

export function createIpRules(rules: {
  allow?: readonly string[];
  deny?: readonly string[];
}): IpRules {
  const allow = rules.allow ? blockList(rules.allow) : null;
  const deny = rules.deny ? blockList(rules.deny) : null;
  return {
    refuse(ip) {
      const address = normalizeIp(ip);
      const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
      if (isIP(address) === 0) return 'not_allowed';
      if (deny?.check(address, type)) return 'denied';
      if (allow && !allow.check(address, type)) return 'not_allowed';
      return null;
    },
  };
}
