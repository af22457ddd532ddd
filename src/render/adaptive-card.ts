// Adaptive Cards 1.5 for Teams: an answer with its quotes and actions, the e-mail text, help.
// Card text is markdown in Teams: brackets and emphasis characters are escaped so text stays text.
import type { Meta } from '../charter/schema.js';
import type { Answer, Language } from '../engine/types.js';
import { clauseUrl, type DigestLinks } from './digest-text.js';
import { hasEmail } from './email.js';
import { charterName } from './source.js';

export type AdaptiveCard = {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: Record<string, unknown>[];
  actions?: Record<string, unknown>[];
};

/** What a card button sends back (Action.Submit data, merged with any inputs). */
type CardAction =
  | { action: 'email'; answerId: string }
  | { action: 'feedback'; answerId: string; rating: 'helpful' | 'not_helpful'; reason?: string }
  | { action: 'ask'; question: string };

export function escapeCardText(text: string): string {
  return text.replace(/([\\[\]*_`])/g, '\\$1');
}

export const card = (body: AdaptiveCard['body'], actions?: AdaptiveCard['actions']): AdaptiveCard => ({
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.5',
  body,
  ...(actions?.length ? { actions } : {}),
});

/** A wrapping TextBlock; its text is escaped (card text is markdown in Teams). */
export const text = (t: string, extra: Record<string, unknown> = {}) => ({
  type: 'TextBlock',
  text: escapeCardText(t),
  wrap: true,
  ...extra,
});

const LABELS = {
  nl: {
    email: 'E-mailversie',
    helpful: 'Nuttig',
    notHelpful: 'Niet nuttig',
    why: 'Wat was er mis?',
    send: 'Verstuur',
    reasons: {
      wrong_figure: 'Verkeerd cijfer',
      wrong_clause: 'Verkeerde bepaling',
      not_in_charter: 'Staat niet in het charter',
      other: 'Anders',
    },
  },
  en: {
    email: 'E-mail version',
    helpful: 'Helpful',
    notHelpful: 'Not helpful',
    why: 'What was wrong?',
    send: 'Send',
    reasons: {
      wrong_figure: 'Wrong figure',
      wrong_clause: 'Wrong clause',
      not_in_charter: 'Not in the charter',
      other: 'Other',
    },
  },
} as const;

export function renderAnswerCard(
  answer: Answer,
  meta: Meta,
  answerId: string,
  links: DigestLinks = {},
): AdaptiveCard {
  const l = LABELS[answer.language];
  const body: AdaptiveCard['body'] = [text(answer.answer, { size: 'Medium' })];
  for (const c of answer.citations) {
    body.push({
      type: 'Container',
      style: 'emphasis',
      items: [
        text(`“${c.quote}”`),
        {
          type: 'TextBlock',
          // The section links to its clause page when the console is reachable (PUBLIC_URL).
          text: clauseUrl(links, c.id)
            ? `[${escapeCardText(c.section)}](${clauseUrl(links, c.id)})`
            : escapeCardText(c.section),
          wrap: true,
          isSubtle: true,
          size: 'Small',
          spacing: 'Small',
        },
      ],
    });
  }
  body.push(
    text(`${answer.language === 'nl' ? 'Bron' : 'Source'}: ${charterName(meta, answer.language)}`, {
      isSubtle: true,
      size: 'Small',
    }),
  );
  const actions: AdaptiveCard['actions'] = (answer.suggestions ?? []).slice(0, 3).map((q) => ({
    type: 'Action.Submit',
    title: q,
    data: { action: 'ask', question: q } satisfies CardAction,
  }));
  if (hasEmail(answer))
    actions.push({
      type: 'Action.Submit',
      title: l.email,
      data: { action: 'email', answerId } satisfies CardAction,
    });
  actions.push(
    {
      type: 'Action.Submit',
      title: l.helpful,
      data: { action: 'feedback', answerId, rating: 'helpful' } satisfies CardAction,
    },
    {
      type: 'Action.ShowCard',
      title: l.notHelpful,
      card: card(
        [
          text(l.why),
          {
            type: 'Input.ChoiceSet',
            id: 'reason',
            style: 'expanded',
            value: 'wrong_figure',
            choices: Object.entries(l.reasons).map(([value, title]) => ({ title, value })),
          },
        ],
        [
          {
            type: 'Action.Submit',
            title: l.send,
            data: { action: 'feedback', answerId, rating: 'not_helpful' } satisfies CardAction,
          },
        ],
      ),
    },
  );
  return card(body, actions);
}

/** The e-mail text in a multi-line field: select all, copy. */
export function renderEmailCard(email: string, lang: Language): AdaptiveCard {
  return card([
    text(lang === 'nl' ? 'E-mailtekst, klaar om te kopiëren:' : 'E-mail text, ready to copy:', {
      weight: 'Bolder',
    }),
    {
      type: 'Input.Text',
      id: 'email',
      isMultiline: true,
      value: email,
      label: lang === 'nl' ? 'E-mailtekst' : 'E-mail text',
    },
  ]);
}

/** A plain message (a command's reply): text only, every line its own block. */
export function renderNoticeCard(message: string): AdaptiveCard {
  return card(message.split('\n').map((line) => text(line)));
}

export function renderThanksCard(lang: Language): AdaptiveCard {
  return card([text(lang === 'nl' ? 'Dank voor uw feedback.' : 'Thank you for your feedback.')]);
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
    EXAMPLES.map((q) => ({
      type: 'Action.Submit',
      title: q,
      data: { action: 'ask', question: q } satisfies CardAction,
    })),
  );
}
