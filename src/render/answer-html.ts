// An answer as the helpdesk console shows it, drawn on the server: its status, its text (lines starting with
// "- " or "• " as a real list), each quote with its clause link and a copy button, suggestions, the e-mail
// and feedback controls. Every piece of text is escaped, labels included; console.js inserts the markup and
// wires the buttons by their data-action.
import type { Answer, Language } from '../engine/types.js';
import { messages } from '../phrase/catalogue.js';
import { hasEmail } from './email.js';
import { escapeHtml as e } from './html.js';

/** Each language named in itself, as the e-mail's language choice offers it. */
const LANGUAGE_NAMES: Record<Language, string> = { nl: 'Nederlands', en: 'English' };

/** Paragraphs, and runs of "- " or "• " lines as one list. */
function answerText(text: string): string[] {
  const blocks: string[] = [];
  let items: string[] | null = null;
  const endList = () => {
    if (items) blocks.push(`<ul class="answer-list">${items.join('')}</ul>`);
    items = null;
  };
  for (const line of text.split('\n')) {
    const item = /^\s*[-•]\s+(.*)$/.exec(line);
    if (item) {
      items ??= [];
      items.push(`<li>${e(item[1])}</li>`);
      continue;
    }
    endList();
    if (line.trim()) blocks.push(`<p>${e(line)}</p>`);
  }
  endList();
  return blocks;
}

export type AnswerHtmlOptions = {
  /** The interface language, which the labels are in (the answer itself is in its own). */
  lang: Language;
  /** Makes the ids of this answer's controls unique on the page (its audit record's id). */
  key: string;
  /** Whether to offer Helpful / Not helpful: only an answer with an audit record can take feedback. */
  feedback: boolean;
};

export function renderAnswerHtml(answer: Answer, options: AnswerHtmlOptions): string {
  const m = messages(options.lang);
  const key = options.key.replace(/[^A-Za-z0-9_-]/g, '_');
  // The labels are in the interface language: marked as such inside an answer in the other one.
  const lang = options.lang === answer.language ? '' : ` lang="${options.lang}"`;
  const blocks = [`<p class="badge"${lang}>${e(m.answerStatus[answer.status] ?? answer.status)}</p>`];
  blocks.push(...answerText(answer.answer));
  for (const c of answer.citations)
    blocks.push(
      `<figure class="citation">\n<blockquote lang="nl">${e(c.quote)}</blockquote>\n<figcaption>` +
        `<a href="/clauses/${e(encodeURIComponent(c.id))}" lang="nl">${e(c.section)}</a> ` +
        `<button type="button" class="secondary small" data-action="copy-quote"${lang}>${e(m.copyQuote)}</button> ` +
        `<span class="copied" role="status"></span></figcaption>\n</figure>`,
    );
  if (answer.suggestions?.length)
    blocks.push(
      `<ul class="suggestions" aria-label="${e(m.suggestions)}">${answer.suggestions
        .map((s) => `<li><button type="button" class="link" data-action="ask">${e(s)}</button></li>`)
        .join('')}</ul>`,
    );
  // Only an answer has an e-mail to send a citizen; "not in the charter" and "be more specific" do not. The
  // e-mail's language is chosen beside the button: staff asking in English may write to a Dutch speaker.
  if (hasEmail(answer)) {
    const id = `email-language-${key}`;
    const choices = (['nl', 'en'] as const)
      .map(
        (l) =>
          `<option value="${l}" lang="${l}"${l === answer.language ? ' selected' : ''}>${LANGUAGE_NAMES[l]}</option>`,
      )
      .join('');
    blocks.push(
      `<div class="email-actions"${lang}><button type="button" class="copy" data-action="copy-email">${e(m.copyEmail)}</button>` +
        `<label for="${id}">${e(m.emailIn)}</label><select id="${id}" class="email-language">${choices}</select>` +
        `<span class="copied" role="status"></span></div>`,
    );
  }
  // Helpful, or not helpful with a reason (none chosen in advance), as in Slack and Teams.
  if (options.feedback) {
    const reasons = Object.entries(m.feedbackReasons)
      .map(([value, label]) => {
        const id = `reason-${key}-${value}`;
        return `\n<div><input type="radio" name="reason-${key}" id="${id}" value="${e(value)}"> <label for="${id}">${e(label)}</label></div>`;
      })
      .join('');
    blocks.push(
      `<div class="feedback"${lang}><button type="button" class="secondary small" data-action="helpful">${e(m.helpful)}</button> ` +
        `<button type="button" class="secondary small" aria-expanded="false" aria-controls="reasons-${key}" data-action="not-helpful">${e(m.notHelpful)}</button> ` +
        `<span class="copied" role="status"></span>` +
        `<fieldset id="reasons-${key}" class="reasons" hidden>\n<legend>${e(m.whatWasWrong)}</legend>${reasons}` +
        `\n<button type="button" class="small" data-action="send-reason">${e(m.send)}</button>\n</fieldset></div>`,
    );
  }
  return `<div class="answer" lang="${e(answer.language)}">\n${blocks.join('\n')}\n</div>`;
}
