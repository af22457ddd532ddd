// A fake Bot Connector (the Teams side of the Bot Framework): accepts replies and new activities,
// URL-decodes conversation ids, records everything. It also serves OpenID metadata and a JWKS for a
// local RS256 key, so tests can sign channel tokens the way the Bot Framework does.
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { waitFor } from './wait-for.js';

type ConnectorCall = {
  conversationId: string;
  replyToId: string | null;
  activity: Record<string, unknown>;
};

export type FakeConnector = {
  serviceUrl: string;
  /** The next posted activities get these HTTP statuses (then normal answers again). */
  failNext(statuses: Array<{ status: number; headers?: Record<string, string> }>): void;
  /** The next posted activity is never answered: a connector that hangs (until close). */
  hangNext(): void;
  /** Drops scripted failures not used yet. */
  resetFailures(): void;
  openIdMetadataUrl: string;
  issuer: string;
  calls: ConnectorCall[];
  waitFor(pred: (c: ConnectorCall) => boolean, timeoutMs?: number): Promise<ConnectorCall>;
  token(claims: {
    aud: string;
    serviceUrl: string;
    expiresIn?: string | number;
    iat?: number;
    /** Not valid before this time (seconds since 1970); a minute ago unless given. */
    nbf?: number;
  }): Promise<string>;
  close(): Promise<void>;
};

export async function startFakeConnector(): Promise<FakeConnector> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key', use: 'sig', alg: 'RS256' };
  const calls: ConnectorCall[] = [];
  const scripted: Array<{ status: number; headers?: Record<string, string> }> = [];
  let base = '';
  let hangs = 0;
  const hung: ServerResponse[] = [];
  let n = 0;
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => {
      raw += c;
    });
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      res.setHeader('content-type', 'application/json');
      if (url.pathname === '/openid') {
        res.end(
          JSON.stringify({
            issuer: `${base}/issuer`,
            jwks_uri: `${base}/jwks`,
            id_token_signing_alg_values_supported: ['RS256'],
          }),
        );
        return;
      }
      if (url.pathname === '/jwks') {
        res.end(JSON.stringify({ keys: [jwk] }));
        return;
      }
      if (req.method === 'POST' && url.pathname === '/v3/conversations') {
        // A new 1:1 conversation with the asker (createConversationAsync).
        res.end(JSON.stringify({ id: `a:personal-new-${++n}`, serviceUrl: `${base}/` }));
        return;
      }
      const m = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(url.pathname);
      if (req.method === 'POST' && m && hangs > 0) {
        hangs -= 1;
        hung.push(res);
        return;
      }
      const failure = req.method === 'POST' && m ? scripted.shift() : undefined;
      if (failure) {
        res.writeHead(failure.status, { 'content-type': 'application/json', ...(failure.headers ?? {}) });
        res.end(JSON.stringify({ error: { code: 'Failure', message: 'scripted' } }));
        return;
      }
      if (req.method === 'POST' && m) {
        calls.push({
          conversationId: decodeURIComponent(m[1] ?? ''),
          replyToId: m[2] ? decodeURIComponent(m[2]) : null,
          activity: raw ? JSON.parse(raw) : {},
        });
        res.end(JSON.stringify({ id: `reply-${++n}` }));
        return;
      }
      res.statusCode = 404;
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const issuer = 'https://api.botframework.test';
  return {
    serviceUrl: `${base}/`,
    openIdMetadataUrl: `${base}/openid`,
    issuer,
    calls,
    failNext(statuses) {
      scripted.push(...statuses);
    },
    hangNext() {
      hangs += 1;
    },
    resetFailures() {
      scripted.length = 0;
    },
    waitFor: (pred, timeoutMs = 5000) => waitFor(calls, pred, timeoutMs, () => `${calls.length} calls`),
    token: ({ aud, serviceUrl, expiresIn = '5m', iat, nbf }) =>
      new SignJWT({ serviceurl: serviceUrl })
        .setProtectedHeader({ alg: 'RS256', kid: 'test-key', typ: 'JWT' })
        .setIssuer(issuer)
        .setAudience(aud)
        .setIssuedAt(iat)
        .setNotBefore(nbf ?? iat ?? Math.floor(Date.now() / 1000) - 60)
        .setExpirationTime(expiresIn)
        .sign(privateKey),
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hung) res.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

let seq = 0;
/** A Teams message activity as the channel sends it. */
export function teamsActivity(
  serviceUrl: string,
  over: Record<string, unknown> = {},
): Record<string, unknown> {
  seq += 1;
  return {
    type: 'message',
    id: `act-${seq}-${Date.now()}`,
    timestamp: new Date().toISOString(),
    serviceUrl,
    channelId: 'msteams',
    from: { id: '29:user-1', name: 'Ann', aadObjectId: 'aad-user-1' },
    conversation: { id: 'a:personal-1', conversationType: 'personal', tenantId: 'tenant-1' },
    recipient: { id: '28:bot-1', name: 'charterbot' },
    channelData: { tenant: { id: 'tenant-1' } },
    ...over,
  };
}
