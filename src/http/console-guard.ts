// The console and its JSON API answer anyone who can reach them: with no sign-in in front of them, they are
// served on this machine only. Bound to another address, the server keeps answering Slack and Teams
// (their requests are signed) and health checks, and refuses the console and /api/* with a clear message.
import express, { type Router } from 'express';

/** Paths that stay open on any address: the platforms' signed endpoints answer before this guard. */
const OPEN = new Set(['/healthz', '/readyz']);

export const CONSOLE_CLOSED_MESSAGE =
  'The console and /api/* are served only on this machine until staff sign-in is configured (see README, "Security and privacy").';

export function consoleGuard(): Router {
  const router = express.Router();
  router.use((req, res, next) => {
    if (OPEN.has(req.path)) {
      next();
      return;
    }
    res.status(403).json({ error: 'sign_in_required', message: CONSOLE_CLOSED_MESSAGE });
  });
  return router;
}
