// `npm run bench` runs every bench/*.bench.ts in turn; `npm run bench -- typos proxy` runs those.
// Benchmarks print figures; they never pass or fail on a timing.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const wanted = process.argv.slice(2);
const files = readdirSync('bench')
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => wanted.length === 0 || wanted.some((name) => file.startsWith(name)))
  .sort();

if (files.length === 0) {
  console.error(`No benchmark matches ${wanted.join(', ')}.`);
  process.exit(2);
}

let status = 0;
for (const file of files) {
  console.log(`\n## ${file}\n`);
  const result = spawnSync('node_modules/.bin/tsx', [`bench/${file}`], { stdio: 'inherit' });
  if (result.status !== 0) status = 1;
}
process.exit(status);
