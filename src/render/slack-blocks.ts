// Slack Block Kit for an Answer: the answer, each quote with its section, a source line, buttons.
// All text is escaped (& < >), so nothing in it can ping, link or format by accident.
import type { types } from '@slack/bolt';
import type { Meta } from '../charter/schema.js';
import type { Answer, Language } from '../engine/types.js';
import { messages } from '../phrase/catalogue.js';
import { clip } from '../phrase/wording.js';
import { clauseUrl, type DigestLinks } from './digest-text.js';
import { hasEmail } from './email.js';
import { charterName, quotedInAnswer } from './source.js';

export const SLACK_LIMITS = {
  blocks: 50,
  sectionText: 3000,
  buttonValue: 2000,
  buttonText: 75,
  fallbackText: 3000,
};

export type SlackBlock = types.KnownBlock;
export type SlackMessage = { text: string; blocks: SlackBlock[] };

export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Splits text into pieces under the section limit, at line breaks where it can. */
export function chunkText(text: string, max = SLACK_LIMITS.sectionText): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    const candidate = current ? `${current}\n${line}` : line;
    if (candidate.length <= max) {
      current = candidate;
      continue;
    }
    if (current) chunks.push(current);
    current = line;
    while (current.length > max) {
      chunks.push(current.slice(0, max));
      current = current.slice(max);
    }
  }
  if (current) chunks.push(current);
  return chunks;
}

const section = (text: string): types.SectionBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });

const button = (
  actionId: string,
  text: string,
  value: string,
  style?: 'primary' | 'danger',
): types.Button => ({
  type: 'button',
  action_id: actionId,
  text: { type: 'plain_text', text: clip(text, SLACK_LIMITS.buttonText), emoji: false },
  value: clip(value, SLACK_LIMITS.buttonValue),
  ...(style ? { style } : {}),
});

/** The message for an answer; `answerId` is its audit record, which the buttons refer to. */
export function renderSlackAnswer(
  answer: Answer,
  meta: Meta,
  answerId: string,
  links: DigestLinks = {},
): SlackMessage {
  const l = messages(answer.language);
  const head = chunkText(escapeSlack(answer.answer)).map(section);
  const tail: SlackBlock[] = [
    {
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: escapeSlack(`${l.source}: ${charterName(meta, answer.language)}`),
        },
      ],
    },
  ];
  if (answer.suggestions?.length) {
    tail.push({
      type: 'actions',
      block_id: 'suggestions',
      elements: answer.suggestions.slice(0, 5).map((s, i) => button(`ask_suggestion_${i}`, s, s)),
    });
  }
  tail.push({
    type: 'actions',
    block_id: 'answer_actions',
    elements: [
      // Only an answer has an e-mail version to send a citizen.
      ...(hasEmail(answer) ? [button('email_version', l.emailVersion, answerId)] : []),
      button('feedback_helpful', l.helpful, answerId),
      button('feedback_not_helpful', l.notHelpful, answerId),
    ],
  });
  const room = SLACK_LIMITS.blocks - head.length - tail.length;
  // The section names its clause page when the console is reachable (PUBLIC_URL): the whole clause, in context.
  const caption = (c: Answer['citations'][number]) => {
    const url = clauseUrl(links, c.id);
    return url ? `_<${url}|${escapeSlack(c.section)}>_` : `_${escapeSlack(c.section)}_`;
  };
  const quotes = answer.citations.map((c) => {
    // The answer already quotes it: its section alone says where it is.
    if (quotedInAnswer(answer, c)) return section(caption(c));
    const end = `\n${caption(c)}`;
    const quote = escapeSlack(c.quote)
      .split('\n')
      .map((line) => `> ${line}`)
      .join('\n');
    // A long quote is clipped before its caption, so the link survives.
    return section(`${clip(quote, SLACK_LIMITS.sectionText - end.length)}${end}`);
  });
  const shown =
    quotes.length <= room
      ? quotes
      : [...quotes.slice(0, room - 1), section(l.moreClauses(quotes.length - room + 1))];
  return {
    text: clip(escapeSlack(answer.answer), SLACK_LIMITS.fallbackText),
    blocks: [...head, ...shown, ...tail],
  };
}

/** The e-mail text as an ephemeral message, in a code block ready to copy. */
export function renderSlackEmail(email: string, lang: Language): SlackMessage {
  const intro = messages(lang).emailReady;
  const body = chunkText(escapeSlack(email), SLACK_LIMITS.sectionText - 8).map((c) =>
    section(`\`\`\`${c}\`\`\``),
  );
  return { text: intro, blocks: [section(intro), ...body] };
}

export function renderFeedbackReasons(answerId: string, lang: Language): SlackMessage {
  const m = messages(lang);
  const text = `${m.sorry} ${m.whatWasWrong}`;
  return {
    text,
    blocks: [
      section(text),
      {
        type: 'actions',
        block_id: 'feedback_reasons',
        elements: Object.entries(m.feedbackReasons).map(([reason, label]) =>
          button(`feedback_reason_${reason}`, label, JSON.stringify({ id: answerId, reason })),
        ),
      },
    ],
  };
}

/** A plain message (a command's reply), escaped and split within Slack's limits. */
export function renderSlackNotice(message: string): SlackMessage {
  const escaped = escapeSlack(message);
  return { text: clip(escaped, SLACK_LIMITS.fallbackText), blocks: chunkText(escaped).map(section) };
}

export function renderThanks(lang: Language): SlackMessage {
  const text = messages(lang).feedbackThanks;
  return { text, blocks: [section(text)] };
}

const EXAMPLES = [
  'What is the Ondiep burglary target for 2011?',
  'Wat is het doel voor uitkeringen in Zuilen-Oost voor 2017?',
  'Which wijk has the lowest benefits target for 2017?',
  'Hoe groot is het leefbaarheidbudget per wijk?',
];

/** `/charter help` and the App Home: what the bot knows and how to ask. */
export function renderSlackHelp(meta: Meta, wijken: string[], themes: string[]): SlackBlock[] {
  return [
    { type: 'header', text: { type: 'plain_text', text: 'charterbot' } },
    section(
      escapeSlack(
        `I answer questions about the ${meta.title} (signed ${meta.signedOnText}), in Dutch or English, and quote the clause word for word.\nIk beantwoord vragen over het charter, in het Nederlands of Engels, met de letterlijke bepaling.`,
      ),
    ),
    section(escapeSlack(`*Wijken:* ${wijken.join(', ')}\n*Themes / thema's:* ${themes.join(', ')}`)),
    section(
      `*How to ask / Zo vraagt u het*\n• Mention me in a channel: @charterbot ${escapeSlack(EXAMPLES[0] ?? '')} (I answer in a thread; reply there for follow-ups such as "and for 2017?")\n• Send me a direct message\n• \`/charter <question>\` answers privately; \`/charter share <question>\` posts in the channel\n• Progress: "is Ondiep on track for burglary?", "hoe staat Zuilen-Oost ervoor?"\n• Admins: \`/charter record Ondiep burglary 2009 30 source Wijkenmonitor 2009\` stores a measured value`,
    ),
    section(`*Examples / Voorbeelden*\n${EXAMPLES.map((q) => `• ${escapeSlack(q)}`).join('\n')}`),
  ];
}
