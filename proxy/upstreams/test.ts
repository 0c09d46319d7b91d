import { checkSyntax } from '../../core/syntax.js';
import { suggest } from '../../core/suggest.js';
import {
  notRun,
  severityFor,
  type Check,
  type Checks,
  type Verdict,
  type VerdictResult,
} from '../../core/verdict.js';
import { ran } from './checks.js';
import { UpstreamError, type Upstream } from './types.js';

const NAME = 'test';

/** One documented magic address of the `test` upstream (and of `pk_test_` keys). */
export interface MagicAddress {
  address: string;
  /** The result it always gets (`failure` addresses: the fail-open result). */
  result: VerdictResult;
  /** What it demonstrates, for the README and the demo. */
  demonstrates: string;
}

interface MagicEntry extends MagicAddress {
  score: number;
  reasons: string[];
  suggestion?: string;
  checks?: Partial<Checks>;
  /** Milliseconds to wait before answering (abortable). */
  delayMs?: number;
  /** Fails the call like an unreachable upstream, to show fail-open. */
  fail?: boolean;
}

const mailboxRefused = ran(false, 'Mailbox does not exist', { code: 550, enhanced: '5.1.1' });

const entries: MagicEntry[] = [
  {
    address: 'deliverable@example.com',
    result: 'deliverable',
    score: 95,
    reasons: [],
    demonstrates: 'the mailbox is accepted on a domain that is not catch-all',
  },
  {
    address: 'undeliverable@example.com',
    result: 'undeliverable',
    score: 5,
    reasons: ['The mailbox does not exist'],
    checks: { smtp: mailboxRefused },
    demonstrates: 'the server refuses the mailbox itself (5.1.1)',
  },
  {
    address: 'risky@example.com',
    result: 'risky',
    score: 45,
    reasons: ['Delivery is uncertain: the domain is catch-all and the address role-based'],
    checks: {
      catchAll: ran(false, 'Domain is catch-all', { catchAll: true }),
      roleBased: ran(false, 'Role-based address', { roleBased: true }),
    },
    demonstrates: 'mail may arrive but delivery is uncertain (a warning the person may accept)',
  },
  {
    address: 'unknown@example.com',
    result: 'unknown',
    score: 50,
    reasons: ['The mail server did not say whether the mailbox exists (greylisting)'],
    checks: { smtp: ran(null, 'Mailbox could not be checked', { code: 451 }) },
    demonstrates: 'the check could not tell; the widget lets it pass',
  },
  {
    address: 'disposable@example.com',
    result: 'risky',
    score: 30,
    reasons: ['Disposable address'],
    checks: { disposable: ran(false, 'Disposable address', { disposable: true }) },
    demonstrates: 'a disposable (throwaway) address',
  },
  {
    address: 'role@example.com',
    result: 'risky',
    score: 60,
    reasons: ['Role-based address'],
    checks: { roleBased: ran(false, 'Role-based address', { roleBased: true }) },
    demonstrates: 'a role-based address (a team, not a person)',
  },
  {
    address: 'admin@example.com',
    result: 'risky',
    score: 60,
    reasons: ['Role-based address'],
    checks: { roleBased: ran(false, 'Role-based address', { roleBased: true }) },
    demonstrates: 'a role-based address (a team, not a person)',
  },
  {
    address: 'catch-all@example.com',
    result: 'risky',
    score: 55,
    reasons: ['The domain accepts every address'],
    checks: { catchAll: ran(false, 'Domain is catch-all', { catchAll: true }) },
    demonstrates: 'a catch-all domain: any mailbox is accepted, so none is proven',
  },
  {
    address: 'free@example.com',
    result: 'deliverable',
    score: 90,
    reasons: ['Free email provider'],
    checks: { freeProvider: ran(false, 'Free email provider', { free: true }) },
    demonstrates: 'a free email provider (deliverable, flagged for B2B forms)',
  },
  {
    address: 'full@example.com',
    result: 'risky',
    score: 40,
    reasons: ['The mailbox is full'],
    checks: { smtp: ran(null, 'Mailbox is full', { code: 552, enhanced: '5.2.2' }) },
    demonstrates: 'the mailbox exists but is full',
  },
  {
    address: 'no-mx@example.com',
    result: 'undeliverable',
    score: 5,
    reasons: ['The domain takes no mail'],
    checks: {
      domain: ran(false, 'The domain takes no mail (null MX)', { mx: [] }),
      smtp: notRun(),
      catchAll: notRun(),
    },
    demonstrates: 'a domain that takes no mail (null MX or no records)',
  },
  {
    address: 'typo@gmial.com',
    result: 'undeliverable',
    score: 10,
    reasons: ['The domain takes no mail', 'Did you mean typo@gmail.com?'],
    suggestion: 'typo@gmail.com',
    checks: {
      domain: ran(false, 'The domain takes no mail', { mx: [] }),
      smtp: notRun(),
      catchAll: notRun(),
    },
    demonstrates: 'a likely typo, with the suggestion typo@gmail.com',
  },
  {
    address: 'slow@example.com',
    result: 'deliverable',
    score: 95,
    reasons: [],
    delayMs: 1500,
    demonstrates: 'answers after 1.5 s, to show the pending state',
  },
  {
    address: 'upstream-error@example.com',
    result: 'unknown',
    score: 50,
    reasons: [],
    fail: true,
    demonstrates: 'the upstream fails: public keys get `unknown` (fail open), secret keys a 502',
  },
];

/** Every magic address, its result and what it demonstrates. */
export const magicAddresses: readonly MagicAddress[] = entries.map(
  ({ address, result, demonstrates }) => ({
    address,
    result,
    demonstrates,
  }),
);

const byAddress = new Map(entries.map((entry) => [entry.address, entry]));

function baseChecks(valid: boolean): Checks {
  const pass = (message: string): Check => ran(true, message);
  return {
    syntax: ran(valid, valid ? 'Valid syntax' : 'Invalid syntax'),
    domain: valid ? pass('MX records found') : notRun(),
    disposable: valid ? pass('Not disposable') : notRun(),
    roleBased: valid ? pass('Personal address') : notRun(),
    freeProvider: valid ? pass('Not a free email provider') : notRun(),
    smtp: valid ? pass('Mailbox exists') : notRun(),
    catchAll: valid ? pass('Domain is not catch-all') : notRun(),
  };
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const abort = () => {
      clearTimeout(timer);
      reject(new UpstreamError('timeout', 'The test upstream was aborted.', { upstream: NAME }));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', abort);
      resolve();
    }, ms);
    if (signal.aborted) abort();
    else signal.addEventListener('abort', abort, { once: true });
  });
}

/** The verdict the test upstream gives an address (magic or not), without waiting or failing. */
export function testVerdict(input: string): Verdict {
  const syntax = checkSyntax(input);
  const email = syntax.normalized ?? input.trim();
  const entry = byAddress.get(email);
  if (!entry) {
    // Not magic: valid syntax is deliverable, anything else undeliverable. Deterministic.
    const score = syntax.valid ? 90 : 0;
    return {
      email,
      result: syntax.valid ? 'deliverable' : 'undeliverable',
      score,
      severity: severityFor(score),
      suggestion: suggest(email)?.full ?? null,
      checks: baseChecks(syntax.valid),
      reasons: syntax.valid ? [] : ['Invalid syntax'],
      source: NAME,
      cached: false,
    };
  }
  return {
    email,
    result: entry.result,
    score: entry.score,
    severity: severityFor(entry.score),
    suggestion: entry.suggestion ?? suggest(email)?.full ?? null,
    checks: { ...baseChecks(true), ...entry.checks },
    reasons: entry.reasons,
    source: NAME,
    cached: false,
  };
}

/**
 * Deterministic mock verdicts for `pk_test_` keys and for integrating: no network, no cost. The
 * addresses in `magicAddresses` always get the same result; any other valid address is
 * deliverable, any invalid one undeliverable.
 */
export function createTestUpstream(): Upstream {
  return {
    name: NAME,
    async validate(email, options) {
      const entry = byAddress.get(checkSyntax(email).normalized ?? '');
      if (entry?.delayMs) await wait(entry.delayMs, options.signal);
      if (entry?.fail) {
        throw new UpstreamError('server', 'The test upstream failed on purpose.', {
          upstream: NAME,
          status: 500,
        });
      }
      return testVerdict(email);
    },
    async ready() {
      return true;
    },
  };
}
