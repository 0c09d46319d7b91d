import { defineConfig } from 'vite';

/**
 * Two library builds of the widget, chosen by `--mode`:
 * - `esm`: `dist/bundle/email-check.js`, Lit left external for npm users and their bundlers;
 * - `iife`: `dist/bundle/email-check.iife.js`, one self-contained file for the script tag.
 */
export default defineConfig(({ mode }) => {
  const iife = mode === 'iife';
  return {
    build: {
      outDir: 'dist/bundle',
      emptyOutDir: false,
      sourcemap: true,
      target: 'es2022',
      minify: true,
      lib: iife
        ? {
            entry: 'widget/auto.ts',
            formats: ['iife'],
            name: 'EmailCheck',
            fileName: () => 'email-check.iife.js',
          }
        : { entry: 'widget/index.ts', formats: ['es'], fileName: () => 'email-check.js' },
      rollupOptions: iife ? {} : { external: [/^lit($|\/)/, /^@lit\//] },
    },
  };
});
