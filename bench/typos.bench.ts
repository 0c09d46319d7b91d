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

/**
 * Mean CPU microseconds per address over about `ms` milliseconds of repeated passes. CPU time
 * rather than wall time: on a shared machine, time spent waiting for a core is not the code's.
 */
function microsPerAddress(suggester: (address: string) => string | null, ms: number): number {
  let rounds = 0;
  const start = performance.now();
  const cpu = process.cpuUsage();
  while (performance.now() - start < ms) {
    for (const address of addresses) suggester(address);
    rounds++;
  }
  const used = process.cpuUsage(cpu);
  return (used.user + used.system) / (rounds * addresses.length);
}

// The contenders take turns, several times over, and each reports its median: a machine busy
// with something else slows all of them alike instead of whichever ran at the time.
for (const [, suggester] of contenders) microsPerAddress(suggester, 200);
const samples = contenders.map(() => [] as number[]);
for (let turn = 0; turn < 7; turn++) {
  contenders.forEach(([, suggester], i) => samples[i]?.push(microsPerAddress(suggester, 150)));
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? NaN;

const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
console.log(`corpus: ${TYPOS.length} typos, ${CORRECT.length} correct addresses\n`);
console.log(
  '| library | precision | recall | false suggestions | CPU µs per address |\n| --- | --- | --- | --- | --- |',
);
for (const [name, suggester] of contenders) {
  const quality = score(suggester);
  const micros = median(samples[contenders.findIndex(([other]) => other === name)] ?? []);
  console.log(
    `| ${name} | ${quality.precision.toFixed(3)} | ${quality.recall.toFixed(3)} | ${percent(quality.falseRate)} (${quality.falseAlarms.length}) | ${micros.toFixed(2)} |`,
  );
}
