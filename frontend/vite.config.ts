import { defineConfig } from 'vite';

// The build lands where Quarkus serves static files from, so the jar (and a native image) carries it.
export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: '../target/classes/META-INF/resources',
    emptyOutDir: true,
    modulePreload: { polyfill: false },
  },
  server: {
    proxy: { '/api': 'http://localhost:8080' },
  },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
  },
});
