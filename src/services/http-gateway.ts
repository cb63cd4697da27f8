/**
 * H5 transport to the function host (local CloudBase or any host with the same
 * interface): JSON POST, same origin unless TARO_APP_API_BASE says otherwise.
 */

/** Where the function host lives; empty means the page's own origin. */
export const apiBase = (process.env.TARO_APP_API_BASE || '').replace(/\/+$/, '');

export interface GatewayReply {
  status: number;
  body: unknown;
}

/**
 * Rejects only when the request never got an HTTP answer. Plain `fetch`, not `Taro.request`: on H5 the latter
 * pulls fetch, AbortController and JSONP polyfills (~13 KB gzip) into the first route for browsers that need none.
 */
export async function postJson(path: string, body: object, token?: string): Promise<GatewayReply> {
  const res = await fetch(`${apiBase}${path}`, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: {
      'content-type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
  });
  const text = await res.text();
  return { status: res.status, body: parseJson(text) };
}

/** The reply's JSON, or its text when it is not JSON (the envelope guard refuses it). */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
