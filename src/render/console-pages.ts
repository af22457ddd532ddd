// Server-rendered pages of the web console. Every piece of text goes through escapeHtml.
import type { Knowledge } from '../charter/load.js';
import type { Clause, Target } from '../charter/schema.js';
import { valueAt, withUnit } from '../phrase/wording.js';
import { escapeHtml as e, page, type Viewer } from './html.js';
import { targetChart } from './target-chart.js';

const EXAMPLES = [
  'What is the Ondiep burglary target for 2011?',
  'Wat is het doel voor uitkeringen in Zuilen-Oost voor 2017?',
  'Which wijk has the lowest benefits target for 2017?',
  'Hoe groot is het leefbaarheidbudget per wijk?',
];

export function consolePage(viewer: Viewer = null): string {
  return page(
    'charterbot — vraag het charter / ask the charter',
    `<h1>Vraag het charter <span lang="en">/ Ask the charter</span></h1>
<p class="intro">Vragen over het charter krachtwijken Utrecht (9 juni 2008), in het Nederlands of Engels. Elk antwoord citeert de bepaling letterlijk.
<span lang="en">Questions about the Utrecht krachtwijken charter, in Dutch or English. Every answer quotes its clause word for word.</span></p>
<section aria-labelledby="conversation-title">
  <h2 id="conversation-title" class="visually-hidden">Gesprek / Conversation</h2>
  <ol id="conversation" class="conversation" aria-live="polite"></ol>
</section>
<form id="ask-form" class="ask" novalidate>
  <label for="question">Uw vraag <span lang="en">/ Your question</span></label>
  <textarea id="question" name="question" rows="2" maxlength="500" required aria-describedby="question-help"></textarea>
  <p id="question-help" class="help">Bijvoorbeeld / for example: “${e(EXAMPLES[0])}”. Vervolgvragen zoals “en voor 2017?” horen bij hetzelfde gesprek.</p>
  <div class="actions">
    <button type="submit" id="ask-button">Vraag <span lang="en">/ Ask</span></button>
    <button type="button" id="new-conversation" class="secondary">Nieuw gesprek <span lang="en">/ New conversation</span></button>
  </div>
  <p id="status" class="status" role="status"></p>
</form>
<section aria-labelledby="examples-title" class="examples">
  <h2 id="examples-title">Voorbeelden <span lang="en">/ Examples</span></h2>
  <ul>${EXAMPLES.map((q) => `<li><button type="button" class="example link">${e(q)}</button></li>`).join('')}</ul>
</section>`,
    { script: '/assets/console.js', viewer },
  );
}

const THEMES: Record<Target['theme'], string> = {
  health: 'Gezondheid / Health',
  education: 'Onderwijs / Education',
  safety: 'Veiligheid / Safety',
  housing: 'Wonen / Housing',
  work: 'Werk / Work',
};

const cell = (t: Target, year: number) => {
  const v = t.targets.find((x) => x.year === year);
  return v ? e(valueAt(t, v, 'nl', false)) : '<span class="none">—</span>';
};

export function targetsPage(k: Knowledge, viewer: Viewer = null): string {
  const wijken = [...new Set(k.targets.map((t) => t.wijk))];
  const sections = wijken
    .map((wijk) => {
      const rows = k.targets
        .filter((t) => t.wijk === wijk)
        .map(
          (t) => `<tr>
  <td>${e(THEMES[t.theme])}</td>
  <th scope="row">${e(t.label)}${t.kind === 'change_vs_2006' ? ' <span class="tag">t.o.v. 2006</span>' : ''}</th>
  <td>${t.baseline ? e(withUnit(t.baseline, t.unit, 'nl')) : '<span class="none">—</span>'}</td>
  <td>${cell(t, 2011)}</td>
  <td>${cell(t, 2017)}</td>
  <td>${targetChart(t)}</td>
  <td><a href="/clauses/${encodeURIComponent(t.clauseId)}">bepaling<span class="visually-hidden"> ${e(t.clauseId)}</span></a></td>
</tr>`,
        )
        .join('\n');
      return `<section aria-labelledby="w-${e(wijk)}">
<h2 id="w-${e(wijk)}">${e(wijk)}</h2>
<div class="table-wrap"><table>
<caption>Doelen voor ${e(wijk)} <span lang="en">/ Targets for ${e(wijk)}</span></caption>
<thead><tr><th scope="col">Thema</th><th scope="col">Indicator</th><th scope="col">2006</th><th scope="col">2011</th><th scope="col">2017</th><th scope="col">Verloop</th><th scope="col">Bron</th></tr></thead>
<tbody>
${rows}
</tbody></table></div>
</section>`;
    })
    .join('\n');
  return page(
    'charterbot — doelen per wijk / targets',
    `<h1>Doelen per wijk <span lang="en">/ Targets by wijk</span></h1>
<p class="intro">${k.targets.length} doelen uit het charter van ${e(k.meta.signedOnText)}: uitgangssituatie 2006, tussenresultaat 2011 en ambitie 2017.</p>
${sections}`,
    { viewer },
  );
}

export function clausePage(c: Clause, k: Knowledge, viewer: Viewer = null): string {
  const notes = c.footnotes
    .map((id) => k.clauseById.get(id))
    .filter((n): n is Clause => n !== undefined)
    .map(
      (n) => `<li><a href="/clauses/${encodeURIComponent(n.id)}">${e(n.path.at(-1))}</a>: ${e(n.text)}</li>`,
    )
    .join('');
  const parent = c.parentId ? k.clauseById.get(c.parentId) : undefined;
  return page(
    `charterbot — ${c.id}`,
    `<h1>Bepaling <span lang="en">/ Clause</span> <code>${e(c.id)}</code></h1>
<p class="section">${e(c.section)}</p>
<blockquote class="quote" lang="nl">${e(c.text).replace(/\n/g, '<br>')}</blockquote>
${notes ? `<h2>Voetnoten</h2><ul>${notes}</ul>` : ''}
${parent ? `<p>Hoort bij <a href="/clauses/${encodeURIComponent(parent.id)}">${e(parent.id)}</a>.</p>` : ''}
<p class="source">Bron: ${e(k.meta.title)}, ondertekend op ${e(k.meta.signedOnText)}.</p>
<p><a href="/targets">← Doelen</a></p>`,
    { viewer },
  );
}

export function notFoundPage(viewer: Viewer = null): string {
  return page(
    'charterbot — niet gevonden',
    '<h1>Niet gevonden <span lang="en">/ Not found</span></h1><p><a href="/">Terug / Back</a></p>',
    { viewer },
  );
}
