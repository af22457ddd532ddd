// A minimal browser for sign-in tests: a cookie jar (name, path, Max-Age) and manual redirects across
// the bot and the identity provider. PUBLIC_URL stands for the municipality's reverse proxy: requests to
// it go to the test server, the way the proxy would forward them.
export type Browser = {
  /** One request, cookies sent and stored, no redirect followed. */
  request(url: string, init?: RequestInit): Promise<Response>;
  /** Follows redirects (up to 10) and returns the last response and every address visited. */
  visit(url: string, init?: RequestInit): Promise<{ res: Response; trail: string[] }>;
  cookies(): Map<string, string>;
  /** Replaces a cookie's value, as someone editing it in the browser would. */
  setCookie(name: string, value: string): void;
};

export function createBrowser(proxy: { publicUrl: string; serverUrl: string }): Browser {
  const jar = new Map<string, { value: string; path: string }>();
  const route = (url: string) =>
    url.startsWith(proxy.publicUrl) ? proxy.serverUrl + url.slice(proxy.publicUrl.length) : url;

  async function request(url: string, init: RequestInit = {}): Promise<Response> {
    const path = new URL(url).pathname;
    const cookie = [...jar]
      .filter(([, c]) => path.startsWith(c.path))
      .map(([name, c]) => `${name}=${c.value}`)
      .join('; ');
    const headers = new Headers(init.headers);
    if (cookie) headers.set('cookie', cookie);
    const res = await fetch(route(url), { ...init, headers, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';').map((p) => p.trim());
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const attr = (key: string) =>
        attributes.find((a) => a.toLowerCase().startsWith(`${key}=`))?.slice(key.length + 1);
      if (attr('max-age') === '0') jar.delete(name);
      else jar.set(name, { value: pair.slice(eq + 1), path: attr('path') ?? '/' });
    }
    return res;
  }

  return {
    request,
    async visit(url, init) {
      const trail = [url];
      let res = await request(url, init);
      for (let i = 0; i < 10 && res.status >= 300 && res.status < 400; i++) {
        const next = new URL(res.headers.get('location') ?? '', trail.at(-1)).href;
        trail.push(next);
        res = await request(next);
      }
      return { res, trail };
    },
    cookies: () => new Map([...jar].map(([k, v]) => [k, v.value])),
    setCookie(name, value) {
      const c = jar.get(name);
      jar.set(name, { value, path: c?.path ?? '/' });
    },
  };
}
