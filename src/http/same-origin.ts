// State-changing requests from a page on another site are refused. Browsers say where a request comes from
// (Origin, Sec-Fetch-Site); a form on another site can post to us, cookies or not, so their word decides.
// Clients that are not browsers (curl, scripts) send neither and are let through: they cannot be tricked.
import type { Request, RequestHandler } from 'express';

/** Whether `origin` is this server: its public address, or the host the request was sent to. */
function isOwnOrigin(req: Request, origin: string, publicOrigin: string | null): boolean {
  if (origin === publicOrigin) return true;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false; // "null": a sandboxed frame, a file, a redirect across sites
  }
  const forwardedHost = req.app.get('trust proxy') ? req.get('x-forwarded-host') : undefined;
  return host === req.get('host') || (forwardedHost !== undefined && host === forwardedHost);
}

export function refuseCrossSite(publicUrl: string | URL | undefined): RequestHandler {
  const publicOrigin = publicUrl ? new URL(publicUrl).origin : null;
  return (req, res, next) => {
    const site = req.get('sec-fetch-site');
    const origin = req.get('origin');
    const crossSite =
      (site !== undefined && site !== 'same-origin' && site !== 'none') ||
      (origin !== undefined && !isOwnOrigin(req, origin, publicOrigin));
    if (crossSite) {
      res
        .status(403)
        .json({ error: 'cross_site', message: 'This request must come from the console itself.' });
      return;
    }
    next();
  };
}
