/**
 * Compiles allowed-origin patterns once: exact origins (`https://shop.example.com`,
 * `http://localhost:8787`) and subdomain wildcards (`https://*.example.com`, which matches
 * `https://a.example.com` and `https://a.b.example.com` but not `https://example.com`). Scheme and
 * port must match exactly.
 */
export function compileOrigins(patterns: readonly string[]): (origin: string) => boolean {
  const exact = new Set<string>();
  const wildcards: { prefix: string; suffix: string }[] = [];
  for (const pattern of patterns) {
    const lower = pattern.toLowerCase();
    const star = lower.indexOf('://*.');
    if (star < 0) exact.add(lower);
    else {
      const prefix = lower.slice(0, star + 3);
      const suffix = lower.slice(star + 4); // ".example.com[:port]"
      wildcards.push({ prefix, suffix });
    }
  }
  return function isAllowedOrigin(origin) {
    const lower = origin.toLowerCase();
    if (exact.has(lower)) return true;
    return wildcards.some(({ prefix, suffix }) => {
      if (!lower.startsWith(prefix) || !lower.endsWith(suffix)) return false;
      const sub = lower.slice(prefix.length, lower.length - suffix.length);
      return /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/.test(sub) && !sub.includes('..');
    });
  };
}

/**
 * The origin a browser request comes from: the Origin header, else the origin of the Referer
 * (some browsers omit Origin on same-origin requests), else `null`.
 */
export function requestOrigin(headers: { origin?: string; referer?: string }): string | null {
  const origin = headers.origin;
  if (origin && origin !== 'null') return origin;
  if (headers.referer) {
    try {
      const url = new URL(headers.referer);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.origin;
    } catch {
      return null;
    }
  }
  return null;
}
