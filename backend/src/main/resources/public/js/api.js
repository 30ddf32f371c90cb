// Talks to the Meedoen API. Errors come as problem+json; their "detail" is shown to the person.

export class ApiError extends Error {
  /** The problem document itself (title, invalidParams …) when the API sent one, so a screen can say it in its own words. */
  constructor(status, detail, problem = null) {
    super(detail);
    this.status = status;
    this.problem = problem;
  }
}

/**
 * Reads always ask the server whether the copy the browser keeps is still current (an ETag round trip
 * that answers 304 without a body when it is), so a text an editor published is read on the next
 * screen, not after the five minutes shared caches may keep it. Offline, the kept copy is used as it is.
 */
export async function getJson(path) {
  const headers = { Accept: 'application/json' };
  let response;
  try {
    response = await fetch(path, { headers, cache: 'no-cache' });
  } catch (networkFailure) {
    // Offline: the copy the browser keeps, however old, is better than nothing.
    response = await fetch(path, { headers, cache: 'force-cache' }).catch(() => null);
    if (!response) throw new ApiError(0, networkFailure.message);
  }
  if (!response.ok) throw await problemOf(response);
  return response.json();
}

async function problemOf(response) {
  let detail = response.statusText;
  let problem = null;
  try {
    problem = await response.json();
    detail = problem.detail ?? detail;
  } catch (notJson) { /* keep the status text */ }
  return new ApiError(response.status, detail, problem);
}

/**
 * A call with a token: staff tokens live in sessionStorage (gone when the tab closes), the
 * newcomer's phone token in localStorage. An expired staff access token is refreshed once.
 */
export async function callApi(method, path, body, { retry = true, extraHeaders = {} } = {}) {
  const headers = { ...extraHeaders, Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetchSignedIn(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }, retry);
  // A 201 or 204 may come without a body (marking a DUO registration does): that is success, not broken JSON.
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

/** A file (such as a certificate) fetched with the signed-in staff member's token, to save on the device. */
export async function getFile(path) {
  return (await fetchSignedIn(path, {})).blob();
}

/** A file sent as it is (a translator's file) with the signed-in staff member's token; the answer is JSON. */
export async function postFile(path, file) {
  const headers = { Accept: 'application/json', 'Content-Type': 'application/octet-stream' };
  return (await fetchSignedIn(path, { method: 'POST', headers, body: file })).json();
}

/** A request with the caller's token; an expired staff token is refreshed once and the request sent again. */
async function fetchSignedIn(path, init, retry = true) {
  const staffToken = sessionStorage.getItem('meedoen.staff.access');
  const token = staffToken ?? localStorage.getItem('meedoen.newcomer.token');
  const headers = { ...init.headers };
  if (token) headers.Authorization = `Bearer ${token}`;
  let response;
  try {
    response = await fetch(path, { ...init, headers });
  } catch (networkFailure) {
    throw new ApiError(0, networkFailure.message);
  }
  if (response.status === 401 && retry && staffToken && await refreshStaffTokens(staffToken)) {
    return fetchSignedIn(path, init, false);
  }
  if (!response.ok) throw await problemOf(response);
  return response;
}

let refreshing = null;

/**
 * Gets a new access token after the one a call used has expired. A refresh token works once, so calls
 * that find the token expired at the same moment share one refresh in flight; a call whose token was
 * already replaced simply tries again. Only a refused refresh signs the person out, not a lost connection.
 */
function refreshStaffTokens(expiredToken) {
  if (sessionStorage.getItem('meedoen.staff.access') !== expiredToken) return Promise.resolve(true);
  refreshing ??= (async () => {
    const refreshToken = sessionStorage.getItem('meedoen.staff.refresh');
    if (!refreshToken) return false;
    try {
      const refreshed = await fetch('/api/v1/sign-in/refresh', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ refreshToken }),
      });
      if (refreshed.ok) {
        rememberStaffTokens(await refreshed.json());
        return true;
      }
      if (refreshed.status === 400 || refreshed.status === 401) forgetStaffTokens();
      return false;
    } catch (networkFailure) {
      return false;
    }
  })().finally(() => { refreshing = null; });
  return refreshing;
}

export function rememberStaffTokens(tokens) {
  sessionStorage.setItem('meedoen.staff.access', tokens.accessToken);
  sessionStorage.setItem('meedoen.staff.refresh', tokens.refreshToken);
  sessionStorage.setItem('meedoen.staff.profile', JSON.stringify(tokens.staff));
}

export function forgetStaffTokens() {
  for (const key of ['meedoen.staff.access', 'meedoen.staff.refresh', 'meedoen.staff.profile']) sessionStorage.removeItem(key);
}

export function staffProfile() {
  const stored = sessionStorage.getItem('meedoen.staff.profile');
  return stored ? JSON.parse(stored) : null;
}

/**
 * Asks for a resource only so that the service worker keeps it for offline use. Only requests that
 * pass through the service worker are kept, so on a first visit this waits until it controls the page.
 */
export async function keepOffline(paths) {
  if (!('serviceWorker' in navigator)) return;
  if (!navigator.serviceWorker.controller) {
    await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  }
  const queue = [...paths];
  const next = () => {
    const path = queue.shift();
    if (!path) return;
    fetch(path, { headers: { Accept: 'application/json' } }).catch(() => {}).finally(next);
  };
  next();
}
