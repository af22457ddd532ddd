// A fake Slack Web API: a real HTTP server on port 0 that answers the methods the bot calls and
// records every call, including POSTs to response_url.
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { waitFor } from './wait-for.js';

/** `responseId`: for a POST to a response_url, the id the test gave that URL. */
type SlackCall = { method: string; body: Record<string, unknown>; responseId?: string };

export type FakeSlack = {
  apiUrl: string;
  /** Socket Mode: resolves once the app has connected to the fake's WebSocket. */
  socketConnected(): Promise<void>;
  /** Sends an envelope over the socket and resolves when the app acknowledges it. */
  sendEnvelope(type: 'events_api' | 'slash_commands' | 'interactive', payload: unknown): Promise<void>;
  responseUrl(id: string): string;
  calls: SlackCall[];
  waitFor(pred: (c: SlackCall) => boolean, timeoutMs?: number): Promise<SlackCall>;
  close(): Promise<void>;
};

const TS = '1700000500.000100';

export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: SlackCall[] = [];
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => {
      raw += c;
    });
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const type = req.headers['content-type'] ?? '';
      let body: Record<string, unknown> = {};
      if (type.includes('json')) body = raw ? JSON.parse(raw) : {};
      else body = Object.fromEntries(new URLSearchParams(raw));
      for (const key of ['blocks', 'view']) {
        if (typeof body[key] === 'string') body[key] = JSON.parse(body[key] as string);
      }
      const method = url.pathname.startsWith('/response/')
        ? 'response_url'
        : url.pathname.replace(/^\/api\//, '');
      calls.push(
        method === 'response_url'
          ? { method, body, responseId: decodeURIComponent(url.pathname.slice('/response/'.length)) }
          : { method, body },
      );
      const reply: Record<string, unknown> = { ok: true };
      if (method === 'auth.test')
        Object.assign(reply, { user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', user: 'charterbot' });
      if (method === 'apps.connections.open') reply.url = `ws://127.0.0.1:${port()}/socket`;
      if (method === 'chat.postMessage') Object.assign(reply, { channel: body.channel, ts: TS });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(reply));
    });
  });
  const sockets = new WebSocketServer({ server, path: '/socket' });
  const acks = new Map<string, () => void>();
  let socket: WebSocket | null = null;
  let connected: () => void = () => {};
  const connection = new Promise<void>((resolve) => {
    connected = resolve;
  });
  sockets.on('connection', (ws) => {
    socket = ws;
    ws.on('message', (data) => {
      const { envelope_id } = JSON.parse(String(data)) as { envelope_id?: string };
      if (envelope_id) acks.get(envelope_id)?.();
    });
    ws.send(
      JSON.stringify({
        type: 'hello',
        num_connections: 1,
        connection_info: { app_id: 'A1' },
        debug_info: { host: 'fake' },
      }),
    );
    connected();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = () => (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port()}`;
  return {
    apiUrl: `${base}/api/`,
    responseUrl: (id) => `${base}/response/${id}`,
    calls,
    waitFor: (pred, timeoutMs = 5000) =>
      waitFor(calls, pred, timeoutMs, () => calls.map((c) => c.method).join(', ')),
    socketConnected: () => connection,
    sendEnvelope(type, payload) {
      const envelope_id = randomUUID();
      return new Promise<void>((resolve, reject) => {
        acks.set(envelope_id, resolve);
        if (!socket) reject(new Error('no Socket Mode connection'));
        socket?.send(
          JSON.stringify({
            envelope_id,
            type,
            payload,
            accepts_response_payload: false,
            retry_attempt: 0,
            retry_reason: '',
          }),
        );
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const c of sockets.clients) c.terminate();
        sockets.close();
        server.close(() => resolve());
      }),
  };
}
