import { isIPv4, isIPv6 } from 'node:net';

/**
 * Which addresses the pipeline may connect to. Mail routes (MX hosts and the RFC 5321 A/AAAA
 * fallback) come from DNS, which anyone can point anywhere: a domain whose MX is 127.0.0.1 or a
 * cloud metadata address must not make the proxy probe itself or its private network.
 */

/** Why an address is not public, or `public`. */
export type AddressKind =
  | 'public'
  | 'private'
  | 'loopback'
  | 'link-local'
  | 'shared'
  | 'multicast'
  | 'reserved'
  | 'documentation'
  | 'unspecified'
  | 'invalid';

type Range = readonly [prefix: string, bits: number, kind: Exclude<AddressKind, 'public'>];

// IANA IPv4 special-purpose registry (RFC 6890 and updates).
const v4Ranges: readonly Range[] = [
  ['0.0.0.0', 8, 'unspecified'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'shared'], // RFC 6598 carrier-grade NAT
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'reserved'],
  ['192.0.2.0', 24, 'documentation'],
  ['192.88.99.0', 24, 'reserved'], // deprecated 6to4 relay anycast
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'reserved'], // benchmarking
  ['198.51.100.0', 24, 'documentation'],
  ['203.0.113.0', 24, 'documentation'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'], // includes 255.255.255.255
];

// IANA IPv6 special-purpose registry. Mapped and translated IPv4 forms are unwrapped first.
const v6Ranges: readonly Range[] = [
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  ['::', 96, 'reserved'], // deprecated IPv4-compatible addresses
  ['64:ff9b:1::', 48, 'private'], // local-use NAT64
  ['100::', 64, 'reserved'], // discard-only
  ['2001::', 23, 'reserved'], // IETF protocol assignments, Teredo among them
  ['2001:db8::', 32, 'documentation'],
  ['3fff::', 20, 'documentation'], // RFC 9637
  ['5f00::', 16, 'reserved'], // SRv6 SIDs
  ['fc00::', 7, 'private'], // unique local
  ['fe80::', 10, 'link-local'],
  ['fec0::', 10, 'reserved'], // deprecated site-local
  ['ff00::', 8, 'multicast'],
];

function v4ToNumber(address: string): number {
  return address.split('.').reduce((value, part) => value * 256 + Number(part), 0);
}

/** The 128-bit value of an IPv6 address (any textual form, including a trailing dotted quad). */
function v6ToBigInt(address: string): bigint {
  let text = address.split('%')[0] ?? address; // drop a zone id
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted?.[1]) {
    const v4 = v4ToNumber(dotted[1]);
    text = `${text.slice(0, dotted.index)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = tail === undefined || tail === '' ? [] : tail.split(':');
  const missing = 8 - headGroups.length - tailGroups.length;
  const groups = [...headGroups, ...Array<string>(Math.max(missing, 0)).fill('0'), ...tailGroups];
  return groups.reduce((value, group) => (value << 16n) | BigInt(parseInt(group, 16)), 0n);
}

const v4Table = v4Ranges.map(([prefix, bits, kind]) => ({
  base: v4ToNumber(prefix),
  mask: bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0,
  kind,
}));
const all128 = (1n << 128n) - 1n;
const v6Table = v6Ranges.map(([prefix, bits, kind]) => ({
  base: v6ToBigInt(prefix),
  mask: (all128 >> BigInt(128 - bits)) << BigInt(128 - bits),
  kind,
}));

function classifyV4(address: string): AddressKind {
  const value = v4ToNumber(address);
  for (const range of v4Table) {
    if ((value & range.mask) >>> 0 === range.base) return range.kind;
  }
  return 'public';
}

/** The IPv4 address an IPv6 address stands for (mapped, NAT64, 6to4), if any. */
function embeddedV4(value: bigint): string | null {
  const low32 = Number(value & 0xffffffffn);
  const asText = (n: number) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
  if (value >> 32n === 0xffffn) return asText(low32); // ::ffff:a.b.c.d
  if (value >> 32n === 0x64ff9b0000000000000000n) return asText(low32); // 64:ff9b::/96
  if (value >> 112n === 0x2002n) return asText(Number((value >> 80n) & 0xffffffffn)); // 6to4
  return null;
}

function classifyV6(address: string): AddressKind {
  const value = v6ToBigInt(address);
  const v4 = embeddedV4(value);
  if (v4 !== null) return classifyV4(v4);
  // Longest prefixes first, so ::1 reads as loopback rather than IPv4-compatible.
  let best: { kind: AddressKind; bits: bigint } | null = null;
  for (const range of v6Table) {
    if ((value & range.mask) === range.base && (best === null || range.mask > best.bits)) {
      best = { kind: range.kind, bits: range.mask };
    }
  }
  return best?.kind ?? 'public';
}

/** What kind of address `address` is: `public`, or why the pipeline must not connect to it. */
export function classifyAddress(address: string): AddressKind {
  if (isIPv4(address)) return classifyV4(address);
  if (isIPv6(address)) return classifyV6(address);
  return 'invalid';
}

/** Whether the pipeline may connect to `address` without `allowPrivate`. */
export function isPublicAddress(address: string): boolean {
  return classifyAddress(address) === 'public';
}
