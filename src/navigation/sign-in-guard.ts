import Taro from '@tarojs/taro'
import { hasSession, onSessionExpired } from '@/services/session'
import { routes } from './routes'

let redirecting = false

function openSignIn(): void {
  // Several calls can fail together when a token expires; open the page once.
  if (redirecting) return
  const pages = Taro.getCurrentPages()
  const current = pages[pages.length - 1]?.route ?? ''
  if (current !== '' && routes.signIn.includes(current.replace(/^\//, ''))) return
  redirecting = true
  Taro.navigateTo({ url: routes.signIn }).finally(() => {
    redirecting = false
  })
}

/**
 * H5 only: without a dev session the local host refuses every call, so send the
 * user to 选择身份 at start and whenever the host rejects the token.
 */
export function installSignInGuard(): void {
  if (process.env.TARO_ENV !== 'h5') return
  onSessionExpired(openSignIn)
  if (!hasSession()) openSignIn()
}
