import { isRoleLocal } from '../../core/roles.js';
import { suggest } from '../../core/suggest.js';
import { checkSyntax } from '../../core/syntax.js';
import type { Verdict } from '../../core/verdict.js';
import { createDomainResolver } from './dns.js';
import type { Findings } from './findings.js';
import { createDomainLists } from './lists.js';
import { parsePipelineOptions, type PipelineOptions } from './options.js';
import { checkMailbox } from './smtp/check.js';
import { createHostLimiter } from './smtp/limiter.js';
import { buildVerdict } from './verdict.js';

export interface ValidateCallOptions {
  /** Aborts the verdict; whatever was not settled by then is `unknown`. */
  signal?: AbortSignal;
  /** Skip the SMTP stage for this call. Default `false`. */
  quickMode?: boolean;
  /** Skip the catch-all probe for this call. Default `false`. */
  skipCatchAll?: boolean;
}

export interface Pipeline {
  /** The verdict for one address; never rejects for anything the network does. */
  validate(email: string, options?: ValidateCallOptions): Promise<Verdict>;
  /** Aborts verdicts in progress and releases sockets, timers and caches. */
  close(): Promise<void>;
  /** Domain and host facts cached right now. */
  readonly cachedDomains: number;
}

/**
 * The local pipeline: syntax, lists and role (instant), DNS (cached, shared in flight), then
 * SMTP when enabled, all under one deadline. A stage that settles the verdict (invalid syntax,
 * a domain that takes no mail) stops the run there. Options are checked here, at setup.
 */
export function createPipeline(options: PipelineOptions = {}): Pipeline {
  const config = parsePipelineOptions(options);
  const dns = createDomainResolver(config);
  const lists = createDomainLists(config.lists);
  const limiter = createHostLimiter(config.smtp.maxConnectionsPerHost);
  const running = new Set<AbortController>();
  let closed = false;

  async function run(
    findings: Findings,
    call: ValidateCallOptions,
    signal: AbortSignal,
    deadline: number,
  ) {
    const domain = findings.syntax.asciiDomain ?? '';
    findings.lists = lists.lookup(domain);
    findings.role = isRoleLocal(findings.syntax.local ?? '');
    findings.domain = await dns.domain(domain, signal);
    findings.deadlineReached = signal.aborted;
    const routable = findings.domain.status === 'mx' || findings.domain.status === 'address';
    if (!routable) findings.smtpSkipped = 'the domain settled the verdict';
    else if (findings.lists.operator === 'deny') findings.smtpSkipped = 'domain denied';
    else if (!config.smtp.enabled) findings.smtpSkipped = 'SMTP checks are off';
    else if (call.quickMode) findings.smtpSkipped = 'quick mode';
    if (findings.smtpSkipped) return;
    findings.smtp = await checkMailbox({
      email: findings.syntax.normalized ?? '',
      domain,
      facts: findings.domain,
      config,
      dns,
      limiter,
      catchAll: config.smtp.catchAll && !call.skipCatchAll,
      deadline,
      signal,
    });
    findings.deadlineReached = signal.aborted;
  }

  return {
    async validate(email, call = {}) {
      if (typeof email !== 'string') {
        throw new TypeError(`validate() takes the address as a string, got ${typeof email}`);
      }
      const syntax = checkSyntax(email);
      const findings: Findings = {
        input: email,
        syntax,
        suggestion: syntax.valid ? (suggest(email.trim())?.full ?? null) : null,
        domain: null,
        lists: null,
        role: null,
        smtp: null,
        smtpSkipped: null,
        deadlineReached: false,
      };
      if (!syntax.valid) return buildVerdict(findings);
      if (closed) throw new Error('The pipeline is closed; create a new one with createPipeline()');

      const controller = new AbortController();
      running.add(controller);
      const timer = setTimeout(() => controller.abort(), config.timeoutMs);
      const signal = call.signal
        ? AbortSignal.any([call.signal, controller.signal])
        : controller.signal;
      try {
        await run(findings, call, signal, Date.now() + config.timeoutMs);
      } finally {
        clearTimeout(timer);
        running.delete(controller);
      }
      return buildVerdict(findings);
    },
    async close() {
      closed = true;
      for (const controller of running) controller.abort();
      dns.close();
    },
    get cachedDomains() {
      return dns.size;
    },
  };
}
