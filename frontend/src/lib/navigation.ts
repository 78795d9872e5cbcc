export const LOGIN_PATH = '/inloggen';
export const RETURN_PARAM = 'terug';

/** Paths reachable without a session. */
export function isPublicPath(pathname: string): boolean {
  return pathname === LOGIN_PATH || pathname.startsWith('/uitnodiging/');
}

/** The login URL that brings the person back to `returnTo` afterwards. */
export function loginUrl(returnTo?: string): string {
  if (!returnTo || returnTo === '/' || isPublicPath(returnTo.split('?')[0] ?? '')) return LOGIN_PATH;
  return `${LOGIN_PATH}?${RETURN_PARAM}=${encodeURIComponent(returnTo)}`;
}

/** A safe in-app return path: only same-site absolute paths, never "//host" or a URL. */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (isPublicPath(value.split('?')[0] ?? '')) return '/';
  return value;
}
