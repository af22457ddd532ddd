// Adaptive Cards 1.5 for Teams: an answer with its quotes and actions, the e-mail text, help.
// Card text is markdown in Teams: brackets and emphasis characters are escaped so text stays text.
import type { Meta } from '../charter/schema.js';
import type { Answer, Language } from '../engine/types.js';
import { messages } from '../phrase/catalogue.js';
import { clip } from '../phrase/wording.js';
import { clauseUrl, type DigestLinks } from './digest-text.js';
import { hasEmail } from './email.js';
import { charterName, quotedInAnswer } from './source.js';

export type AdaptiveCard = {
  type: 'AdaptiveCard';
  $schema?: string;
  version?: '1.5';
  body: Record<string, unknown>[];
  actions?: Record<string, unknown>[];
  /** Shown where the card cannot be (notifications, old clients). */
  fallbackText?: string;
  /** Teams' own extension: use the full width of the conversation. */
  msteams?: { width: 'Full' };
};

/**
 * What a card button sends back: the `data` of an Action.Execute (verb = action), merged with its inputs.
 * `answerId` names the answer whose card is updated for the person who pressed the button.
 */
export type CardAction =
  | { action: 'email'; answerId: string }
  | { action: 'feedback'; answerId: string; rating: 'helpful' | 'not_helpful'; reason?: string }
  | { action: 'ask'; question: string; answerId?: string };

/** An Action.Execute button: Teams sends an `adaptiveCard/action` invoke and shows the card the bot returns. */
const execute = (title: string, data: CardAction) => ({
  type: 'Action.Execute',
  title,
  verb: data.action,
  data,
});

export function escapeCardText(text: string): string {
  return text.replace(/([\\[\]*_`])/g, '\\$1');
}

/** A card to post: version 1.5, the full width of the conversation, a text for where it cannot be shown. */
export const card = (
  body: AdaptiveCard['body'],
  actions?: AdaptiveCard['actions'],
  fallbackText?: string,
): AdaptiveCard => ({
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.5',
  body,
  ...(actions?.length ? { actions } : {}),
  ...(fallbackText ? { fallbackText: fallbackText.slice(0, 1000) } : {}),
  msteams: { width: 'Full' },
});

/** A wrapping TextBlock; its text is escaped (card text is markdown in Teams). */
export const text = (t: string, extra: Record<string, unknown> = {}) => ({
  type: 'TextBlock',
  text: escapeCardText(t),
  wrap: true,
  ...extra,
});

/** What the answer and its quotes may take of the card, leaving room for the e-mail text and the actions. */
const ANSWER_CARD_BUDGET_BYTES = 16_000;

/** The card inside an Action.ShowCard: no version or host settings of its own. */
export const subCard = (body: AdaptiveCard['body'], actions?: AdaptiveCard['actions']): AdaptiveCard => ({
  type: 'AdaptiveCard',
  body,
  ...(actions?.length ? { actions } : {}),
});

/**
 * How the answer card looks to the person who pressed a button: with the e-mail text under it, or with
 * thanks instead of the feedback buttons. Everyone else keeps seeing the card as it was posted.
 */
export type AnswerCardState = {
  email?: string | undefined;
  feedback?: 'helpful' | 'not_helpful' | undefined;
};

export function renderAnswerCard(
  answer: Answer,
  meta: Meta,
  answerId: string,
  links: DigestLinks = {},
  state: AnswerCardState = {},
): AdaptiveCard {
  const l = messages(answer.language);
  const body: AdaptiveCard['body'] = [text(clip(answer.answer, 6000), { size: 'Medium' })];
  // Teams refuses a message over about 28 KB: quotes that do not fit are counted, not sent.
  let left = ANSWER_CARD_BUDGET_BYTES - JSON.stringify(body).length;
  const shown = answer.citations.filter((c) => {
    left -= c.quote.length + c.section.length + 400;
    return left > 0;
  });
  for (const c of shown) {
    const url = clauseUrl(links, c.id);
    body.push({
      type: 'Container',
      style: 'emphasis',
      items: [
        // The answer already quotes it: its section alone says where it is.
        ...(quotedInAnswer(answer, c) ? [] : [text(`“${c.quote}”`)]),
        {
          type: 'TextBlock',
          // The section links to its clause page when the console is reachable (PUBLIC_URL).
          text: url ? `[${escapeCardText(c.section)}](${url})` : escapeCardText(c.section),
          wrap: true,
          isSubtle: true,
          size: 'Small',
          spacing: 'Small',
        },
      ],
    });
  }
  const hidden = answer.citations.length - shown.length;
  if (hidden > 0) body.push(text(l.moreClausesNarrower(hidden), { isSubtle: true }));
  body.push(
    text(`${l.source}: ${charterName(meta, answer.language)}`, {
      isSubtle: true,
      size: 'Small',
    }),
  );
  if (state.email !== undefined) body.push(...emailBlocks(state.email, answer.language));
  if (state.feedback) body.push(text(l.feedbackThanks, { isSubtle: true, spacing: 'Medium' }));

  const actions: AdaptiveCard['actions'] = (answer.suggestions ?? [])
    .slice(0, 3)
    .map((q) => execute(q, { action: 'ask', question: q, answerId }));
  if (hasEmail(answer) && state.email === undefined)
    actions.push(execute(l.emailVersion, { action: 'email', answerId }));
  if (!state.feedback)
    actions.push(execute(l.helpful, { action: 'feedback', answerId, rating: 'helpful' }), {
      type: 'Action.ShowCard',
      title: l.notHelpful,
      card: subCard(
        [
          {
            type: 'Input.ChoiceSet',
            id: 'reason',
            label: l.whatWasWrong,
            style: 'expanded',
            // Nothing chosen in advance: the person says what was wrong.
            isRequired: true,
            errorMessage: l.chooseReason,
            choices: Object.entries(l.feedbackReasons).map(([value, title]) => ({ title, value })),
          },
        ],
        [execute(l.send, { action: 'feedback', answerId, rating: 'not_helpful' })],
      ),
    });
  return card(body, actions, answer.answer);
}

const emailBlocks = (email: string, lang: Language): AdaptiveCard['body'] => [
  text(messages(lang).emailReady, {
    weight: 'Bolder',
    spacing: 'Medium',
  }),
  {
    type: 'Input.Text',
    id: 'email',
    isMultiline: true,
    value: email,
    label: messages(lang).emailText,
  },
];

/** The e-mail text in a multi-line field: select all, copy. */
export function renderEmailCard(email: string, lang: Language): AdaptiveCard {
  return card(emailBlocks(email, lang), undefined, email);
}

/** A plain message (a command's reply): text only, every line its own block. */
export function renderNoticeCard(message: string): AdaptiveCard {
  return card(
    message.split('\n').map((line) => text(line)),
    undefined,
    message,
  );
}

export function renderThanksCard(lang: Language): AdaptiveCard {
  const thanks = messages(lang).feedbackThanks;
  return card([text(thanks)], undefined, thanks);
}

const EXAMPLES = [
  'What is the Ondiep burglary target for 2011?',
  'Wat is het doel voor uitkeringen in Zuilen-Oost voor 2017?',
  'Which wijk has the lowest benefits target for 2017?',
];

/** `help` and the greeting on install: what it knows and how to ask, with examples as buttons. */
export function renderHelpCard(meta: Meta, wijken: string[], greeting: boolean): AdaptiveCard {
  return card(
    [
      text(greeting ? 'Hallo! I am charterbot.' : 'charterbot', { weight: 'Bolder', size: 'Medium' }),
      text(
        `I answer questions about the ${meta.title} (signed ${meta.signedOnText}) in Dutch or English, and quote the clause word for word. Ik beantwoord vragen over het charter in het Nederlands of Engels.`,
      ),
      text(`Wijken: ${wijken.join(', ')}`),
      text(
        'In a personal chat, just ask. In a channel or group chat, mention me; reply in the same thread for follow-ups such as "and for 2017?". Type "help" for this card.',
      ),
      text(
        'Progress: "is Ondiep on track for burglary?", "hoe staat Zuilen-Oost ervoor?". Admins store a measured value with: record Ondiep burglary 2009 30 source Wijkenmonitor 2009',
      ),
    ],
    EXAMPLES.map((q) => execute(q, { action: 'ask', question: q })),
    `charterbot: ${meta.title}`,
  );
}
