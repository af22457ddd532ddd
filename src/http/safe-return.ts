// Where a redirect may send a browser back to: only a path on this site, never `//evil.example` or
// `https://…`, which would turn sign-in or the language switch into an open redirect.
export function safeReturnTo(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])[^\s\\]*$/.test(value) && value.length <= 2000
    ? value
    : '/';
}
