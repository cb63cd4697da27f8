import { envText } from '../env-setting';
import { callWxOpenApiForAnyReply } from './wx-open-api.gateway';

/** WeChat's path for `wxacode.getUnlimited` (declared as that permission in config.json). */
export const GET_UNLIMITED_API = '/wxa/getwxacodeunlimit';

/** Which build a scanned code opens, from the same setting the subscription messages use. */
const ENV_VERSIONS: Record<string, string> = { formal: 'release', trial: 'trial', developer: 'develop' };

/** The build a code made now would open (`release`, `trial` or `develop`): a cached code is only good for the same one. */
export const codeEnvVersion = (): string => ENV_VERSIONS[envText('STARFIRE_MINIPROGRAM_STATE', 'formal')] ?? 'release';

const IMAGE_TYPES: Array<[string, string]> = [
  ['iVBORw0KGgo', 'image/png'],
  ['/9j/', 'image/jpeg'],
];

/**
 * The mini-program code of a page with a scene, as a data URL the app can draw. getUnlimited
 * answers the image bytes on success and WeChat's JSON on failure; the SDK passes a non-JSON reply
 * through as text, read here as base64 (what the platform relays for binary replies — checked by
 * the image signature, so anything else fails loudly instead of drawing a broken code).
 * `check_path: false` lets a code be made before the page is in a published version.
 */
export const miniProgramCodeOf = async (page: string, scene: string, width = 430): Promise<string> => {
  const reply = await callWxOpenApiForAnyReply(GET_UNLIMITED_API, {
    scene,
    page,
    width,
    check_path: false,
    env_version: codeEnvVersion(),
  });
  if (typeof reply === 'object' && reply !== null) {
    const { errcode, errmsg } = reply as { errcode?: unknown; errmsg?: unknown };
    throw new Error(`getUnlimited failed: ${String(errcode)} ${String(errmsg ?? '')}`);
  }
  const base64 = String(reply);
  const type = IMAGE_TYPES.find(([signature]) => base64.startsWith(signature))?.[1];
  if (!type) throw new Error('getUnlimited: the reply is not an image');
  return `data:${type};base64,${base64}`;
};
