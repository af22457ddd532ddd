// Reasons to refuse a Bot Framework bearer token before the SDK sees it: the SDK prints some refusals to
// stderr (a stack trace; "Error finding key for token. Available keys: ..." for a token its keys do not
// verify) and answers others with 500. The SDK still checks everything itself; this turns away what is
// plainly not a valid channel token, and a token no published key verifies, with the reason in our log.
import { createRemoteJWKSet, decodeJwt, errors, type JWTVerifyGetKey, jwtVerify } from 'jose';

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

/** Where the Bot Framework publishes the keys of channel tokens, and the issuer of those tokens. */
const CHANNEL_METADATA_URL = 'https://login.botframework.com/v1/.well-known/openidconfiguration';
const CHANNEL_ISSUER = 'https://api.botframework.com';
/** Other tokens the SDK accepts (the Emulator's, Entra ID's) are checked against Entra ID's keys. */
const ENTRA_METADATA_URL = 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration';
const FETCH_TIMEOUT_MS = 10_000;

/**
 * Checks a token's signature against the keys the SDK will use (jose caches them and fetches again when a
 * token names a key it has not seen); issuer, audience and service URL are left to the SDK.
 */
export function createSignatureCheck(options: {
  openIdMetadataUrl?: string | undefined;
  channelIssuer?: string | undefined;
}) {
  const keySets = new Map<string, Promise<JWTVerifyGetKey>>();
  const keysAt = (metadataUrl: string) => {
    let keys = keySets.get(metadataUrl);
    if (!keys) {
      keys = fetch(metadataUrl, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) })
        .then((res) => {
          if (!res.ok) throw new Error(`OpenID metadata answered ${res.status}`);
          return res.json() as Promise<{ jwks_uri?: unknown }>;
        })
        .then((metadata) => {
          if (typeof metadata.jwks_uri !== 'string') throw new Error('OpenID metadata without jwks_uri');
          return createRemoteJWKSet(new URL(metadata.jwks_uri), { timeoutDuration: FETCH_TIMEOUT_MS });
        });
      // A failed fetch is tried again with the next request.
      keys.catch(() => keySets.delete(metadataUrl));
      keySets.set(metadataUrl, keys);
    }
    return keys;
  };
  return async (authorization: string): Promise<string | null> => {
    const token = /^Bearer (\S+)$/.exec(authorization)?.[1] ?? '';
    try {
      const channel = decodeJwt(token).iss === (options.channelIssuer ?? CHANNEL_ISSUER);
      const keys = await keysAt(
        channel ? (options.openIdMetadataUrl ?? CHANNEL_METADATA_URL) : ENTRA_METADATA_URL,
      );
      await jwtVerify(token, keys, { algorithms: [...ALGORITHMS], clockTolerance: SKEW_SECONDS });
      return null;
    } catch (e) {
      if (e instanceof errors.JWKSNoMatchingKey) return 'no published key has its key id';
      if (e instanceof errors.JWSSignatureVerificationFailed) return 'signature does not verify';
      if (e instanceof errors.JOSEError) return `token refused (${e.code})`;
      return `signing keys could not be fetched (${(e as Error).message})`;
    }
  };
}
