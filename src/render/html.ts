// HTML building blocks for server-rendered pages: escaping first, always.
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: unknown): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Who is looking at a page: signed-in staff see their name and a sign-out button; null without sign-in. */
export type Viewer = { name: string } | null;

/** A full page with the console's stylesheet; `body` must already be escaped HTML. */
export function page(
  title: string,
  body: string,
  options: { script?: string; wide?: boolean; viewer?: Viewer } = {},
): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/assets/console.css">
</head>
<body>
<header class="top">
  <a class="brand" href="/">charterbot</a>
  <nav aria-label="Hoofdmenu / main menu"><a href="/">Vraag / Ask</a> <a href="/targets">Doelen / Targets</a> <a href="/progress">Voortgang / Progress</a> <a href="/digests">Overzichten / Digests</a></nav>${
    options.viewer
      ? `
  <form class="signed-in" method="post" action="/auth/logout"><span>${escapeHtml(options.viewer.name)}</span> <button type="submit" class="link">Afmelden <span lang="en">/ Sign out</span></button></form>`
      : ''
  }
</header>
<main id="main"${options.wide ? ' class="wide"' : ''}>
${body}
</main>
${options.script ? `<script src="${escapeHtml(options.script)}" defer></script>` : ''}
</body>
</html>
`;
}
