// Known mail domains with a popularity weight (4: the giants, 3: national leaders, 2: large
// providers and ISPs, 1: known but smaller). A suggestion may only land on one of these, and a
// domain on this list is never rewritten. Kept compact for the browser: each entry is
// `<weight><suffix> <label> <label> …` and stands for `label.suffix` for every label. Listed most
// popular first, `.com` first among equals: the typo scan takes them in this order.
const ENTRIES = [
  '4com gmail yahoo hotmail outlook icloud aol',
  '3com live msn ymail googlemail me mac protonmail gmx mail email qq 163 126 naver rocketmail sky btinternet',
  '3net comcast att verizon sbcglobal cox charter earthlink gmx bellsouth',
  '3me proton',
  '3de gmx web t-online',
  '3ru mail yandex',
  '3co.uk hotmail yahoo live',
  '3fr hotmail yahoo orange free',
  '3it hotmail libero',
  '3es hotmail yahoo',
  '3ca yahoo hotmail shaw',
  '3co.jp yahoo',
  '3co.in yahoo',
  '3com.br yahoo bol uol',
  '3com.au optusnet',
  '2com aim hey zoho yandex fastmail tutanota bigpond rediffmail sina foxmail rogers',
  '2net optonline laposte daum hanmail',
  '2me pm',
  '2fm fastmail',
  '2de freenet yahoo hotmail outlook',
  '2at gmx',
  '2ch gmx bluewin',
  '2fr wanadoo sfr live outlook',
  '2it virgilio alice yahoo live',
  '2nl ziggo live hotmail',
  '2be telenet skynet hotmail',
  '2ru ya rambler bk list inbox',
  '2pl wp o2 onet interia',
  '2cz seznam',
  '2ne.jp docomo ezweb',
  '2com.br terra hotmail',
  '2net.mx prodigy',
  '2com.mx yahoo hotmail',
  '2com.ar yahoo hotmail',
  '2com.au hotmail yahoo',
  '2co.nz xtra',
  '2ca sympatico',
];

/** Every known mail domain mapped to its popularity weight, 1 (known) to 4 (giant). */
export const KNOWN_DOMAINS: ReadonlyMap<string, number> = (() => {
  const known = new Map<string, number>();
  for (const entry of ENTRIES) {
    const [head = '', ...labels] = entry.split(' ');
    const weight = Number(head[0]);
    for (const label of labels) {
      const domain = `${label}.${head.slice(1)}`;
      // An entry listed twice keeps its highest weight.
      known.set(domain, Math.max(weight, known.get(domain) ?? 0));
    }
  }
  return known;
})();
