// The one HTTP server: security headers, request logs, the channels' routers in order, and one error
// handler that never leaks internals. Slack's router must come before any JSON body parser.
import express, { type ErrorRequestHandler, type Router } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import type { Config } from '../config.js';
import { AppError, isAppError } from '../errors.js';
import type { Logger } from '../logger.js';
import { StoreUnavailableError } from '../store/store.js';
import { errorResponse } from './error-response.js';

export function createApp(deps: { config: Config; logger: Logger; routers: Router[] }): express.Express {
  const app = express();
  app.disable('x-powered-by');
  // One proxy in front: the client address is the one it adds, not one a client wrote into the header.
  app.set('trust proxy', deps.config.http.trustProxy ? 1 : false);
  app.use(
    pinoHttp({
      logger: deps.logger.child({ module: 'http' }),
      quietReqLogger: true,
      customLogLevel: (_req, res, err) =>
        err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
      serializers: {
        req: (req: { method: string; url: string; id: unknown }) => ({
          id: req.id,
          method: req.method,
          url: req.url,
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          'style-src': ["'self'"],
          'img-src': ["'self'", 'data:'],
          'connect-src': ["'self'"],
          'base-uri': ["'none'"],
          'form-action': ["'self'"],
          'frame-ancestors': ["'none'"],
          'object-src': ["'none'"],
        },
      },
      // Served over plain HTTP on a laptop as well as behind TLS: HSTS is the proxy's job.
      strictTransportSecurity: false,
      frameguard: { action: 'deny' },
      // Not helmet's no-referrer: with it browsers send "Origin: null" even from our own pages, and the
      // state-changing routes could not tell the console's own form from another site's. Other sites still
      // get no referrer.
      referrerPolicy: { policy: 'same-origin' },
    }),
  );
  for (const router of deps.routers) app.use(router);
  app.use((_req, _res, next) => {
    next(new AppError('not_found', 'There is nothing at this address.'));
  });
  app.use(errorHandler(deps.logger));
  return app;
}

/** The one error handler: the log keeps the detail, the caller gets what errorResponse maps the error to. */
function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    const { status, body, retryAfter } = errorResponse(err);
    if (status === 503) {
      // The answer could not be audited: not given, and logged for an operator (once in full where it arose).
      const summary = err instanceof StoreUnavailableError ? err.summary : isAppError(err) ? err.message : '';
      logger.error({ url: req.url }, `store unavailable: ${summary}`);
    } else if (status >= 500) logger.error({ err, url: req.url }, 'request failed');
    if (res.headersSent) return;
    if (retryAfter !== undefined) res.set('Retry-After', String(retryAfter));
    res.status(status).json(body);
  };
}
