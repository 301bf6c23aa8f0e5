import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';

/**
 * Writes sw.js with the list of the app shell's files (their names carry content hashes), so that the
 * service worker caches exactly this build and drops the previous one.
 */
function serviceWorker(): Plugin {
  return {
    name: 'ledger-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = [...Object.keys(bundle), ...readdirSync('public')]
        .filter((name) => name !== 'index.html' && !name.endsWith('.map'))
        .map((name) => `/${name}`)
        .sort();
      const shell = ['/', ...files];
      const version = createHash('sha256').update(shell.join('\n')).digest('hex').slice(0, 12);
      const source = readFileSync('sw/service-worker.js', 'utf8')
        .replace('__SHELL__', JSON.stringify(shell))
        .replace('__VERSION__', JSON.stringify(version).slice(1, -1));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}

// The build lands where Quarkus serves static files from, so the jar (and a native image) carries it.
export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  plugins: [serviceWorker()],
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
