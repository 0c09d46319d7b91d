import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  // Tell Vue that <email-check> is a custom element, not a Vue component.
  plugins: [
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'email-check' } } }),
  ],
  logLevel: 'warn',
  build: {
    rollupOptions: {
      input: {
        html: resolve(import.meta.dirname, 'index.html'),
        react: resolve(import.meta.dirname, 'react/index.html'),
        vue: resolve(import.meta.dirname, 'vue/index.html'),
      },
    },
  },
});
