/**
 * The H5 dev session: a bearer token from the local host's /api/dev/login, kept in
 * storage so a reload stays signed in. WeChat needs none: identity comes from the client.
 */
import Taro from '@tarojs/taro';

const TOKEN_KEY = 'starfire.session-token';

type SessionListener = () => void;
const expiryListeners = new Set<SessionListener>();

export function getSessionToken(): string {
  return (Taro.getStorageSync(TOKEN_KEY) as string | undefined) ?? '';
}

export function hasSession(): boolean {
  return getSessionToken() !== '';
}

export function saveSessionToken(token: string): void {
  Taro.setStorageSync(TOKEN_KEY, token);
}

export function clearSession(): void {
  Taro.removeStorageSync(TOKEN_KEY);
}

/** Called by the transport when the host refuses the token, so the app (not services) decides where to go. */
export function onSessionExpired(listener: SessionListener): () => void {
  expiryListeners.add(listener);
  return () => expiryListeners.delete(listener);
}

export function notifySessionExpired(): void {
  clearSession();
  expiryListeners.forEach((listener) => listener());
}
