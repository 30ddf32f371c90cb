// Keeps Meedoen usable offline: the app itself is served from the cache and refreshed in the
// background; API reads go to the network first and fall back to the last copy when there is none.
const SHELL_CACHE = 'meedoen-shell-v17';
const API_CACHE = 'meedoen-api-v1';
const SHELL = [
  '/', '/index.html', '/manifest.json', '/css/app.css', '/icons/icon.svg', '/icons/icon-192.png', '/icons/language.svg',
  '/js/app.js', '/js/api.js', '/js/dom.js', '/js/i18n.js', '/js/speech.js', '/js/beside-dutch.js',
  '/js/screens/home.js', '/js/screens/language.js', '/js/screens/notices.js', '/js/screens/values.js',
  '/js/screens/values-page.js', '/js/screens/municipalities.js', '/js/screens/wegwijs.js', '/js/screens/search.js',
  '/js/screens/invite.js', '/js/screens/letter.js', '/js/screens/staff.js', '/js/screens/staff-kit.js',
  '/js/screens/staff-newcomers.js', '/js/screens/staff-colleagues.js', '/js/screens/booking.js',
  '/js/screens/staff-sessions.js', '/js/push.js', '/js/screens/push-settings.js', '/js/screens/editor.js',
  '/js/screens/staff-attendance.js', '/js/check-ins.js',
  '/js/screens/staff-places.js', '/js/screens/staff-translator-files.js',
  '/vendor/qr-scanner/qr-scanner.min.js', '/vendor/qr-scanner/qr-scanner-worker.min.js',
  '/js/screens/ceremony.js', '/js/screens/verify.js',
  '/js/screens/staff-deadlines.js',
  '/js/screens/staff-local-agreements.js', '/js/screens/staff-duo.js', '/js/screens/staff-signatures.js',
  '/js/screens/ui-text-editor.js',
  '/js/screens/declaration-form.js', '/js/screens/sign.js',
  '/js/screens/staff-figures.js',
  '/js/screens/my-data.js',
];
const NETWORK_TIMEOUT_MS = 6000;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL_CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((n) => n !== SHELL_CACHE && n !== API_CACHE).map((n) => caches.delete(n))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  // Personal data (staff screens, a newcomer's own data) is never kept in the cache.
  if (request.headers.has('Authorization')) return;
  if (url.pathname.startsWith('/api/')) {
    event.respondWith(networkFirst(request));
  } else if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(() => caches.match('/index.html')));
  } else {
    event.respondWith(cacheThenRefresh(request));
  }
});

// A notification from Meedoen (push.Payload on the server): texts in the newcomer's language with its
// lang and dir, the path to open when tapped, and a tag so that a notice delivered twice shows once.
self.addEventListener('push', (event) => {
  const notice = readNotice(event.data);
  event.waitUntil(self.registration.showNotification(notice.title, {
    body: notice.body,
    lang: notice.lang,
    dir: notice.dir,
    tag: notice.tag,
    icon: '/icons/icon-192.png',
    data: { url: notice.url },
  }));
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const target = insideTheApp(event.notification.data?.url);
  event.waitUntil((async () => {
    const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
    const open = windows.find((client) => new URL(client.url).origin === self.location.origin);
    if (!open) return self.clients.openWindow(target);
    const focused = (await open.focus()) ?? open;
    if (focused.url !== target && 'navigate' in focused) await focused.navigate(target).catch(() => {});
    return focused;
  })());
});

/** Every push must show something (the browser demands it), even one whose content cannot be read. */
function readNotice(data) {
  let notice = {};
  try {
    notice = data ? data.json() : {};
  } catch (notJson) { /* shown as a plain notice from Meedoen */ }
  const text = (value, fallback) => (typeof value === 'string' && value.length > 0 ? value : fallback);
  return {
    title: text(notice.title, 'Meedoen'),
    body: text(notice.body, ''),
    lang: text(notice.lang, ''),
    dir: ['ltr', 'rtl'].includes(notice.dir) ? notice.dir : 'auto',
    tag: text(notice.tag, undefined),
    url: text(notice.url, '/'),
  };
}

/** Only a page of this app is opened: a notice cannot send the newcomer elsewhere. */
function insideTheApp(path) {
  const url = new URL(typeof path === 'string' ? path : '/', self.location.origin);
  return url.origin === self.location.origin ? url.href : new URL('/', self.location.origin).href;
}

async function networkFirst(request) {
  const cache = await caches.open(API_CACHE);
  try {
    const response = await withTimeout(fetch(request), NETWORK_TIMEOUT_MS);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (offline) {
    const cached = await cache.match(request);
    if (cached) return cached;
    throw offline;
  }
}

async function cacheThenRefresh(request) {
  const cache = await caches.open(SHELL_CACHE);
  const cached = await cache.match(request);
  const refresh = fetch(request).then((response) => {
    if (response.ok) cache.put(request, response.clone());
    return response;
  });
  if (cached) {
    refresh.catch(() => {});
    return cached;
  }
  return refresh;
}

function withTimeout(promise, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then((value) => { clearTimeout(timer); resolve(value); }, (error) => { clearTimeout(timer); reject(error); });
  });
}
