// `npm run size`: what each shipped file costs a page, and the budgets it must keep.
// core/ as the browser gets it (syntax + suggestions + data): at most 5 KB min+gzip.
// The script-tag bundle, Lit included: at most 14 KB gzip.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export interface Size {
  name: string;
  raw: number;
  gzip: number;
  brotli: number;
  budget?: number;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;

function sizeOf(name: string, code: Uint8Array, budget?: number): Size {
  return {
    name,
    raw: code.byteLength,
    gzip: gzipSync(code, { level: 9 }).byteLength,
    brotli: brotliCompressSync(code).byteLength,
    budget,
  };
}

/** core/'s browser entry (the instant checks) bundled and minified the way a bundler ships it. */
export async function measureCore(): Promise<Size> {
  const result = await build({
    entryPoints: ['core/instant.ts'],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild produced no output for core/instant.ts');
  return sizeOf('core (instant checks, min)', file.contents, 5 * 1024);
}

/** The built widget bundles under dist/bundle (run `npm run build` first). */
export function measureBundles(): Size[] {
  const dir = 'dist/bundle';
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.js'))
    .sort()
    .map((file) =>
      sizeOf(
        file,
        readFileSync(`${dir}/${file}`),
        file === 'email-check.iife.js' ? 14 * 1024 : undefined,
      ),
    );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = [await measureCore(), ...measureBundles()];
  if (sizes.length === 1) console.log('(no dist/bundle yet: run `npm run build` for the widget)');
  let over = false;
  console.log(
    'file'.padEnd(32),
    'raw'.padStart(10),
    'gzip'.padStart(10),
    'brotli'.padStart(10),
    ' budget (gzip)',
  );
  for (const size of sizes) {
    const verdict =
      size.budget === undefined
        ? ''
        : size.gzip <= size.budget
          ? ` ≤ ${kb(size.budget)} ok`
          : ` > ${kb(size.budget)} OVER`;
    if (size.budget !== undefined && size.gzip > size.budget) over = true;
    console.log(
      size.name.padEnd(32),
      kb(size.raw).padStart(10),
      kb(size.gzip).padStart(10),
      kb(size.brotli).padStart(10),
      verdict,
    );
  }
  process.exit(over ? 1 : 0);
}
