// /openapi.json describes every route the server serves, from the same zod schemas it validates with.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../support/server.js';

type Doc = { openapi: string; paths: Record<string, Record<string, unknown>> };
type Layer = { route?: { path: string; methods: Record<string, boolean> }; handle?: { stack?: Layer[] } };

describe('GET /openapi.json', () => {
  let server: TestServer;
  // With staff sign-in configured the server also mounts /auth/*; the provider is not asked until a sign-in.
  let signedIn: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    signedIn = await startTestServer({
      OIDC_ISSUER: 'https://login.example.org/tenant/v2.0',
      OIDC_CLIENT_ID: 'charterbot',
      SESSION_SECRET: 's'.repeat(40),
      PUBLIC_URL: 'https://charterbot.example.org/',
      AUDIT_PSEUDONYM_KEY: 'k'.repeat(40),
    });
  });
  afterAll(async () => {
    await server.close();
    await signedIn.close();
  });

  it('is OpenAPI 3.1 and names every route of the web router and /metrics, with its methods', async () => {
    const res = await fetch(new URL('/openapi.json', server.url));
    expect(res.status).toBe(200);
    const doc = (await res.json()) as Doc;
    expect(doc.openapi).toBe('3.1.0');
    const routes: Array<[string, string]> = [];
    const walk = (stack: Layer[] | undefined) => {
      for (const layer of stack ?? []) {
        if (layer.route) for (const m of Object.keys(layer.route.methods)) routes.push([m, layer.route.path]);
        walk(layer.handle?.stack);
      }
    };
    for (const router of signedIn.routers) walk((router as unknown as { stack: Layer[] }).stack);
    const served = routes
      .filter(
        ([, path]) => !path.startsWith('/slack') && path !== '/api/messages' && !path.startsWith('/assets'),
      )
      .map(([m, path]) => [m, path.replace(/:(\w+)/g, '{$1}')] as const);
    expect(served.length).toBeGreaterThan(10);
    expect(served).toContainEqual(['post', '/auth/logout']);
    for (const [method, path] of served) expect(doc.paths[path]?.[method], `${method} ${path}`).toBeDefined();
  });

  it('describes the question body the server validates', async () => {
    const doc = (await (await fetch(new URL('/openapi.json', server.url))).json()) as {
      paths: Record<string, { post?: { requestBody?: { content: Record<string, { schema: unknown }> } } }>;
    };
    const schema = JSON.stringify(
      doc.paths['/api/ask']?.post?.requestBody?.content['application/json']?.schema,
    );
    expect(schema).toContain('"question"');
    expect(schema).toContain('"thread"');
  });

  it('lists every progress status, not_measured included', async () => {
    const doc = (await (await fetch(new URL('/openapi.json', server.url))).json()) as {
      components: { schemas: Record<string, { properties: Record<string, { enum?: string[] }> }> };
    };
    expect(doc.components.schemas.ProgressRow?.properties.status?.enum).toEqual([
      'achieved',
      'on_track',
      'at_risk',
      'off_track',
      'missed',
      'not_measured',
      'no_data',
    ]);
  });
});
