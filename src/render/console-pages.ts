// Server-rendered pages of the web console. Every piece of text goes through escapeHtml.
import type { Knowledge } from '../charter/load.js';
import type { Clause, Target } from '../charter/schema.js';
import { type Messages, messages } from '../phrase/catalogue.js';
import { indicatorName, themeName, valueAt, withUnit } from '../phrase/wording.js';
import { DEFAULT_VIEWER, escapeHtml as e, page, type Viewer } from './html.js';
import { signedOn } from './source.js';
import { targetChart } from './target-chart.js';

const EXAMPLES = {
  nl: [
    'Wat is het doel voor woninginbraken in Ondiep in 2011?',
    'Wat is het doel voor uitkeringen in Zuilen-Oost voor 2017?',
    'Welke wijk heeft het laagste doel voor uitkeringen in 2017?',
    'Hoe groot is het leefbaarheidbudget per wijk?',
  ],
  en: [
    'What is the Ondiep burglary target for 2011?',
    'What is the benefits target for Zuilen-Oost in 2017?',
    'Which wijk has the lowest benefits target for 2017?',
    'How large is the liveability budget per wijk?',
  ],
};

const CONSOLE = {
  nl: {
    title: 'charterbot — vraag het charter',
    h1: 'Vraag het charter',
    intro:
      'Vragen over het charter krachtwijken Utrecht (9 juni 2008), in het Nederlands of Engels. Elk antwoord citeert de bepaling letterlijk.',
    conversation: 'Gesprek',
    label: 'Uw vraag',
    help: (example: string) =>
      `Bijvoorbeeld: “${e(example)}”. Vervolgvragen zoals “en voor 2017?” horen bij hetzelfde gesprek. Enter verstuurt, Shift+Enter geeft een nieuwe regel.`,
    ask: 'Vraag',
    newConversation: 'Nieuw gesprek',
    examples: 'Voorbeelden',
  },
  en: {
    title: 'charterbot — ask the charter',
    h1: 'Ask the charter',
    intro:
      'Questions about the Utrecht krachtwijken charter (9 June 2008), in Dutch or English. Every answer quotes its clause word for word.',
    conversation: 'Conversation',
    label: 'Your question',
    help: (example: string) =>
      `For example: “${e(example)}”. Follow-ups such as “and for 2017?” belong to the same conversation. Enter sends, Shift+Enter starts a new line.`,
    ask: 'Ask',
    newConversation: 'New conversation',
    examples: 'Examples',
  },
};

/**
 * The words console.js writes itself (status lines and confirmations; the answers come drawn from the server),
 * from the catalogue in the page's language.
 */
const SCRIPT_LABELS = [
  'question',
  'quoteCopied',
  'copyEmail',
  'emailCopied',
  'selectText',
  'chooseReasonFirst',
  'responseThanks',
  'empty',
  'working',
  'offline',
  'expired',
  'signIn',
  'error',
  'newConversation',
] as const satisfies ReadonlyArray<keyof Messages>;

/** JSON inside a <script> data block: no "</script>" or "<!--" can end or change it. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export function consolePage(viewer: Viewer = DEFAULT_VIEWER): string {
  const t = CONSOLE[viewer.lang];
  const m = messages(viewer.lang);
  const labels = Object.fromEntries(SCRIPT_LABELS.map((key) => [key, m[key]]));
  const examples = EXAMPLES[viewer.lang];
  return page(
    t.title,
    `<h1>${t.h1}</h1>
<p class="intro">${t.intro}</p>
<section aria-labelledby="conversation-title">
  <h2 id="conversation-title" class="visually-hidden">${t.conversation}</h2>
  <ol id="conversation" class="conversation" aria-live="polite"></ol>
</section>
<form id="ask-form" class="ask" novalidate>
  <label for="question">${t.label}</label>
  <textarea id="question" name="question" rows="2" maxlength="500" required aria-describedby="question-help"></textarea>
  <p id="question-help" class="help">${t.help(examples[0] ?? '')}</p>
  <div class="actions">
    <button type="submit" id="ask-button">${t.ask}</button>
    <button type="button" id="new-conversation" class="secondary">${t.newConversation}</button>
  </div>
  <p id="status" class="status" role="status"></p>
</form>
<section aria-labelledby="examples-title" class="examples">
  <h2 id="examples-title">${t.examples}</h2>
  <ul>${examples.map((q) => `<li><button type="button" class="example link">${e(q)}</button></li>`).join('')}</ul>
</section>
<script type="application/json" id="console-labels">${scriptJson(labels)}</script>`,
    { script: '/assets/console.js', viewer },
  );
}

const TARGETS = {
  nl: {
    title: 'charterbot — doelen per wijk',
    h1: 'Doelen per wijk',
    intro: (n: number, signed: string) =>
      `${n} doelen uit het charter van ${e(signed)}: uitgangssituatie 2006, tussenresultaat 2011 en ambitie 2017.`,
    caption: (wijk: string) => `Doelen voor ${e(wijk)}`,
    head: ['Thema', 'Indicator', '2006', '2011', '2017', 'Verloop', 'Bron'],
    clause: 'bepaling',
  },
  en: {
    title: 'charterbot — targets by wijk',
    h1: 'Targets by wijk',
    intro: (n: number, signed: string) =>
      `${n} targets from the charter of ${e(signed)}: the 2006 baseline, the 2011 milestone and the 2017 ambition.`,
    caption: (wijk: string) => `Targets for ${e(wijk)}`,
    head: ['Theme', 'Indicator', '2006', '2011', '2017', 'Path', 'Source'],
    clause: 'clause',
  },
};

const none = '<span class="none">—</span>';

export function targetsPage(k: Knowledge, viewer: Viewer = DEFAULT_VIEWER): string {
  const lang = viewer.lang;
  const t = TARGETS[lang];
  const cell = (target: Target, year: number) => {
    const v = target.targets.find((x) => x.year === year);
    return v ? e(valueAt(target, v, lang, false)) : none;
  };
  const wijken = [...new Set(k.targets.map((x) => x.wijk))];
  const sections = wijken
    .map((wijk) => {
      const rows = k.targets
        .filter((x) => x.wijk === wijk)
        .map(
          (x) => `<tr>
  <td data-label="${t.head[0]}">${e(themeName(k.lexicon, x.theme, lang))}</td>
  <th scope="row">${e(indicatorName(k.lexicon, x.indicator, lang, x.label))}${x.kind === 'change_vs_2006' ? ` <span class="tag">${messages(lang).versus} 2006</span>` : ''}</th>
  <td data-label="2006">${x.baseline ? e(withUnit(x.baseline, x.unit, lang)) : none}</td>
  <td data-label="2011">${cell(x, 2011)}</td>
  <td data-label="2017">${cell(x, 2017)}</td>
  <td data-label="${t.head[5]}">${targetChart(x)}</td>
  <td data-label="${t.head[6]}"><a href="/clauses/${encodeURIComponent(x.clauseId)}">${t.clause}<span class="visually-hidden"> ${e(x.clauseId)}</span></a></td>
</tr>`,
        )
        .join('\n');
      return `<section aria-labelledby="w-${e(wijk)}">
<h2 id="w-${e(wijk)}">${e(wijk)}</h2>
<div class="table-wrap"><table class="stack">
<caption>${t.caption(wijk)}</caption>
<thead><tr>${t.head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>
<tbody>
${rows}
</tbody></table></div>
</section>`;
    })
    .join('\n');
  return page(
    t.title,
    `<h1>${t.h1}</h1>
<p class="intro">${t.intro(k.targets.length, signedOn(k.meta, lang))}</p>
${sections}`,
    { viewer },
  );
}

const CLAUSE = {
  nl: {
    notes: 'Voetnoten',
    partOf: 'Hoort bij',
    source: (title: string, signed: string) => `Bron: ${e(title)}, ondertekend op ${e(signed)}.`,
    back: '← Doelen',
    copy: 'Kopieer de tekst',
    notFound: 'Niet gevonden',
    home: 'Terug naar de vraag',
  },
  en: {
    notes: 'Footnotes',
    partOf: 'Part of',
    source: (title: string, signed: string) => `Source: ${e(title)}, signed on ${e(signed)}.`,
    back: '← Targets',
    copy: 'Copy the text',
    notFound: 'Not found',
    home: 'Back to asking',
  },
};

/** A clause is named by its place in the charter ("2. Op het gebied van veiligheid › a. Gezamenlijke ambitie"). */
const titleOf = (c: Clause) => c.section;

export function clausePage(c: Clause, k: Knowledge, viewer: Viewer = DEFAULT_VIEWER): string {
  const t = CLAUSE[viewer.lang];
  const notes = c.footnotes
    .map((id) => k.clauseById.get(id))
    .filter((n): n is Clause => n !== undefined)
    .map(
      (n) => `<li><a href="/clauses/${encodeURIComponent(n.id)}">${e(n.path.at(-1))}</a>: ${e(n.text)}</li>`,
    )
    .join('');
  const parent = c.parentId ? k.clauseById.get(c.parentId) : undefined;
  return page(
    `charterbot — ${titleOf(c)}`,
    `<h1 lang="nl">${e(titleOf(c))}</h1>
<figure class="citation">
<blockquote class="quote" lang="nl">${e(c.text).replace(/\n/g, '<br>')}</blockquote>
<figcaption><button type="button" class="copy-quote secondary" data-copy="${e(c.text)}">${t.copy}</button></figcaption>
</figure>
${notes ? `<h2>${t.notes}</h2><ul>${notes}</ul>` : ''}
${parent ? `<p>${t.partOf} <a href="/clauses/${encodeURIComponent(parent.id)}" lang="nl">${e(titleOf(parent))}</a>.</p>` : ''}
<p class="source">${t.source(k.meta.title, signedOn(k.meta, viewer.lang))}</p>
<p><a href="/targets">${t.back}</a></p>`,
    { viewer, script: '/assets/clause.js' },
  );
}

export function notFoundPage(viewer: Viewer = DEFAULT_VIEWER): string {
  const t = CLAUSE[viewer.lang];
  return page(`charterbot — ${t.notFound}`, `<h1>${t.notFound}</h1><p><a href="/">${t.home}</a></p>`, {
    viewer,
  });
}
