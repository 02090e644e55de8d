// The HTTP API with the staff key: kept in sessionStorage (this tab, until it closes), sent on every call as the
// x-functions-key header (never in a URL).

const KEY = 'reports.key';
const ROLE = 'reports.role';

export function key() {
  return sessionStorage.getItem(KEY);
}

export function role() {
  return sessionStorage.getItem(ROLE) ?? 'write';
}

export function signOut() {
  sessionStorage.removeItem(KEY);
  sessionStorage.removeItem(ROLE);
}

/** An answer of the API that is not a success, with its code (key_wrong, bad_email...) and message. */
export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  /** The key was refused: missing or wrong (under the Functions host a 401 has no body: the key is wrong). */
  get keyRefused() {
    return this.status === 401;
  }
}

const PLAIN = {
  400: 'The request was not understood.',
  401: 'The key is wrong.',
  403: 'This key may not do that.',
  404: 'Not found.',
  409: 'That conflicts with what is stored.',
  413: 'The file is too large.',
  500: 'The server failed; try again, and tell the administrator if it goes on.',
  503: 'The server is busy or storage did not answer; try again shortly.',
};

async function errorOf(response) {
  let code = `http_${response.status}`;
  let message = PLAIN[response.status] ?? `The server answered ${response.status}.`;
  try {
    const body = await response.json();
    if (body && typeof body.error === 'string') code = body.error;
    if (body && typeof body.message === 'string') message = body.message;
  } catch {
    // not JSON: keep the plain message
  }
  return new ApiError(response.status, code, message);
}

/** Calls the API with the key; resolves with the Response (2xx), rejects with ApiError otherwise. */
export async function call(path, { method = 'GET', body, headers = {}, signal, withKey } = {}) {
  const all = new Headers(headers);
  const k = withKey ?? key();
  if (k) all.set('x-functions-key', k);
  let response;
  try {
    response = await fetch(path, { method, body, headers: all, signal, cache: 'no-store', credentials: 'same-origin' });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'network', 'The server could not be reached. Check the connection and try again.');
  }
  if (!response.ok) {
    const error = await errorOf(response);
    if (error.keyRefused && !withKey) window.dispatchEvent(new CustomEvent('reports:key-refused', { detail: error }));
    throw error;
  }
  return response;
}

export async function json(path, options) {
  const response = await call(path, options);
  return { status: response.status, body: await response.json() };
}

/**
 * Checks a key and keeps it for this tab. The subscriber list needs the write key: 200 → may do everything;
 * 403 read_only_key → may read. Anything 401 → wrong or missing, with the API's code.
 */
export async function signIn(candidate) {
  try {
    await call('/api/subscribers', { withKey: candidate });
    sessionStorage.setItem(ROLE, 'write');
  } catch (e) {
    if (!(e instanceof ApiError) || e.status !== 403 || e.code !== 'read_only_key') throw e;
    await call(`/api/articles?pageSize=1`, { withKey: candidate });
    sessionStorage.setItem(ROLE, 'read');
  }
  sessionStorage.setItem(KEY, candidate);
}

/**
 * Uploads one file with progress (XMLHttpRequest: fetch cannot report upload progress). Resolves with the API's
 * answer {id, status, name}; rejects with ApiError.
 */
export function upload(file, name, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/articles?name=${encodeURIComponent(name)}`);
    const k = key();
    if (k) xhr.setRequestHeader('x-functions-key', k);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.upload.addEventListener('progress', (e) => { if (e.lengthComputable) onProgress(e.loaded / e.total); });
    xhr.addEventListener('load', () => {
      let body = null;
      try { body = JSON.parse(xhr.responseText); } catch { /* not JSON */ }
      if (xhr.status >= 200 && xhr.status < 300 && body) {
        resolve(body);
        return;
      }
      const error = new ApiError(xhr.status, body?.error ?? `http_${xhr.status}`, body?.message ?? PLAIN[xhr.status] ?? `The server answered ${xhr.status}.`);
      if (error.keyRefused) window.dispatchEvent(new CustomEvent('reports:key-refused', { detail: error }));
      reject(error);
    });
    xhr.addEventListener('error', () => reject(new ApiError(0, 'network', 'The server could not be reached.')));
    xhr.addEventListener('abort', () => reject(new ApiError(0, 'aborted', 'The upload was stopped.')));
    xhr.send(file);
  });
}

/** Downloads an API answer as a file (the key goes in the header, so a plain link cannot do it). */
export async function download(path, fallbackName) {
  const response = await call(path);
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const match = /filename="?([^";]+)"?/.exec(disposition);
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = match ? match[1] : fallbackName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}
