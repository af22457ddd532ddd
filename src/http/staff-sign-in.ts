// Staff sign-in with the municipality's identity provider (OpenID Connect, authorization code with PKCE,
// through openid-client). Once configured it guards the console and /api/* on every address; the
// signed Slack and Teams endpoints, health checks and /metrics (its own token) answer before it.
import { parse as parseCookies, serialize } from 'cookie';
import express, { type Request, type Response, type Router } from 'express';
import * as oidc from 'openid-client';
import type { SignInConfig } from '../config.js';
import { libraryCode } from '../errors.js';
import type { Logger } from '../logger.js';
import { signedOutPage, signInProblemPage } from '../render/sign-in-pages.js';
import { isLoopbackHost } from './loopback.js';
import { safeReturnTo } from './safe-return.js';
import { refuseCrossSite } from './same-origin.js';
import { createSealer, type Staff } from './staff-session.js';

export type { Staff } from './staff-session.js';

export type StaffSignIn = {
  /** /auth/login, /auth/callback, /auth/logout, /auth/signed-out, then the guard for everything after it. */
  router: Router;
  /** Who made this request, once the guard let it through. */
  staffOf(req: Request): Staff | null;
};

/** Reachable without signing in: sign-in itself, the console's static files and the health checks. */
const OPEN = /^\/(auth\/|assets\/|healthz$|readyz$|favicon\.ico$)/;

export function createStaffSignIn(
  settings: SignInConfig,
  deps: {
    logger: Logger;
    /** Pseudonymises the staff id for log lines. */
    pseudonym: (staffId: string) => string | null;
    now?: () => number;
  },
): StaffSignIn {
  const log = deps.logger.child({ module: 'sign-in' });
  const sealer = createSealer(settings.sessionSecret, deps.now);
  const secure = settings.redirectUri.protocol === 'https:';
  // __Host- and __Secure- cookies cannot be set or overwritten over plain HTTP or by a sibling domain.
  const sessionCookie = secure ? '__Host-charterbot-session' : 'charterbot-session';
  const txCookie = secure ? '__Secure-charterbot-signin' : 'charterbot-signin';
  const authPath = settings.redirectUri.pathname.replace(/[^/]*$/, '');
  const signedIn = new WeakMap<Request, Staff>();

  // Discovery waits for the first sign-in and is retried after a failure: the provider being down at
  // start must not stop Slack and Teams from being answered.
  let discovered: Promise<oidc.Configuration> | null = null;
  const configuration = () => {
    discovered ??= oidc
      .discovery(
        settings.issuer,
        settings.clientId,
        settings.clientSecret,
        settings.clientSecret ? oidc.ClientSecretPost(settings.clientSecret) : oidc.None(),
        {
          timeout: 10,
          // The ID token's signature is checked against the provider's keys too, not only trusted for
          // coming over TLS. Plain HTTP only for a provider on this machine (config refuses others).
          execute: [
            oidc.enableNonRepudiationChecks,
            ...(isLoopbackHost(settings.issuer.hostname) ? [oidc.allowInsecureRequests] : []),
          ],
        },
      )
      .catch((err: unknown) => {
        discovered = null;
        throw err;
      });
    return discovered;
  };

  const cookie = (res: Response, name: string, value: string, maxAge: number, path: string) =>
    res.append(
      'Set-Cookie',
      serialize(name, value, { httpOnly: true, secure, sameSite: 'lax', path, maxAge }),
    );
  const problem = (res: Response, status: number, kind: Parameters<typeof signInProblemPage>[0]) =>
    res.status(status).type('html').send(signInProblemPage(kind));

  const router = express.Router();

  router.get('/auth/login', async (req, res) => {
    let config: oidc.Configuration;
    try {
      config = await configuration();
    } catch (err) {
      log.warn({ err: { message: (err as Error).message } }, 'identity provider cannot be reached');
      problem(res, 503, 'provider_unreachable');
      return;
    }
    const verifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: settings.redirectUri.href,
      scope: settings.scopes,
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    const sealed = await sealer.sealTransaction({
      state,
      nonce,
      verifier,
      returnTo: safeReturnTo(req.query.returnTo),
    });
    cookie(res, txCookie, sealed, 600, authPath);
    res.redirect(303, url.href);
  });

  router.get('/auth/callback', async (req, res) => {
    const tx = await sealer.openTransaction(parseCookies(req.headers.cookie ?? '')[txCookie]);
    cookie(res, txCookie, '', 0, authPath);
    if (!tx) {
      problem(res, 400, 'expired');
      return;
    }
    // The provider's answer, read against the registered address (behind a proxy req.url is not it).
    const current = new URL(settings.redirectUri);
    current.search = new URL(req.originalUrl, 'http://localhost').search;
    try {
      const config = await configuration();
      const tokens = await oidc.authorizationCodeGrant(config, current, {
        pkceCodeVerifier: tx.verifier,
        expectedState: tx.state,
        expectedNonce: tx.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new Error('no ID token claims');
      const name = [claims.name, claims.preferred_username, claims.email].find(
        (v): v is string => typeof v === 'string' && v.trim() !== '',
      );
      const staff: Staff = { id: `${claims.iss}#${claims.sub}`, name: (name ?? 'staff').slice(0, 100) };
      cookie(
        res,
        sessionCookie,
        await sealer.sealStaff(staff, settings.sessionHours),
        settings.sessionHours * 3600,
        '/',
      );
      log.info({ staff: deps.pseudonym(staff.id) }, 'staff signed in');
      res.redirect(303, tx.returnTo);
    } catch (err) {
      if (err instanceof oidc.AuthorizationResponseError) {
        log.warn({ reason: err.error }, 'identity provider refused the sign-in');
        problem(res, 403, 'refused');
        return;
      }
      // A bad state, nonce, signature, audience or issuer: the reason, never the tokens.
      const code = libraryCode(err);
      const e = err instanceof Error ? err : new Error(String(err));
      log.warn({ reason: code ?? e.name, message: e.message }, 'sign-in failed');
      problem(res, code === 'OAUTH_TIMEOUT' || e.name === 'TypeError' ? 503 : 400, 'failed');
    }
  });

  // A form POST from the console itself: neither a link nor a form elsewhere can sign staff out. The
  // provider's own session is theirs to end.
  router.post('/auth/logout', refuseCrossSite(settings.redirectUri), (_req, res) => {
    cookie(res, sessionCookie, '', 0, '/');
    res.redirect(303, `${authPath}signed-out`);
  });

  router.get('/auth/signed-out', (_req, res) => {
    res.type('html').send(signedOutPage());
  });

  router.use(async (req, res, next) => {
    if (OPEN.test(req.path)) {
      next();
      return;
    }
    const staff = await sealer.openStaff(parseCookies(req.headers.cookie ?? '')[sessionCookie]);
    if (staff) {
      signedIn.set(req, staff);
      next();
      return;
    }
    if (req.method === 'GET' && req.accepts(['html', 'json']) === 'html' && !req.path.startsWith('/api/')) {
      res.redirect(303, `${authPath}login?returnTo=${encodeURIComponent(req.originalUrl)}`);
      return;
    }
    res.status(401).json({
      error: 'sign_in_required',
      message: 'Sign in first: open the console in a browser and sign in with your work account.',
    });
  });

  return { router, staffOf: (req) => signedIn.get(req) ?? null };
}
