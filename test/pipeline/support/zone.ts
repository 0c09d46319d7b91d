import type { Zone } from './dns-server.js';

/**
 * The test zone. Every mail host that the tests connect to resolves to 127.0.0.1 (the test SMTP
 * server), which only a pipeline with `allowPrivate` may contact.
 */
export const testZone: Zone = {
  // One MX, on loopback.
  'mail.test': { mx: [{ exchange: 'mx.mail.test', priority: 10 }] },
  'mx.mail.test': { a: ['127.0.0.1'] },
  // Several MX with preferences, listed out of order; the preferred one has no address.
  'multi.test': {
    mx: [
      { exchange: 'mx3.multi.test', priority: 30 },
      { exchange: 'mx1.multi.test', priority: 10 },
      { exchange: 'mx2.multi.test', priority: 20 },
    ],
  },
  'mx1.multi.test': {},
  'mx2.multi.test': { a: ['127.0.0.1'] },
  'mx3.multi.test': { a: ['127.0.0.1'] },
  // RFC 7505 null MX.
  'nullmx.test': { mx: [{ exchange: '', priority: 0 }] },
  // No MX, a public A: the RFC 5321 fallback.
  'afallback.test': { a: ['93.184.215.14'] },
  // No MX, A on loopback: the fallback a test with allowPrivate can connect to.
  'loopfallback.test': { a: ['127.0.0.1'] },
  // No MX, a private A and a public AAAA: the fallback uses the AAAA.
  'mixed.test': { a: ['10.1.2.3'], aaaa: ['2a00:1450:4001::1b'] },
  // No MX and a private A: no fallback.
  'privatea.test': { a: ['10.1.2.3'] },
  // The domain exists but has neither MX nor address records.
  'nodata.test': {},
  'servfail.test': { rcode: 'SERVFAIL' },
  'refused.test': { rcode: 'REFUSED' },
  'silent.test': { silent: true },
  // bücher.test, as the pipeline asks for it.
  'xn--bcher-kva.test': { mx: [{ exchange: 'mx.mail.test', priority: 10 }] },
  // An MX pointing at private and loopback addresses.
  'privatemx.test': {
    mx: [
      { exchange: 'mx.privatemx.test', priority: 10 },
      { exchange: 'mx2.privatemx.test', priority: 20 },
    ],
  },
  'mx.privatemx.test': { a: ['127.0.0.1'] },
  'mx2.privatemx.test': { a: ['192.168.1.10'] },
  // An MX host whose own name does not resolve.
  'danglingmx.test': { mx: [{ exchange: 'gone.danglingmx.test', priority: 10 }] },
  // Mail hosts with special behaviour (see smtp-server.ts).
  'catchall.test': { mx: [{ exchange: 'mx.mail.test', priority: 10 }] },
  'onercpt.test': { mx: [{ exchange: 'mx.mail.test', priority: 10 }] },
  // On the disposable list; its MX is real.
  'mailinator.com': { mx: [{ exchange: 'mx.mail.test', priority: 10 }] },
  'gmail.com': { mx: [{ exchange: 'mx.mail.test', priority: 10 }] },
};
