// Talks to the Meedoen API. Errors come as problem+json; their "detail" is shown to the person.

export class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

export async function getJson(path) {
  let response;
  try {
    response = await fetch(path, { headers: { Accept: 'application/json' } });
  } catch (networkFailure) {
    throw new ApiError(0, networkFailure.message);
  }
  if (!response.ok) {
    let detail = response.statusText;
    try {
      detail = (await response.json()).detail ?? detail;
    } catch (notJson) { /* keep the status text */ }
    throw new ApiError(response.status, detail);
  }
  return response.json();
}

/** Asks for a resource only so that the service worker keeps it for offline use. */
export function keepOffline(paths) {
  const queue = [...paths];
  const next = () => {
    const path = queue.shift();
    if (!path) return;
    fetch(path, { headers: { Accept: 'application/json' } }).catch(() => {}).finally(next);
  };
  next();
}
