import { createRequire } from 'node:module';
import { disposableEmailBlocklist } from 'disposable-email-domains-js';
import type { PipelineConfig } from './options.js';

/**
 * Domain lists: disposable providers (disposable-email-domains-js, CC0-1.0, the community
 * disposable-email-domains blocklist republished weekly), free providers (email-providers, ISC,
 * about 8,700 domains), and the operator's own allow and deny lists.
 *
 * email-providers mixes throwaway services into its list (about 2,800 of its domains are on the
 * disposable list), so the disposable list is subtracted from it: a domain is reported as one
 * or the other, never both.
 */

export interface ListFacts {
  /** On the disposable list (itself or a parent domain), and not allowed by the operator. */
  disposable: boolean;
  /** The list entry that matched, e.g. `mailinator.com` for `x.mailinator.com`. */
  disposableMatch: string | null;
  /** A free mailbox provider (exact domain). */
  free: boolean;
  /** The operator's word on the domain, if any (a deny wins over an allow). */
  operator: 'allow' | 'deny' | null;
}

export interface DomainLists {
  lookup(domain: string): ListFacts;
}

const require = createRequire(import.meta.url);

let disposableSet: ReadonlySet<string> | undefined;
let freeSet: ReadonlySet<string> | undefined;

/** Loaded once per process, on first use: the two lists are about 17,000 domains together. */
function builtInLists() {
  disposableSet ??= new Set(disposableEmailBlocklist().map((domain) => domain.toLowerCase()));
  if (!freeSet) {
    const all = require('email-providers/all.json') as unknown;
    const domains = Array.isArray(all) ? all.filter((d): d is string => typeof d === 'string') : [];
    const disposable = disposableSet;
    freeSet = new Set(
      domains.map((domain) => domain.toLowerCase()).filter((domain) => !disposable.has(domain)),
    );
  }
  return { disposable: disposableSet, free: freeSet };
}

/** The domain itself, then each parent down to the last two labels: `a.b.c.d` → … `c.d`. */
export function domainAndParents(domain: string): string[] {
  const labels = domain.split('.');
  const names: string[] = [];
  for (let i = 0; i <= labels.length - 2; i++) names.push(labels.slice(i).join('.'));
  return names;
}

function firstMatch(domain: string, set: ReadonlySet<string>): string | null {
  return domainAndParents(domain).find((name) => set.has(name)) ?? null;
}

export function createDomainLists(config: PipelineConfig['lists']): DomainLists {
  const lists = builtInLists();
  const allow = new Set(config.allow);
  const deny = new Set(config.deny);
  return {
    lookup(domain) {
      const name = domain.toLowerCase();
      const operator = firstMatch(name, deny) ? 'deny' : firstMatch(name, allow) ? 'allow' : null;
      const disposableMatch = operator === 'allow' ? null : firstMatch(name, lists.disposable);
      return {
        disposable: disposableMatch !== null,
        disposableMatch,
        free: lists.free.has(name),
        operator,
      };
    },
  };
}
