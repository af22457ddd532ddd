// Reasons to refuse a Bot Framework bearer token before the SDK sees it: the SDK prints some refusals to
// stderr with a stack trace and answers others with 500. Signatures are still checked by the SDK; this only
// turns away what is plainly not a valid channel token.

/** The SDK accepts these signing algorithms for channel tokens. */
const ALGORITHMS = new Set(['RS256', 'RS384', 'RS512']);
/** The SDK's clock tolerance. */
const SKEW_SECONDS = 300;

function part(segment: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function tokenRefusal(authorization: string, nowMs = Date.now()): string | null {
  const token = /^Bearer (\S+)$/.exec(authorization)?.[1];
  if (!token) return 'no bearer token';
  const [head = '', body = '', signature = ''] = token.split('.');
  const header = part(head);
  const claims = part(body);
  if (!header || !claims || !signature) return 'not a signed JWT';
  if (typeof header.alg !== 'string' || !ALGORITHMS.has(header.alg)) return 'signing algorithm not allowed';
  if (typeof header.kid !== 'string' || header.kid.length === 0) return 'no key id';
  const now = nowMs / 1000;
  if (typeof claims.exp !== 'number' || claims.exp < now - SKEW_SECONDS) return 'expired or no expiry';
  if (typeof claims.nbf === 'number' && claims.nbf > now + SKEW_SECONDS) return 'not valid yet';
  return null;
}
