// Checks Bolt does not do: a timestamp more than five minutes in the future is refused too, and the
// header must be a plain number. Bolt then verifies the signature over the raw body (size-capped).
import type { RequestHandler } from 'express';

const FIVE_MINUTES = 5 * 60;

export function rejectUntimelyRequests(now: () => number = () => Date.now()): RequestHandler {
  return (req, res, next) => {
    const raw = req.header('x-slack-request-timestamp');
    const signature = req.header('x-slack-signature');
    if (!raw || !/^\d{1,12}$/.test(raw) || !signature) {
      res.status(401).send();
      return;
    }
    const skew = Number(raw) - Math.floor(now() / 1000);
    if (skew > FIVE_MINUTES || skew < -FIVE_MINUTES) {
      res.status(401).send();
      return;
    }
    next();
  };
}
