// Loopback: an address only this machine can reach (127.0.0.0/8 and ::1, also as IPv4-mapped IPv6), and
// whether a request came from this machine: behind a reverse proxy the connection is local whoever asked.
import type { IncomingMessage } from 'node:http';

export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return v4 === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

/** A host to listen on (HOST): a loopback address, `localhost`, or `[::1]`. */
export function isLoopbackHost(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  return h === 'localhost' || isLoopback(h);
}

/** An address as forwarding headers write it: quoted, in brackets, with a port. */
function bareAddress(token: string): string {
  const t = token.trim().replace(/^"|"$/g, '');
  if (t.startsWith('[')) return t.slice(1, t.indexOf(']'));
  return /^[\d.]+:\d+$/.test(t) ? (t.split(':')[0] ?? '') : t;
}

/**
 * Every address a request passed through: the connection's, and each client and proxy that X-Forwarded-For,
 * Forwarded (for=) and X-Real-IP name. Read whether or not TRUST_PROXY is set: a proxy nobody told us about
 * must not make the world look local.
 */
function addressesOf(req: IncomingMessage): string[] {
  const header = (name: string) => {
    const v = req.headers[name];
    return Array.isArray(v) ? v.join(',') : (v ?? '');
  };
  const forwarded = [...header('forwarded').matchAll(/for=("[^"]*"|[^;,\s]+)/gi)].map((m) => m[1] ?? '');
  return [
    req.socket.remoteAddress ?? '',
    ...header('x-forwarded-for').split(','),
    ...forwarded,
    ...header('x-real-ip').split(','),
  ]
    .map(bareAddress)
    .filter((a, i) => i === 0 || a !== '');
}

/** Whether a request came from this machine: its connection and every forwarded address are loopback. */
export function fromThisMachine(req: IncomingMessage): boolean {
  return addressesOf(req).every(isLoopback);
}
