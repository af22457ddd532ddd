// A fake Slack Web API: a real HTTP server on port 0 that answers the methods the bot calls and
// records every call, including POSTs to response_url.
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { waitFor } from './wait-for.js';

/** `responseId`: for a POST to a response_url, the id the test gave that URL. */
type SlackCall = { method: string; body: Record<string, unknown>; responseId?: string };

/**
 * A scripted answer for the next call of a method: an HTTP status with headers, or a Slack error. `landed`:
 * the call takes effect first (a message is stored), and only its answer fails, as when Slack answers 500
 * after posting.
 */
type Scripted = { status?: number; headers?: Record<string, string>; error?: string; landed?: boolean };

export type FakeSlack = {
  apiUrl: string;
  /** The next calls of `method` get these answers, in order (then normal answers again). */
  failNext(method: string, answers: Scripted[]): void;
  /**
   * The next call of `method` is neither carried out nor answered until the returned function is called: a
   * call in flight for as long as the test wants (then answered normally, or as scripted by failNext).
   */
  holdNext(method: string): () => void;
  /** Every later chat.postMessage is answered this much later (it is stored at once, as Slack would). */
  slowDown(ms: number): void;
  /** People's messages in a channel (or a thread), each with its own current ts, as a busy channel has them. */
  chatter(channel: string, count: number, threadTs?: string): void;
  /** The messages chat.postMessage accepted in a channel (a DM: the user id), oldest first. */
  messages(channel: string): Array<{ ts: string; text: unknown; thread_ts?: string; metadata?: unknown }>;
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
let seq = 0;

export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: SlackCall[] = [];
  const scripted = new Map<string, Scripted[]>();
  let slowMs = 0;
  // What chat.postMessage posted, per channel, as conversations.history returns it (metadata included).
  const history = new Map<
    string,
    Array<{ ts: string; text: unknown; thread_ts?: string; metadata?: unknown }>
  >();
  /** One page of messages as Slack pages them: `limit` (100 unless given) from the cursor on, and the next cursor. */
  const page = <T>(all: T[], body: Record<string, unknown>) => {
    const limit = Number(body.limit ?? 100);
    const from = body.cursor ? Number(Buffer.from(String(body.cursor), 'base64').toString()) : 0;
    const more = from + limit < all.length;
    return {
      messages: all.slice(from, from + limit),
      has_more: more,
      response_metadata: { next_cursor: more ? Buffer.from(String(from + limit)).toString('base64') : '' },
    };
  };
  /** Keeps a posted message as conversations.history and .replies return it; returns its ts. */
  const store = (body: Record<string, unknown>) => {
    // Like Slack's: the time it was posted, unique per message.
    const ts =
      (String(body.channel).startsWith('U') || !body.metadata) && !body.people
        ? TS
        : `${Math.floor(Date.now() / 1000)}.${String(++seq).padStart(6, '0')}`;
    const metadata = typeof body.metadata === 'string' ? JSON.parse(body.metadata) : body.metadata;
    const list = history.get(String(body.channel)) ?? [];
    list.push({
      ts,
      text: body.text,
      ...(body.thread_ts ? { thread_ts: String(body.thread_ts) } : {}),
      ...(metadata ? { metadata } : {}),
    });
    history.set(String(body.channel), list);
    return ts;
  };
  const holds = new Map<string, Array<Promise<void>>>();
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => {
      raw += c;
    });
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const type = req.headers['content-type'] ?? '';
      let body: Record<string, unknown> = {};
      if (url.pathname.startsWith('/upload/')) body = { bytes: raw.length };
      else if (type.includes('json')) body = raw ? JSON.parse(raw) : {};
      else body = Object.fromEntries(new URLSearchParams(raw));
      for (const key of ['blocks', 'view']) {
        if (typeof body[key] === 'string') body[key] = JSON.parse(body[key] as string);
      }
      const method = url.pathname.startsWith('/response/')
        ? 'response_url'
        : url.pathname.startsWith('/upload/')
          ? 'file_upload'
          : url.pathname.replace(/^\/api\//, '');
      calls.push(
        method === 'response_url'
          ? { method, body, responseId: decodeURIComponent(url.pathname.slice('/response/'.length)) }
          : { method, body },
      );
      const held = holds.get(method)?.shift();
      if (held) held.then(() => carryOut(method, body));
      else carryOut(method, body);
    });
    /** Does what the call asks (or what was scripted for it) and answers it. */
    const carryOut = (method: string, body: Record<string, unknown>) => {
      const next = scripted.get(method)?.shift();
      if (next?.landed && method === 'chat.postMessage') store(body);
      if (next) {
        res.writeHead(next.status ?? 200, { 'content-type': 'application/json', ...(next.headers ?? {}) });
        res.end(JSON.stringify(next.error ? { ok: false, error: next.error } : { ok: false }));
        return;
      }
      const reply: Record<string, unknown> = { ok: true };
      if (method === 'auth.test')
        Object.assign(reply, { user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', user: 'charterbot' });
      if (method === 'apps.connections.open') reply.url = `ws://127.0.0.1:${port()}/socket`;
      if (method === 'chat.postMessage') Object.assign(reply, { channel: body.channel, ts: store(body) });
      if (method === 'files.getUploadURLExternal') {
        const id = `F${++seq}`;
        Object.assign(reply, { upload_url: `http://127.0.0.1:${port()}/upload/${id}`, file_id: id });
      }
      if (method === 'files.completeUploadExternal') reply.files = [];
      const after = (m: { ts: string }) => !body.oldest || m.ts > String(body.oldest);
      if (method === 'conversations.history')
        // The channel's own messages (not thread replies), newest first, one page at a time.
        Object.assign(
          reply,
          page(
            (history.get(String(body.channel)) ?? [])
              .filter((m) => after(m) && (!m.thread_ts || m.thread_ts === m.ts))
              .reverse(),
            body,
          ),
        );
      if (method === 'conversations.replies')
        // The thread: its parent and every message posted with that thread_ts, oldest first.
        Object.assign(
          reply,
          page(
            (history.get(String(body.channel)) ?? []).filter(
              (m) => after(m) && (m.ts === String(body.ts) || m.thread_ts === String(body.ts)),
            ),
            body,
          ),
        );
      const answer = () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(reply));
      };
      if (method === 'chat.postMessage' && slowMs > 0) setTimeout(answer, slowMs);
      else answer();
    };
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
    messages: (channel) => [...(history.get(channel) ?? [])],
    chatter(channel, count, threadTs) {
      for (let i = 0; i < count; i++)
        store({ channel, text: `message ${i}`, metadata: undefined, thread_ts: threadTs, people: true });
    },
    failNext(method, answers) {
      scripted.set(method, [...(scripted.get(method) ?? []), ...answers]);
    },
    holdNext(method) {
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      holds.set(method, [...(holds.get(method) ?? []), held]);
      return release;
    },
    slowDown(ms) {
      slowMs = ms;
    },
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
