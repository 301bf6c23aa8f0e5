/*
 * The service worker keeps the app shell (index.html, scripts, styles, icons) so that the app starts
 * without a network. It never stores API answers: /api/ and /q/ requests are left to the network, untouched.
 * SHELL and VERSION are written in at build time (see vite.config.ts).
 */
const SHELL = __SHELL__;
const CACHE = 'ledger-shell-__VERSION__';

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((key) => key.startsWith('ledger-shell-') && key !== CACHE)
      .map((key) => caches.delete(key))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin
      || url.pathname.startsWith('/api/') || url.pathname.startsWith('/q/')) {
    return;
  }
  if (request.mode === 'navigate') {
    // Pages come fresh from the server; the cached shell only when it cannot be reached.
    event.respondWith(fetch(request).catch(() => caches.match('/')));
    return;
  }
  if (SHELL.includes(url.pathname)) {
    event.respondWith(caches.match(url.pathname).then((hit) => hit ?? fetch(request)));
  }
});
