/**
 * The Content-Security-Policy every window runs under, in Electron (app:// responses)
 * and in browser mode (HTTP responses): scripts, styles and data only from the app
 * itself, nothing inline, no plugins, no framing, no form posts anywhere.
 * @see https://www.electronjs.org/docs/latest/tutorial/security#7-define-a-content-security-policy
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');
