// A fake OpenID Connect provider (the municipality's identity provider) on a local port: discovery,
// JWKS, an authorization endpoint that signs the next user in without a login form, and a token
// endpoint that checks the client secret, the redirect URI and PKCE before issuing an RS256 ID token.
// Tests script refusals and broken ID tokens to see that the bot refuses them.
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

export type FakeUser = { sub: string; name?: string; email?: string };

/** How the next ID token is broken, to check that the bot checks it. */
export type Tamper = 'wrong-nonce' | 'wrong-audience' | 'other-key' | 'expired' | 'wrong-issuer';

type Grant = {
  clientId: string;
  redirectUri: string;
  challenge: string;
  nonce: string;
  user: FakeUser;
};

export type FakeProvider = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Who signs in next (until changed). */
  user: FakeUser;
  /** The next authorization request is refused with this OAuth error (once). */
  refuseNext(error: string): void;
  /** The next ID token is broken this way (once). */
  tamperNext(how: Tamper): void;
  authorizeRequests: URLSearchParams[];
  tokenRequests: URLSearchParams[];
  close(): Promise<void>;
};

const b64url = (buf: Buffer) => buf.toString('base64url');

export async function startFakeProvider(): Promise<FakeProvider> {
  const keys = await generateKeyPair('RS256');
  const otherKeys = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'idp-key', use: 'sig', alg: 'RS256' };
  const grants = new Map<string, Grant>();
  const authorizeRequests: URLSearchParams[] = [];
  const tokenRequests: URLSearchParams[] = [];
  let refusal: string | null = null;
  let tamper: Tamper | null = null;
  let issuer = '';

  const json = (res: import('node:http').ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify(body));
  };

  const provider: FakeProvider = {
    issuer: '',
    clientId: 'charterbot-test',
    clientSecret: randomBytes(16).toString('hex'),
    user: { sub: 'staff-0001', name: 'Anna de Vries', email: 'anna@example.org' },
    refuseNext(error) {
      refusal = error;
    },
    tamperNext(how) {
      tamper = how;
    },
    authorizeRequests,
    tokenRequests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };

  async function idToken(grant: Grant): Promise<string> {
    const how = tamper;
    tamper = null;
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({
      nonce: how === 'wrong-nonce' ? 'another-nonce' : grant.nonce,
      ...(grant.user.name ? { name: grant.user.name } : {}),
      ...(grant.user.email ? { email: grant.user.email } : {}),
    })
      .setProtectedHeader({ alg: 'RS256', kid: 'idp-key' })
      .setIssuer(how === 'wrong-issuer' ? 'https://other-idp.example' : issuer)
      .setSubject(grant.user.sub)
      .setAudience(how === 'wrong-audience' ? 'another-client' : grant.clientId)
      .setIssuedAt(how === 'expired' ? now - 7200 : now)
      .setExpirationTime(how === 'expired' ? now - 3600 : now + 300)
      .sign(how === 'other-key' ? otherKeys.privateKey : keys.privateKey);
  }

  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => {
      raw += c;
    });
    req.on('end', async () => {
      const url = new URL(req.url ?? '/', issuer);
      if (url.pathname === '/.well-known/openid-configuration') {
        json(res, 200, {
          issuer,
          authorization_endpoint: `${issuer}/authorize`,
          token_endpoint: `${issuer}/token`,
          jwks_uri: `${issuer}/jwks`,
          response_types_supported: ['code'],
          subject_types_supported: ['public'],
          id_token_signing_alg_values_supported: ['RS256'],
          code_challenge_methods_supported: ['S256'],
          token_endpoint_auth_methods_supported: ['client_secret_post'],
          scopes_supported: ['openid', 'profile', 'email'],
        });
        return;
      }
      if (url.pathname === '/jwks') {
        json(res, 200, { keys: [jwk] });
        return;
      }
      if (url.pathname === '/authorize') {
        const q = url.searchParams;
        authorizeRequests.push(q);
        const back = new URL(q.get('redirect_uri') ?? '');
        back.searchParams.set('state', q.get('state') ?? '');
        back.searchParams.set('iss', issuer);
        if (refusal) {
          back.searchParams.set('error', refusal);
          refusal = null;
        } else {
          const code = b64url(randomBytes(16));
          grants.set(code, {
            clientId: q.get('client_id') ?? '',
            redirectUri: q.get('redirect_uri') ?? '',
            challenge: q.get('code_challenge') ?? '',
            nonce: q.get('nonce') ?? '',
            user: provider.user,
          });
          back.searchParams.set('code', code);
        }
        res.writeHead(302, { location: back.href });
        res.end();
        return;
      }
      if (url.pathname === '/token' && req.method === 'POST') {
        const form = new URLSearchParams(raw);
        tokenRequests.push(form);
        const grant = grants.get(form.get('code') ?? '');
        grants.delete(form.get('code') ?? '');
        const verifier = form.get('code_verifier') ?? '';
        if (
          !grant ||
          form.get('grant_type') !== 'authorization_code' ||
          form.get('client_id') !== provider.clientId ||
          form.get('client_secret') !== provider.clientSecret ||
          form.get('redirect_uri') !== grant.redirectUri ||
          b64url(createHash('sha256').update(verifier).digest()) !== grant.challenge
        ) {
          json(res, 400, { error: 'invalid_grant' });
          return;
        }
        json(res, 200, {
          access_token: b64url(randomBytes(24)),
          token_type: 'Bearer',
          expires_in: 300,
          id_token: await idToken(grant),
        });
        return;
      }
      json(res, 404, { error: 'not_found' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  provider.issuer = issuer;
  return provider;
}
