import type { RateWindow, Scope } from '../config/schema.js';
import type { IpRules } from '../net/ip.js';

/** `public` = pk_live_, `test` = pk_test_, `secret` = sk_live_. */
export type KeyType = 'public' | 'test' | 'secret';

/** A configured key, resolved once at start-up. */
export interface ResolvedKey {
  /** Name used in logs, metrics and verdict tokens; never the key itself. */
  readonly id: string;
  readonly type: KeyType;
  /** The key's bytes, zero-padded to `maxKeyLength`, compared in constant time. */
  readonly padded: Buffer;
  /** The key's length in bytes. */
  readonly length: number;
  readonly scopes: ReadonlySet<Scope>;
  /** `null`: any origin (secret keys, and test keys configured without origins). */
  readonly isAllowedOrigin: ((origin: string) => boolean) | null;
  readonly origins: readonly string[];
  readonly ipRules: IpRules | null;
  readonly limits: { perIp?: RateWindow; perKey?: RateWindow };
  /** Upstream that answers this key's verdicts. */
  readonly upstream: string;
}
