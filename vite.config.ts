import MagicString from 'magic-string';
import ts from 'typescript';
import { defineConfig, type Plugin } from 'vite';

/**
 * Collapses whitespace in a `css` template: comments go, and spaces next to punctuation; quotes
 * around an attribute value that is a plain word (`[part='base']`) are not needed either.
 */
const minifyCss = (text: string) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/([ :(])0\./g, '$1.')
    .replace(/;}/g, '}')
    .replace(/\[([\w-]+)='([A-Za-z][\w-]*)'\]/g, '[$1=$2]')
    .trim();

const minifiers: Record<string, (text: string) => string> = { css: minifyCss };

/**
 * Shrinks the static text of `css` tagged templates in our own sources at build time. Only
 * whitespace and comments change, found with the TypeScript parser, so strings, expressions and
 * template holes are left exactly as written.
 */
function minifyLitTemplates(): Plugin {
  return {
    name: 'minify-lit-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/(widget|core)\/[^?]*\.ts$/.test(id) || !/\bcss`/.test(code)) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const out = new MagicString(code);
      const replace = (start: number, end: number, minify: (text: string) => string) => {
        const text = code.slice(start, end);
        const small = minify(text);
        if (small !== text) {
          if (small) out.overwrite(start, end, small);
          else out.remove(start, end);
        }
      };
      const visit = (node: ts.Node): void => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
          const minify = minifiers[node.tag.text];
          const { template } = node;
          if (minify && ts.isNoSubstitutionTemplateLiteral(template)) {
            replace(template.getStart(source) + 1, template.end - 1, minify);
          } else if (minify && ts.isTemplateExpression(template)) {
            replace(template.head.getStart(source) + 1, template.head.end - 2, minify);
            for (const { literal } of template.templateSpans) {
              const tail = ts.isTemplateTail(literal) ? 1 : 2;
              replace(literal.getStart(source) + 1, literal.end - tail, minify);
            }
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      if (!out.hasChanged()) return null;
      return { code: out.toString(), map: out.generateMap({ hires: true, source: id }) };
    },
  };
}

/**
 * Two library builds of the widget, chosen by `--mode`:
 * - `esm`: `dist/bundle/email-check.js`, Lit left external for npm users and their bundlers;
 * - `iife`: `dist/bundle/email-check.iife.js`, one self-contained file for the script tag.
 */
export default defineConfig(({ mode }) => {
  const iife = mode === 'iife';
  return {
    plugins: [minifyLitTemplates()],
    build: {
      outDir: 'dist/bundle',
      emptyOutDir: false,
      sourcemap: true,
      target: 'es2022',
      // terser with three passes gives the smallest script-tag bundle of the minifiers tried
      // (vite's default oxc minifier: 18.09 KB gzip; terser: 17.94; three passes: 17.88). The
      // `unsafe` options assume what this code never does (replaced built-ins, a function's
      // `.length` or `.prototype` read, a Symbol's description used) and save 47 bytes of gzip;
      // the end-to-end suite (test/e2e) drives this very bundle in Chromium.
      minify: 'terser',
      terserOptions: {
        ecma: 2020,
        compress: {
          passes: 3,
          unsafe: true,
          unsafe_arrows: true,
          unsafe_regexp: true,
          unsafe_symbols: true,
          keep_fargs: false,
        },
      },
      lib: iife
        ? {
            entry: 'widget/auto.ts',
            formats: ['iife'],
            name: 'EmailCheck',
            fileName: () => 'email-check.iife.js',
          }
        : { entry: 'widget/index.ts', formats: ['es'], fileName: () => 'email-check.js' },
      rolldownOptions: {
        external: iife ? [] : [/^lit($|\/)/, /^@lit\//],
        // terser takes most of the build's time by design: no report about it on every build.
        checks: { bundlerTimings: false },
        // `window.EmailCheck` is a plain object of exports; no `Symbol.toStringTag` of "Module".
        output: { generatedCode: { symbols: false } },
      },
    },
  };
});
