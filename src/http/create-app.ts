// The one HTTP server: security headers, request logs, the channels' routers in order, and one error
// handler that never leaks internals. Slack's router must come before any JSON body parser.
import express, { type ErrorRequestHandler, type Router } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';

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
  app.use((_req, res) => {
    res.status(404).json({ error: 'not_found', message: 'There is nothing at this address.' });
  });
  app.use(errorHandler(deps.logger));
  return app;
}

type HttpError = Error & { status?: number; statusCode?: number; type?: string; expose?: boolean };

function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err: HttpError, req, res, _next) => {
    const status = err.status ?? err.statusCode ?? 500;
    if (err.type === 'entity.too.large' || status === 413) {
      res.status(413).json({ error: 'payload_too_large', message: 'The request is too large.' });
      return;
    }
    if (err.type === 'entity.parse.failed') {
      res.status(400).json({ error: 'bad_json', message: 'The request body is not valid JSON.' });
      return;
    }
    if ((err as { code?: string }).code === 'store_unavailable') {
      // The answer could not be audited: not given, and logged for an operator.
      const summary = (err as { summary?: string }).summary ?? err.message;
      logger.error({ url: req.url }, `store unavailable: ${summary}`);
      if (!res.headersSent)
        res.status(503).json({
          error: 'unavailable',
          message: 'The service cannot record answers right now. Please try again later.',
        });
      return;
    }
    if (status >= 400 && status < 500) {
      res.status(status).json({ error: 'bad_request', message: 'The request could not be understood.' });
      return;
    }
    logger.error({ err, url: req.url }, 'request failed');
    if (res.headersSent) return;
    res
      .status(500)
      .json({ error: 'internal', message: 'Something went wrong on our side. Please try again.' });
  };
}
