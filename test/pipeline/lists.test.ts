import { describe, expect, it } from 'vitest';
import { createDomainLists, domainAndParents } from '../../proxy/pipeline/lists.js';

const lists = createDomainLists({ allow: [], deny: [] });

describe('domain lists', () => {
  it('reports a domain on the disposable list', () => {
    expect(lists.lookup('mailinator.com')).toMatchObject({
      disposable: true,
      disposableMatch: 'mailinator.com',
    });
  });

  it('reports subdomains of a disposable domain as disposable', () => {
    expect(lists.lookup('inbox.eu.mailinator.com')).toMatchObject({
      disposable: true,
      disposableMatch: 'mailinator.com',
    });
  });

  it('does not call a domain disposable because it ends like one', () => {
    expect(lists.lookup('mymailinator.com').disposable).toBe(false);
  });

  it('reports free providers, and never one that is also disposable', () => {
    expect(lists.lookup('gmail.com')).toMatchObject({ free: true, disposable: false });
    expect(lists.lookup('GMX.de').free).toBe(true);
    // mailinator.com is in the free-provider package too; the disposable list wins.
    expect(lists.lookup('mailinator.com').free).toBe(false);
  });

  it('reports an ordinary company domain as neither', () => {
    expect(lists.lookup('example-company.org')).toEqual({
      disposable: false,
      disposableMatch: null,
      free: false,
      operator: null,
    });
  });

  it('lets the operator allow a disposable domain and its subdomains', () => {
    const allowed = createDomainLists({ allow: ['mailinator.com'], deny: [] });
    expect(allowed.lookup('a.mailinator.com')).toMatchObject({
      disposable: false,
      operator: 'allow',
    });
  });

  it('lets the operator deny a domain and its subdomains, a deny winning over an allow', () => {
    const denied = createDomainLists({ allow: ['rival.test'], deny: ['rival.test'] });
    expect(denied.lookup('eu.rival.test').operator).toBe('deny');
  });
});

describe('domainAndParents', () => {
  it('lists the domain and each parent down to two labels', () => {
    expect(domainAndParents('a.b.example.org')).toEqual([
      'a.b.example.org',
      'b.example.org',
      'example.org',
    ]);
  });
});
