/**
 * H5 transport to the function host (local CloudBase or any host with the same
 * interface): JSON POST, same origin unless TARO_APP_API_BASE says otherwise.
 */
import Taro from '@tarojs/taro';

/** Where the function host lives; empty means the page's own origin. */
export const apiBase = (process.env.TARO_APP_API_BASE || '').replace(/\/+$/, '');

export interface GatewayReply {
  status: number;
  body: unknown;
}

/** Rejects only when the request never got an HTTP answer. */
export async function postJson(path: string, body: object, token?: string): Promise<GatewayReply> {
  const res = await Taro.request({
    url: `${apiBase}${path}`,
    method: 'POST',
    data: body,
    header: {
      'content-type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    dataType: 'json',
  });
  return { status: res.statusCode, body: res.data };
}
