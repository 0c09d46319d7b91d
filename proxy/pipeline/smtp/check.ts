import { setTimeout as sleep } from 'node:timers/promises';
import type { DomainFacts, DomainResolver } from '../dns.js';
import type { PipelineConfig } from '../options.js';
import type { RcptOutcome } from './classify.js';
import type { SmtpFailureKind } from './connection.js';
import { runDialogue, type DialogueResult } from './dialogue.js';
import type { HostLimiter } from './limiter.js';
import { describeReply } from './reply.js';

/**
 * What the SMTP stage found, as data for the verdict model:
 * - an RCPT outcome (`accepted`, `no-mailbox`, `full`, `policy`, `temporary`, `unclear`);
 * - `refused`: refused before RCPT (greeting, EHLO, MAIL FROM), so the mailbox is untold;
 * - `unreachable`: every host tried failed (connect, timeout, dropped, TLS, protocol);
 * - `no-public-host`: the mail hosts resolve only to addresses we must not connect to;
 * - `dns-failed`: the mail hosts' addresses could not be resolved;
 * - `aborted`: the verdict's deadline came first.
 */
export type SmtpStatus =
  RcptOutcome | 'refused' | 'unreachable' | 'no-public-host' | 'dns-failed' | 'aborted';

export interface SmtpFindings {
  status: SmtpStatus;
  /** The host that answered (or the last one tried). */
  host: string | null;
  address: string | null;
  /** The deciding reply, as sent (`550 5.1.1 no such user`), if any. */
  reply: string | null;
  code: number | null;
  enhanced: string | null;
  /** `true`: any local part is accepted; `false`: a random one is refused; `null`: untold. */
  catchAll: boolean | null;
  /** The session ran over STARTTLS. */
  tls: boolean;
  /** A temporary reply was retried once. */
  retried: boolean;
  /** How the last failed attempt failed, for `unreachable`. */
  failure: SmtpFailureKind | null;
  /** Addresses refused by the address policy (private, loopback, …). */
  refusedAddresses: string[];
}

export interface SmtpCheckOptions {
  email: string;
  domain: string;
  facts: DomainFacts;
  config: PipelineConfig;
  dns: DomainResolver;
  limiter: HostLimiter;
  catchAll: boolean;
  /** Epoch milliseconds by which the verdict must be settled. */
  deadline: number;
  signal: AbortSignal;
}

const empty = {
  host: null,
  address: null,
  reply: null,
  code: null,
  enhanced: null,
  catchAll: null,
  tls: false,
  retried: false,
  failure: null,
  refusedAddresses: [],
} satisfies Omit<SmtpFindings, 'status'>;

interface Target {
  host: string;
  address: string;
}

/** MX hosts in preference order (at most `maxHosts`), each with its first usable address. */
async function targets(options: SmtpCheckOptions) {
  const { facts, config, dns, signal, domain } = options;
  const found: Target[] = [];
  const refused: string[] = [];
  let dnsFailed = false;
  if (facts.status === 'address') {
    const [address] = facts.addresses;
    if (address) found.push({ host: domain, address });
  } else if (facts.status === 'mx') {
    for (const mx of facts.mx) {
      if (found.length >= config.smtp.maxHosts) break;
      const host = await dns.host(mx.exchange, signal);
      if (host.status === 'resolved') {
        refused.push(...host.refused);
        const [address] = host.addresses;
        if (address) found.push({ host: mx.exchange, address });
      } else if (host.status === 'failed') dnsFailed = true;
    }
  }
  return { found, refused, dnsFailed };
}

function fromDialogue(
  result: DialogueResult,
  target: Target,
  retried: boolean,
  refused: string[],
): SmtpFindings {
  const base = {
    ...empty,
    host: target.host,
    address: target.address,
    tls: result.tls,
    retried,
    refusedAddresses: refused,
  };
  if (result.kind === 'failure') {
    return {
      ...base,
      status: result.failure === 'aborted' ? 'aborted' : 'unreachable',
      failure: result.failure,
      reply: result.message,
    };
  }
  const reply = {
    reply: describeReply(result.reply),
    code: result.reply.code,
    enhanced: result.reply.enhanced,
  };
  if (result.kind === 'refused') return { ...base, ...reply, status: 'refused' };
  return { ...base, ...reply, status: result.outcome, catchAll: result.catchAll };
}

/** Asks the domain's mail hosts about the mailbox, within the per-host limit and the deadline. */
export async function checkMailbox(options: SmtpCheckOptions): Promise<SmtpFindings> {
  const { config, limiter, signal } = options;
  const { found, refused, dnsFailed } = await targets(options);
  if (signal.aborted) return { ...empty, status: 'aborted', refusedAddresses: refused };
  if (found.length === 0) {
    const status = dnsFailed ? 'dns-failed' : refused.length > 0 ? 'no-public-host' : 'unreachable';
    return { ...empty, status, refusedAddresses: refused };
  }
  let last: SmtpFindings | null = null;
  for (const target of found) {
    let retried = false;
    for (;;) {
      const release = await limiter.acquire(`${target.address}:${config.smtp.port}`, signal);
      if (!release)
        return { ...empty, status: 'aborted', host: target.host, refusedAddresses: refused };
      let result: DialogueResult;
      try {
        result = await runDialogue({
          address: target.address,
          host: target.host,
          email: options.email,
          domain: options.domain,
          smtp: config.smtp,
          catchAll: options.catchAll,
          signal,
        });
      } finally {
        release();
      }
      last = fromDialogue(result, target, retried, refused);
      const temporary = result.kind === 'answer' && result.outcome === 'temporary';
      // Greylisting: one retry, only if it can still finish before the deadline.
      const roomForRetry =
        Date.now() + config.smtp.retryDelayMs + config.smtp.commandTimeoutMs < options.deadline;
      if (temporary && !retried && roomForRetry) {
        retried = true;
        const waited = await sleep(config.smtp.retryDelayMs, true, { signal }).catch(() => false);
        if (!waited) return { ...last, status: 'aborted' };
        continue;
      }
      break;
    }
    // A host that answered settles it; only an unreachable one sends us to the next MX.
    if (last.status !== 'unreachable') return last;
  }
  return last ?? { ...empty, status: 'unreachable', refusedAddresses: refused };
}
