// Calls to the dyad HTTP API (docs/API.md). Every failure becomes an ApiError
// whose message is the server's `error.message` when it sent one.

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** `path?query` with the parameters that have a value. */
export function withQuery(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  }
  const s = query.toString();
  return s ? `${path}?${s}` : path;
}

async function call(url, init) {
  let response;
  try {
    response = await fetch(url, init);
  } catch (e) {
    throw new ApiError(0, 'network', `Cannot reach the dyad server (${e.message}). Is \`dyad serve\` running?`);
  }
  const body = await response.text();
  let json = null;
  try {
    json = JSON.parse(body);
  } catch {
    // handled below
  }
  if (!response.ok) {
    const message = json?.error?.message
      ?? `${response.status} ${response.statusText}${body ? `: ${body.slice(0, 300)}` : ''}`;
    throw new ApiError(response.status, json?.error?.code ?? 'http_error', message);
  }
  if (json === null) {
    throw new ApiError(response.status, 'bad_response', `The server's answer to ${url} is not JSON.`);
  }
  return json;
}

export const getJSON = (path, params) => call(withQuery(path, params), { headers: { Accept: 'application/json' } });

export const postText = (path, params, text) => call(withQuery(path, params), {
  method: 'POST',
  headers: { 'Content-Type': 'text/plain; charset=utf-8', Accept: 'application/json' },
  body: text,
});
