// Checks Bolt does not do: only `v0` signatures exist (Bolt would verify a `v1=` one over a `v1:` base string),
// a timestamp more than five minutes in the future is refused too, and the header must be a plain number.
// Bolt then verifies the signature over the raw body (size-capped). Every refusal is logged with its reason.
import type { RequestHandler } from 'express';
import type { Logger } from '../../logger.js';

const FIVE_MINUTES = 5 * 60;

export function rejectUntimelyRequests(
  logger: Logger,
  now: () => number = () => Date.now(),
  onRefused?: (outcome: 'refused', reason: string) => void,
): RequestHandler {
  const log = logger.child({ module: 'slack' });
  return (req, res, next) => {
    const refuse = (reason: string) => {
      log.warn({ reason }, 'slack request refused');
      onRefused?.('refused', reason);
      res.status(401).send();
    };
    const raw = req.header('x-slack-request-timestamp');
    const signature = req.header('x-slack-signature');
    if (!raw || !signature) return refuse('missing signature headers');
    if (!/^\d{1,12}$/.test(raw)) return refuse('timestamp is not a number');
    if (!/^v0=[0-9a-f]{64}$/.test(signature)) return refuse('not a v0 signature');
    const skew = Number(raw) - Math.floor(now() / 1000);
    if (skew < -FIVE_MINUTES) return refuse('timestamp older than five minutes');
    if (skew > FIVE_MINUTES) return refuse('timestamp in the future');
    // Bolt checks the signature itself and answers 401 when it does not match.
    res.once('finish', () => {
      if (res.statusCode === 401) onRefused?.('refused', 'bad signature');
    });
    next();
  };
}
