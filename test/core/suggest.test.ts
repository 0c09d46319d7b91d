import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KNOWN_DOMAINS } from '../../core/data/domains.js';
import { suggest } from '../../core/suggest.js';
import { checkSyntax } from '../../core/syntax.js';

const domainOf = (address: string) => suggest(address)?.domain ?? null;

describe('suggest', () => {
  it.each([
    ['gmial.com', 'gmail.com'],
    ['gnail.com', 'gmail.com'],
    ['gmaim.com', 'gmail.com'],
    ['hotmal.com', 'hotmail.com'],
    ['yahooo.com', 'yahoo.com'],
    ['outlok.com', 'outlook.com'],
    ['iclod.com', 'icloud.com'],
    ['gmaiil.con', 'gmail.com'],
    ['hotmial.con', 'hotmail.com'],
    ['yahooo.cm', 'yahoo.com'],
    ['iclould.con', 'icloud.com'],
    ['hotmaill.co.uk', 'hotmail.co.uk'],
  ])('corrects the second-level typo %s to %s', (typed, meant) => {
    expect(domainOf(`jane@${typed}`)).toBe(meant);
  });

  it.each([
    ['gmail.con', 'gmail.com'],
    ['gmail.cmo', 'gmail.com'],
    ['gmail.comm', 'gmail.com'],
    ['gmail.cm', 'gmail.com'],
    ['hotmail.co', 'hotmail.com'],
    ['comcast.ney', 'comcast.net'],
    ['yahoo.co.uj', 'yahoo.co.uk'],
    ['hotmail.co.ik', 'hotmail.co.uk'],
    ['optusnet.com.ua', 'optusnet.com.au'],
  ])("corrects a provider's mistyped ending %s to %s", (typed, meant) => {
    expect(domainOf(`jane@${typed}`)).toBe(meant);
  });

  it.each([
    ['acme.con', 'acme.com'],
    ['acme.cmo', 'acme.com'],
    ['acme.ney', 'acme.net'],
    ['acme.ogr', 'acme.org'],
    ['acme.co.con', 'acme.co.com'],
  ])('fixes a TLD that does not exist on an unknown domain: %s to %s', (typed, meant) => {
    expect(domainOf(`jane@${typed}`)).toBe(meant);
  });

  it.each(['io', 'ai', 'co', 'dev', 'app', 'it', 'cm', 'me', 'so', 'xyz', 'tech'])(
    'leaves a real TLD on an unknown domain alone: company.%s',
    (tld) => {
      expect(suggest(`jane@company.${tld}`)).toBeNull();
    },
  );

  it.each([
    'hey.com',
    'pm.me',
    'proton.me',
    'mail.com',
    'email.com',
    'ymail.com',
    'gmx.com',
    'me.com',
    'mac.com',
    'aim.com',
    'fastmail.fm',
    'web.de',
    'ya.ru',
    'qq.com',
  ])('never rewrites the real mail domain %s', (domain) => {
    expect(suggest(`jane@${domain}`)).toBeNull();
  });

  it('never rewrites any domain it knows', () => {
    const rewritten = [...KNOWN_DOMAINS.keys()].filter((domain) => suggest(`jane@${domain}`));
    expect(rewritten).toEqual([]);
  });

  it.each([
    ['jane@gmail', 'jane@gmail.com'],
    ['jane@yahoo', 'jane@yahoo.com'],
    ['jane@hotmial', 'jane@hotmail.com'],
    ['jane@gmailcom', 'jane@gmail.com'],
    ['jane@hotmailcouk', 'jane@hotmail.co.uk'],
  ])('restores a missing TLD or dot: %s to %s', (typed, meant) => {
    expect(suggest(typed)?.full).toBe(meant);
  });

  it.each([
    ['jane@gmail,com', 'jane@gmail.com'],
    ['jane@gmail..com', 'jane@gmail.com'],
    ['jane@gmail.com.', 'jane@gmail.com'],
    ['jane@ gmail.com', 'jane@gmail.com'],
    ['jane@acme..io', 'jane@acme.io'],
  ])('undoes punctuation slips that make the address invalid: %s', (typed, meant) => {
    expect(suggest(typed)?.full).toBe(meant);
  });

  it('suggests comcast.net for comcast.com: the provider mails from .net, not .com', () => {
    expect(domainOf('jane@comcast.com')).toBe('comcast.net');
    expect(domainOf('jane@gmail.net')).toBe('gmail.com');
  });

  it('does not swap .com and .net for smaller providers, whose .com is often a real company', () => {
    expect(suggest('jane@telefonica.com')).toBeNull();
  });

  it('abstains when two corrections are equally likely', () => {
    // .ed: yahoo.es (d next to s) or yahoo.de (swapped letters)?
    expect(suggest('jane@yahoo.ed')).toBeNull();
  });

  it("abstains on a multi-country provider's name with a real country code it may own", () => {
    expect(suggest('jane@yahoo.se')).toBeNull();
    expect(suggest('jane@hotmail.gr')).toBeNull();
  });

  it.each(['gmc.com', 'max.com', 'cloud.com', 'wahoo.com', 'aon.com', 'q.com'])(
    'does not pull the real domain %s onto a short or distant provider name',
    (domain) => {
      expect(suggest(`jane@${domain}`)).toBeNull();
    },
  );

  it('keeps the local part exactly as typed', () => {
    expect(suggest('Jane.Doe+Signup@gmial.com')?.full).toBe('Jane.Doe+Signup@gmail.com');
    expect(suggest("o'brien@Hotmial.COM")?.full).toBe("o'brien@hotmail.com");
  });

  it('treats the case of a known domain as no mistake', () => {
    expect(suggest('Jane@Gmail.COM')).toBeNull();
  });

  it.each(['', '   ', 'jane', '@gmial.com', 'jane@', 'jane@@gmial.com', 'ja ne@gmial.com'])(
    'returns nothing for %j, which no domain fix can make valid',
    (input) => {
      expect(suggest(input)).toBeNull();
    },
  );

  it('returns nothing for a domain far longer than any mail domain', () => {
    expect(suggest(`jane@${'gmail'.repeat(400)}.com`)).toBeNull();
  });

  it('only ever suggests valid addresses with the local part unchanged, and never throws', () => {
    const domains = [...KNOWN_DOMAINS.keys()];
    const typo = fc
      .tuple(
        fc.constantFrom(...domains),
        fc.nat(40),
        fc.constantFrom('', 'a', 'o', '.', ',', 'm', 'x', '-', 'é'),
        fc.nat(2),
      )
      .map(([domain, at, letter, drop]) => {
        const i = at % (domain.length + 1);
        return domain.slice(0, i) + letter + domain.slice(i + drop);
      });
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('jane', 'J.Doe+x', 'a')),
        fc.oneof(typo, fc.string({ unit: 'grapheme', maxLength: 40 })),
        (local, domain) => {
          const address = `${local}@${domain}`;
          const found = suggest(address);
          if (found === null) return;
          expect(checkSyntax(found.full).valid).toBe(true);
          expect(found.full).toBe(
            `${address.trim().slice(0, address.trim().lastIndexOf('@'))}@${found.domain}`,
          );
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('never throws on any string up to 2,000 characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (input) => {
        const found = suggest(input);
        expect(found === null || typeof found.full === 'string').toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
