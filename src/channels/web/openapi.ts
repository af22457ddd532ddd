// GET /openapi.json: the HTTP API described from the zod schemas the router validates with
// (@asteasolutions/zod-to-openapi), so the description cannot drift from what the server accepts.
import { extendZodWithOpenApi, OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { THEME_WORDS } from '../../charter/themes.js';
import { PROGRESS_STATUSES } from '../../progress/types.js';
import {
  AnswerBody,
  AnswerHtmlBody,
  AskBody,
  EmailBody,
  FeedbackBody,
  ProgressQuery,
} from './api-schemas.js';

extendZodWithOpenApi(z);

const Problem = z
  .object({ error: z.string(), message: z.string() })
  .openapi('Problem', { description: 'Every refusal: a stable code and a sentence for people.' });
const Citation = z.object({ id: z.string(), section: z.string(), quote: z.string() });
const Answer = AnswerBody.extend({
  id: z.string().optional(),
  facts: z.array(z.record(z.string(), z.unknown())),
  citations: z.array(Citation),
}).openapi('Answer', { description: 'The answer contract (DESIGN.md): every figure backed by a citation.' });
const AnswerHtml = z.string().openapi({
  description:
    'The answer as the web console shows it: one <div class="answer">, every text escaped, its labels in the ' +
    'interface language (the language cookie, else Accept-Language), its buttons marked by data-action.',
});
const ProgressRow = z
  .object({
    wijk: z.string(),
    indicator: z.string(),
    status: z.enum(PROGRESS_STATUSES as [string, ...string[]]).openapi({
      description:
        'achieved | on_track | at_risk | off_track | missed: the verdict; not_measured: the last milestone has passed and neither its year nor the year before or after was measured (latest and trend still given); no_data: nothing measured after the baseline.',
    }),
    stale: z.boolean(),
    ended: z.boolean().openapi({ description: 'Every milestone has passed: the charter period has ended.' }),
    trend: z
      .object({ status: z.string(), ratio: z.number().nullable(), year: z.number() })
      .nullable()
      .openapi({ description: 'For not_measured: what the trend implied at the latest measurement.' }),
    reasonCode: z.string(),
    reason: z.string(),
  })
  .catchall(z.unknown())
  .openapi('ProgressRow', { description: 'Where one target stands (README, "How a status is decided").' });
/** The preview's query as a client writes it (the router also accepts repeated wijk and theme). */
const PreviewParams = z.object({
  asOf: z.string().optional().openapi({ example: '2010-06-01' }),
  wijk: z.string().optional().openapi({ description: 'A wijk; repeat for up to four.' }),
  theme: z.enum(THEME_WORDS).optional().openapi({ description: 'A theme, in Dutch or English.' }),
  language: z.enum(['nl', 'en']).default('nl'),
  format: z.enum(['json', 'slack', 'teams', 'email', 'text']).default('json'),
});

const json = (schema: z.ZodType, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const html = (description: string) => ({ description, content: { 'text/html': { schema: z.string() } } });
const crossSite = json(Problem, 'cross_site: sent by a page on another site (Origin, Sec-Fetch-Site).');
const refused = {
  400: json(Problem, 'The request is malformed; the message names the field.'),
  429: json(Problem, 'Too many requests from this address.'),
  503: json(Problem, 'The store cannot record answers right now.'),
};

function registry(): OpenAPIRegistry {
  const r = new OpenAPIRegistry();
  r.registerPath({
    method: 'post',
    path: '/api/ask',
    summary: 'Ask a question about the charter; the answer is recorded in the audit log.',
    request: { body: { content: { 'application/json': { schema: AskBody } } } },
    responses: {
      200: {
        ...json(
          Answer.extend({ html: AnswerHtml }),
          'The answer, and `html`: the answer as the console draws it.',
        ),
        headers: z.object({ 'X-Answer-Id': z.string().openapi({ description: 'Its audit record.' }) }),
      },
      403: crossSite,
      ...refused,
    },
  });
  r.registerPath({
    method: 'post',
    path: '/api/feedback',
    summary: 'Helpful or not (with a reason) for an answer; stored with its audit record.',
    request: { body: { content: { 'application/json': { schema: FeedbackBody } } } },
    responses: {
      201: json(z.object({ status: z.literal('recorded') }), 'Recorded.'),
      404: json(z.object({ error: z.literal('not_found'), message: z.string() }), 'No answer with that id.'),
      403: crossSite,
      ...refused,
    },
  });
  r.registerPath({
    method: 'post',
    path: '/api/render/email',
    summary:
      'The paste-ready e-mail text of an answer: greeting, answer, quote, source, closing. Send the Answer, ' +
      'or { answer, language } for an e-mail in the other language. Quotes are checked against the charter.',
    request: { body: { content: { 'application/json': { schema: EmailBody } } } },
    responses: {
      200: { description: 'Plain text.', content: { 'text/plain': { schema: z.string() } } },
      422: json(
        z.object({
          error: z.enum(['nothing_to_send', 'no_translation', 'quote_mismatch']),
          message: z.string(),
        }),
        'No e-mail: the answer does not answer (not_found, clarify), has no version in that language, or a quote is not the charter’s.',
      ),
      403: crossSite,
      ...refused,
    },
  });
  r.registerPath({
    method: 'post',
    path: '/api/render/html',
    summary:
      'An answer as the web console draws it (the `html` of /api/ask), for an Answer the client already has; ' +
      'with `answerId`, its audit record, it offers feedback. Pure rendering, nothing stored.',
    request: { body: { content: { 'application/json': { schema: AnswerHtmlBody } } } },
    responses: {
      200: {
        description: 'The markup; Content-Language names the language of its labels.',
        content: { 'text/html': { schema: AnswerHtml } },
      },
      403: crossSite,
      ...refused,
    },
  });
  r.registerPath({
    method: 'get',
    path: '/api/targets',
    summary: 'The 48 wijk targets.',
    responses: { 200: json(z.array(z.record(z.string(), z.unknown())), 'One row per target.') },
  });
  r.registerPath({
    method: 'get',
    path: '/api/progress',
    summary: 'Where each target stands against the recorded measurements.',
    request: { query: ProgressQuery },
    responses: { 200: json(z.array(ProgressRow), 'One row per target.'), ...refused },
  });
  r.registerPath({
    method: 'get',
    path: '/api/digest/preview',
    summary: 'The digest a channel would get now, in any rendering; nothing is posted.',
    request: { query: PreviewParams },
    responses: { 200: json(z.record(z.string(), z.unknown()), 'The digest.'), ...refused },
  });
  const pages: Array<[string, string]> = [
    ['/', 'The web console.'],
    ['/targets', 'All targets as a page.'],
    ['/progress', 'Progress as a page.'],
    ['/digests', 'Digest subscriptions and previews.'],
    ['/clauses/{id}', 'One clause of the charter, quoted.'],
  ];
  for (const [path, summary] of pages) {
    r.registerPath({
      method: 'get',
      path,
      summary,
      ...(path.includes('{id}') ? { request: { params: z.object({ id: z.string() }) } } : {}),
      responses: { 200: html(summary) },
    });
  }
  r.registerPath({
    method: 'get',
    path: '/charts/{wijk}.png',
    summary: "A wijk's chart for digests: up to four measured targets to an image, theme by theme.",
    request: {
      params: z.object({ wijk: z.string() }),
      query: z.object({
        asOf: z.string().optional(),
        language: z.enum(['nl', 'en']).optional(),
        theme: z
          .string()
          .optional()
          .describe('Themes (a comma list, in Dutch or English): a digest’s scope.'),
        part: z.string().optional().describe('Which of the wijk’s images, from 1 (default 1).'),
      }),
    },
    responses: {
      200: { description: 'PNG image.', content: { 'image/png': { schema: z.string() } } },
      400: { description: 'A theme that is not one of the charter’s.' },
      404: { description: 'No such wijk, or no such part.' },
    },
  });
  r.registerPath({
    method: 'get',
    path: '/language',
    summary: "The console's interface language (a cookie), then back to the page the visitor was on.",
    request: { query: z.object({ set: z.enum(['nl', 'en']), back: z.string().optional() }) },
    responses: { 303: { description: 'Back to `back` (a path on this site), or /.' } },
  });
  r.registerPath({
    method: 'get',
    path: '/healthz',
    summary: 'The process runs.',
    responses: { 200: json(z.object({ status: z.literal('ok') }), 'Alive.') },
  });
  r.registerPath({
    method: 'get',
    path: '/readyz',
    summary: 'The store can write to its file.',
    responses: {
      200: json(z.object({ status: z.literal('ready') }).passthrough(), 'Ready.'),
      503: json(z.object({ status: z.literal('not_ready'), message: z.string() }), 'Not ready, and why.'),
    },
  });
  r.registerPath({
    method: 'get',
    path: '/metrics',
    summary: 'Prometheus metrics (bearer METRICS_TOKEN, or this machine only).',
    responses: {
      200: { description: 'Prometheus text format.', content: { 'text/plain': { schema: z.string() } } },
    },
  });
  const redirect = (description: string) => ({ 303: { description } });
  const page = (description: string) => ({
    description,
    content: { 'text/html': { schema: z.string() } },
  });
  r.registerPath({
    method: 'get',
    path: '/auth/login',
    summary: 'Staff sign-in (when configured): off to the identity provider, with PKCE, state and nonce.',
    request: { query: z.object({ returnTo: z.string().optional() }) },
    responses: {
      ...redirect("To the provider's authorization endpoint."),
      503: page('The identity provider cannot be reached.'),
    },
  });
  r.registerPath({
    method: 'get',
    path: '/auth/callback',
    summary: "The provider's answer: sets the encrypted session cookie and returns to the page asked for.",
    responses: {
      ...redirect('Signed in: back to returnTo.'),
      400: page('Expired, forged or broken sign-in.'),
      403: page('The provider refused the person.'),
    },
  });
  r.registerPath({
    method: 'post',
    path: '/auth/logout',
    summary: 'Clears the session cookie; only the console itself may post it.',
    responses: { ...redirect('To /auth/signed-out.'), 403: crossSite },
  });
  r.registerPath({
    method: 'get',
    path: '/auth/signed-out',
    summary: 'Confirms signing out.',
    responses: { 200: page('Signed out.') },
  });
  r.registerPath({
    method: 'get',
    path: '/openapi.json',
    summary: 'This description.',
    responses: { 200: json(z.record(z.string(), z.unknown()), 'OpenAPI 3.1.') },
  });
  return r;
}

let cached: unknown = null;

export function openApiDocument(): unknown {
  cached ??= new OpenApiGeneratorV31(registry().definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'charterbot',
      version: '1',
      description:
        'Answers questions about the 2008 Utrecht krachtwijken charter, quoting the clause word for word. ' +
        'With staff sign-in configured (OIDC_ISSUER), every path except /healthz, /readyz, /metrics and ' +
        '/auth/* needs the session cookie a sign-in sets; without it the API answers 401 sign_in_required.',
    },
  });
  return cached;
}
