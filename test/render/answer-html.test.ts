// The console's drawing of an answer, made on the server: pinned, in both interface languages, and hostile
// text (a question's echo, a forged quote) stays text.
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/charter/load.js';
import type { Answer } from '../../src/engine/types.js';
import { renderAnswerHtml } from '../../src/render/answer-html.js';
import { createEngine } from '../support/engine.js';

const knowledge = loadKnowledge();
const engine = createEngine(knowledge);

/** Every tag the markup opens, by name. */
const tags = (html: string) => new Set([...html.matchAll(/<([a-zA-Z][\w-]*)/g)].map((m) => m[1]));

describe('the console’s answer markup', () => {
  it('draws an answer with its quote, e-mail and feedback controls, labelled in the interface language', async () => {
    const answer = await engine.ask('What is the Ondiep burglary target for 2011?');
    expect(renderAnswerHtml(answer, { lang: 'nl', key: 'a1', feedback: true })).toMatchInlineSnapshot(`
      "<div class="answer" lang="en">
      <p class="badge" lang="nl">Antwoord</p>
      <p>The 2011 target for home burglaries in Ondiep is 21 per 1000 homes (2006: 38 per 1000 homes; 2017 target: 15 per 1000 homes).</p>
      <figure class="citation">
      <blockquote lang="nl">In 2006 is het aantal woninginbraken per 1000 woningen 38. In 2011 is dit cijfer gedaald tot 21; in 2017 tot 15.</blockquote>
      <figcaption><a href="/clauses/veiligheid.ambitie.ondiep.3" lang="nl">2. Op het gebied van veiligheid › a. Gezamenlijke ambitie › Ondiep</a> <button type="button" class="secondary small" data-action="copy-quote" lang="nl">Kopieer citaat</button> <span class="copied" role="status"></span></figcaption>
      </figure>
      <div class="email-actions" lang="nl"><button type="button" class="copy" data-action="copy-email">Kopieer e-mailtekst</button><label for="email-language-a1">in</label><select id="email-language-a1" class="email-language"><option value="nl" lang="nl">Nederlands</option><option value="en" lang="en" selected>English</option></select><span class="copied" role="status"></span></div>
      <div class="feedback" lang="nl"><button type="button" class="secondary small" data-action="helpful">Nuttig</button> <button type="button" class="secondary small" aria-expanded="false" aria-controls="reasons-a1" data-action="not-helpful">Niet nuttig</button> <span class="copied" role="status"></span><fieldset id="reasons-a1" class="reasons" hidden>
      <legend>Wat was er mis?</legend>
      <div><input type="radio" name="reason-a1" id="reason-a1-wrong_figure" value="wrong_figure"> <label for="reason-a1-wrong_figure">Verkeerd cijfer</label></div>
      <div><input type="radio" name="reason-a1" id="reason-a1-wrong_clause" value="wrong_clause"> <label for="reason-a1-wrong_clause">Verkeerde bepaling</label></div>
      <div><input type="radio" name="reason-a1" id="reason-a1-not_in_charter" value="not_in_charter"> <label for="reason-a1-not_in_charter">Staat niet in het charter</label></div>
      <div><input type="radio" name="reason-a1" id="reason-a1-other" value="other"> <label for="reason-a1-other">Anders</label></div>
      <button type="button" class="small" data-action="send-reason">Versturen</button>
      </fieldset></div>
      </div>"
    `);
  });

  it('labels everything in English for an English interface, whatever the answer’s language', async () => {
    const answer = await engine.ask('Wat is het doel voor woninginbraken in Ondiep in 2011?');
    const html = renderAnswerHtml(answer, { lang: 'en', key: 'a2', feedback: true });
    expect(html).toContain('<div class="answer" lang="nl">');
    expect(html).toContain('<p class="badge" lang="en">Answer</p>');
    expect(html).toContain('<div class="feedback" lang="en">');
    for (const label of [
      'Copy quote',
      'Copy e-mail text',
      'Helpful',
      'Not helpful',
      'What was wrong?',
      'Send',
    ])
      expect(html).toContain(`>${label}</`);
    expect(html).toContain('<option value="nl" lang="nl" selected>Nederlands</option>');
    expect(html).not.toMatch(/Kopieer|Nuttig|Versturen/);
  });

  it('offers suggestions and no e-mail for an answer the charter does not give, and no feedback without a record', async () => {
    const answer = await engine.ask('Wat is het doel voor woninginbraken in Lombok?');
    expect(answer.status).toBe('not_found');
    const html = renderAnswerHtml(answer, { lang: 'nl', key: 'a3', feedback: false });
    expect(html).toContain('<p class="badge">Niet in het charter</p>');
    expect(html).toContain(
      '<ul class="suggestions" aria-label="Suggesties"><li><button type="button" class="link" data-action="ask">',
    );
    expect(html).not.toContain('email-actions');
    expect(html).not.toContain('class="feedback"');
  });

  it('shows lines starting with "- " as a list', () => {
    const answer: Answer = {
      status: 'answered',
      language: 'nl',
      answer: 'Doelen:\n- eerste\n• tweede\nEinde.',
      facts: [],
      citations: [],
    };
    expect(renderAnswerHtml(answer, { lang: 'nl', key: 'k', feedback: false })).toContain(
      '<p>Doelen:</p>\n<ul class="answer-list"><li>eerste</li><li>tweede</li></ul>\n<p>Einde.</p>',
    );
  });

  it('keeps hostile text as text: nothing in an answer can open a tag, an attribute or a link', () => {
    const hostile: Answer = {
      status: 'partial',
      language: 'en',
      answer: '<script>alert(1)</script> <!channel> & "quoted"\n- <img src=x onerror=alert(2)>',
      facts: [],
      citations: [
        {
          id: 'x" onmouseover="alert(3)',
          section: '</a><script>alert(4)</script>',
          quote: '<iframe src="javascript:alert(5)"></iframe>',
        },
      ],
      suggestions: ['<b onclick="alert(6)">click</b>'],
    };
    const html = renderAnswerHtml(hostile, { lang: 'en', key: '"><script>', feedback: true });
    expect([...tags(html)].sort()).toEqual(
      [
        'a',
        'blockquote',
        'button',
        'div',
        'fieldset',
        'figcaption',
        'figure',
        'input',
        'label',
        'legend',
        'li',
        'option',
        'p',
        'select',
        'span',
        'ul',
      ].sort(),
    );
    expect(html).not.toMatch(/\son\w+="/);
    expect(html).toContain(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;!channel&gt; &amp; &quot;quoted&quot;</p>',
    );
    expect(html).toContain('href="/clauses/x%22%20onmouseover%3D%22alert(3)"');
    expect(html).toContain('&lt;iframe src=&quot;javascript:alert(5)&quot;&gt;&lt;/iframe&gt;');
    expect(html).toContain('id="reasons-___script_"');
  });
});
