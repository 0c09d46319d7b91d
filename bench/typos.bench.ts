// `npm run bench -- typos`: precision, recall, false-suggestion rate and time per address of our
// suggestions, mailcheck and @zootools/email-spell-checker on the labelled corpus
// (test/fixtures/typos), in one run. Each library is called as its README shows, with its
// default domain lists. Figures only: nothing here passes or fails on a timing.
import { createRequire } from 'node:module';
import emailSpellChecker from '@zootools/email-spell-checker';
import { suggest } from '../core/suggest.js';
import { CORRECT, TYPOS, score } from '../test/fixtures/typos/corpus.js';

interface Found {
  full: string;
}
const require = createRequire(import.meta.url);
const Mailcheck = require('mailcheck') as { run(options: { email: string }): Found | undefined };

const contenders: [name: string, suggester: (address: string) => string | null][] = [
  ['email-check', (address) => suggest(address)?.full ?? null],
  ['mailcheck 1.1.1', (address) => Mailcheck.run({ email: address })?.full ?? null],
  [
    '@zootools/email-spell-checker 1.12.0',
    (address) => emailSpellChecker.run({ email: address })?.full ?? null,
  ],
];

const addresses = [...TYPOS, ...CORRECT].map((item) => item.address);

/** Mean microseconds per address over enough rounds to take about half a second. */
function microsPerAddress(suggester: (address: string) => string | null): number {
  for (const address of addresses) suggester(address); // warm up
  let rounds = 0;
  const start = performance.now();
  while (performance.now() - start < 500) {
    for (const address of addresses) suggester(address);
    rounds++;
  }
  return ((performance.now() - start) * 1000) / (rounds * addresses.length);
}

const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
console.log(`corpus: ${TYPOS.length} typos, ${CORRECT.length} correct addresses\n`);
console.log(
  '| library | precision | recall | false suggestions | µs per address |\n| --- | --- | --- | --- | --- |',
);
for (const [name, suggester] of contenders) {
  const quality = score(suggester);
  const micros = microsPerAddress(suggester);
  console.log(
    `| ${name} | ${quality.precision.toFixed(3)} | ${quality.recall.toFixed(3)} | ${percent(quality.falseRate)} (${quality.falseAlarms.length}) | ${micros.toFixed(2)} |`,
  );
}
