// Which top-level domains exist. A real TLD is never "corrected" on an unknown domain
// (`company.io`, `company.co`, `company.cm` stay as typed); only a TLD that does not exist
// (`.con`, `.cmo`, `.ney`, `.ogr`) is fixed. From the IANA root zone list.

// Every two-letter country code, as a bitmap: bit 26 × (first letter) + (second letter), with
// a = 0, is set when that code exists (test/core/typo/tlds.test.ts spells the list out).
const COUNTRY = atob(
  'fFnf7s+53d4nP4QVgFQAHgBcCbCf+xUAjQYYeA9AQAMAHSv0QYFP3fz/1yVLCAABQDyPUwEAAEAAUfH95zu7n5pBBARXhUAAAkAAAAAAEAAIBEAAAQ==',
);

// The generic TLDs a slip away from the ones we fix to (com, net, org, edu, gov, info, biz): the
// only ones that could be mistaken for a typo, so the only ones worth shipping.
const GENERIC =
  'bet bid bio biz box buzz cam com edu goog gop got gov info nec net new next nico ntt ong org ott';

const GENERIC_SET = new Set(GENERIC.split(' '));

/** Whether `label` (lowercase, no dot) is a top-level domain that exists. */
export function isRealTld(label: string): boolean {
  if (label.length !== 2 || !/^[a-z]{2}$/.test(label)) return GENERIC_SET.has(label);
  const bit = (label.charCodeAt(0) - 97) * 26 + label.charCodeAt(1) - 97;
  return ((COUNTRY.charCodeAt(bit >> 3) >> (bit & 7)) & 1) === 1;
}
