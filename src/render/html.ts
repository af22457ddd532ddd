// HTML building blocks for server-rendered pages: escaping first, always.
import type { Language } from '../engine/types.js';

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

/** Who is looking at a page: in which language, and (with staff sign-in) who, for the header. */
export type Viewer = { lang: Language; staff: { name: string } | null; path?: string };

export const DEFAULT_VIEWER: Viewer = { lang: 'nl', staff: null };

const SHELL = {
  nl: {
    menu: 'Hoofdmenu',
    ask: 'Vraag',
    targets: 'Doelen',
    progress: 'Voortgang',
    digests: 'Overzichten',
    signOut: 'Afmelden',
    skip: 'Naar de inhoud',
    other: { lang: 'en', label: 'English' },
  },
  en: {
    menu: 'Main menu',
    ask: 'Ask',
    targets: 'Targets',
    progress: 'Progress',
    digests: 'Digests',
    signOut: 'Sign out',
    skip: 'Skip to content',
    other: { lang: 'nl', label: 'Nederlands' },
  },
} as const;

/** A full page with the console's stylesheet, in the viewer's language; `body` must already be escaped HTML. */
export function page(
  title: string,
  body: string,
  options: { script?: string; wide?: boolean; viewer?: Viewer } = {},
): string {
  const viewer = options.viewer ?? DEFAULT_VIEWER;
  const t = SHELL[viewer.lang];
  const back = encodeURIComponent(viewer.path ?? '/');
  return `<!doctype html>
<html lang="${viewer.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/console.css">
</head>
<body>
<a class="skip" href="#main">${t.skip}</a>
<header class="top">
  <a class="brand" href="/">charterbot</a>
  <nav aria-label="${t.menu}"><a href="/">${t.ask}</a> <a href="/targets">${t.targets}</a> <a href="/progress">${t.progress}</a> <a href="/digests">${t.digests}</a></nav>
  <div class="tools">
    <a href="/language?set=${t.other.lang}&amp;back=${back}" lang="${t.other.lang}" hreflang="${t.other.lang}">${t.other.label}</a>${
      viewer.staff
        ? `
    <form class="signed-in" method="post" action="/auth/logout"><span>${escapeHtml(viewer.staff.name)}</span> <button type="submit" class="link">${t.signOut}</button></form>`
        : ''
    }
  </div>
</header>
<main id="main"${options.wide ? ' class="wide"' : ''}>
${body}
</main>
${options.script ? `<script src="${escapeHtml(options.script)}" defer></script>` : ''}
</body>
</html>
`;
}
