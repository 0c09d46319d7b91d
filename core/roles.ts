/**
 * Role local parts: mailboxes that belong to a function rather than a person, so mail to them
 * reaches a team, a ticket queue or nobody. RFC 2142 names the first group; the rest are the
 * ones sign-up forms see most. An instant hint only: the verdict's `roleBased` check decides.
 */

/** RFC 2142 mailbox names (sections 3-5). */
const RFC_2142 = [
  'info',
  'marketing',
  'sales',
  'support',
  'abuse',
  'noc',
  'security',
  'postmaster',
  'hostmaster',
  'usenet',
  'news',
  'webmaster',
  'www',
  'uucp',
  'ftp',
];

/** Common role mailboxes beyond RFC 2142. */
const COMMON = [
  'accounting',
  'accounts',
  'admin',
  'administrator',
  'all',
  'billing',
  'careers',
  'community',
  'compliance',
  'contact',
  'contactus',
  'customercare',
  'customerservice',
  'dev',
  'devnull',
  'donotreply',
  'enquiries',
  'enquiry',
  'everyone',
  'feedback',
  'finance',
  'hello',
  'help',
  'helpdesk',
  'hr',
  'inquiries',
  'inquiry',
  'investors',
  'it',
  'jobs',
  'legal',
  'list',
  'mail',
  'mailerdaemon',
  'media',
  'newsletter',
  'noreply',
  'notifications',
  'office',
  'ops',
  'orders',
  'owner',
  'partners',
  'press',
  'privacy',
  'recruiting',
  'recruitment',
  'reception',
  'root',
  'service',
  'staff',
  'subscribe',
  'sysadmin',
  'team',
  'tech',
  'unsubscribe',
];

/** Role names with separators removed: `no-reply`, `no_reply` and `no.reply` all match `noreply`. */
export const roleLocals: ReadonlySet<string> = new Set([...RFC_2142, ...COMMON]);

const SEPARATORS = /[.\-_]/g;

/**
 * Whether a local part names a role mailbox. Ignores case, a `+tag` and the separators `.`, `-`
 * and `_` (so `No-Reply+news` is one).
 */
export function isRoleLocal(local: string): boolean {
  const plus = local.indexOf('+');
  const base = (plus < 0 ? local : local.slice(0, plus)).toLowerCase().replace(SEPARATORS, '');
  return roleLocals.has(base);
}
