/**
 * The most common disposable (throwaway) mail domains, for an instant hint in the browser. The
 * proxy's disposable check holds the full list; this one stays small enough to ship in the widget.
 */
export const commonDisposableDomains: ReadonlySet<string> = new Set([
  '10minutemail.com',
  '10minutemail.net',
  '1secmail.com',
  'burnermail.io',
  'discard.email',
  'dispostable.com',
  'emailondeck.com',
  'fakeinbox.com',
  'getairmail.com',
  'getnada.com',
  'grr.la',
  'guerrillamail.com',
  'guerrillamail.net',
  'guerrillamail.org',
  'guerrillamailblock.com',
  'mailcatch.com',
  'maildrop.cc',
  'mailinator.com',
  'mailnesia.com',
  'mintemail.com',
  'mohmal.com',
  'moakt.com',
  'sharklasers.com',
  'spamgourmet.com',
  'temp-mail.org',
  'tempail.com',
  'tempmailo.com',
  'tempr.email',
  'throwawaymail.com',
  'trashmail.com',
  'yopmail.com',
  'yopmail.fr',
]);

/**
 * Whether a domain (ASCII, any case, trailing dot ignored) is one of the common disposable
 * domains or a subdomain of one (`x.mailinator.com`).
 */
export function isCommonDisposable(domain: string): boolean {
  let name = domain.toLowerCase();
  if (name.endsWith('.')) name = name.slice(0, -1);
  for (;;) {
    if (commonDisposableDomains.has(name)) return true;
    const dot = name.indexOf('.');
    if (dot < 0) return false;
    name = name.slice(dot + 1);
  }
}
