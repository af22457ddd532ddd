// The console and its JSON API answer anyone who can reach them: with no sign-in in front of them, they are
// served to this machine only. Bound to another address they are closed; on a loopback address, a request
// that came through a reverse proxy from elsewhere is refused (by the client address the proxy reports).
// Slack and Teams (their requests are signed) and the health checks answer before or beside this guard.
import express, { type Router } from 'express';
import { fromThisMachine } from './loopback.js';

/** Paths that stay open on any address: the platforms' signed endpoints answer before this guard. */
const OPEN = new Set(['/healthz', '/readyz']);

export const CONSOLE_CLOSED_MESSAGE =
  'The console and /api/* are served only on this machine until staff sign-in is configured (see README, "Security and privacy").';

/** `closed`: HOST is not a loopback address, nobody is served. `this-machine`: requests from this machine only. */
export function consoleGuard(mode: 'closed' | 'this-machine'): Router {
  const router = express.Router();
  router.use((req, res, next) => {
    if (OPEN.has(req.path) || (mode === 'this-machine' && fromThisMachine(req))) {
      next();
      return;
    }
    res.status(403).json({ error: 'sign_in_required', message: CONSOLE_CLOSED_MESSAGE });
  });
  return router;
}
