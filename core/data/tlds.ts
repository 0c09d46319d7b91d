// Which top-level domains exist. A real TLD is never "corrected" on an unknown domain
// (`company.io`, `company.co`, `company.cm` stay as typed); only a TLD that does not exist
// (`.con`, `.cmo`, `.ney`, `.ogr`) is fixed. From the IANA root zone list.

// Every two-letter country code: group N lists the second letters of the codes starting with
// the Nth letter of the alphabet (`cdefg…` under `a` means .ac .ad .ae .af .ag …).
const COUNTRY =
  'cdefgilmoqrstuwxz abdefghijmnorstvwyz acdfghiklmnoruvwxyz ejkmoz cegrstu ijkmor abdefghilmnpqrstuwy kmnrtu delmnoqrst emop eghimnprwyz abcikrstuvy acdeghklmnopqrstuvwxyz acefgilopruz m aefghklmnrstwy a eosuw abcdeghijklmnorstuvxyz cdfghjklmnortvwz agksyz aceginu fs  et amw';

// The generic TLDs a slip away from the ones we fix to (com, net, org, edu, gov, info, biz): the
// only ones that could be mistaken for a typo, so the only ones worth shipping.
const GENERIC =
  'bet bid bio biz box buzz cam com edu goog gop got gov info nec net new next nico ntt ong org ott';

const REAL = new Set(GENERIC.split(' '));
COUNTRY.split(' ').forEach((seconds, index) => {
  const first = String.fromCharCode(97 + index);
  for (const second of seconds) REAL.add(first + second);
});

/** Whether `label` (lowercase, no dot) is a top-level domain that exists. */
export function isRealTld(label: string): boolean {
  return REAL.has(label);
}
