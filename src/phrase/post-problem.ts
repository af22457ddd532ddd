// Why a digest could not be posted, or why its subscription is paused, in the reader's words. What is stored
// stays as it was written when it happened (a platform's error code such as `channel_not_found`, "HTTP 403:
// the bot was removed", "rate limited"): this reads old rows and new ones alike. A code is kept as a
// secondary technical note, for whoever looks it up in the platform's documentation.
import type { Language } from '../engine/types.js';

type Words = { nl: string; en: string };

const MEMBER: Words = {
  nl: 'charterbot is geen lid van het kanaal',
  en: 'charterbot is not a member of the channel',
};
const REMOVED: Words = {
  nl: 'charterbot is uit het team of de chat verwijderd',
  en: 'charterbot was removed from the team or chat',
};
const TOKEN: Words = {
  nl: 'Slack weigert het token van charterbot (SLACK_BOT_TOKEN)',
  en: "Slack refuses charterbot's token (SLACK_BOT_TOKEN)",
};
const MESSAGE: Words = {
  nl: 'Slack weigerde het bericht zelf',
  en: 'Slack refused the message itself',
};
const BUSY: Words = {
  nl: 'het platform bleef om uitstel vragen omdat er te veel berichten waren',
  en: 'the platform kept asking for a delay because of too many messages',
};
const UNREACHABLE: Words = {
  nl: 'het platform was niet bereikbaar',
  en: 'the platform could not be reached',
};

/** Slack's error codes (chat.postMessage and friends). */
const SLACK_CODES: Record<string, Words> = {
  not_in_channel: MEMBER,
  channel_not_found: {
    nl: 'het kanaal bestaat niet meer of charterbot kan het niet zien',
    en: 'the channel no longer exists or charterbot cannot see it',
  },
  is_archived: { nl: 'het kanaal is gearchiveerd', en: 'the channel is archived' },
  restricted_action: {
    nl: 'de instellingen van de werkruimte staan charterbot niet toe daar te plaatsen',
    en: "the workspace's settings do not let charterbot post there",
  },
  ekm_access_denied: {
    nl: 'de beheerders van de werkruimte hebben de toegang ingetrokken',
    en: "the workspace's administrators revoked access",
  },
  ratelimited: BUSY,
  invalid_auth: TOKEN,
  not_authed: TOKEN,
  token_revoked: TOKEN,
  token_expired: TOKEN,
  account_inactive: TOKEN,
  missing_scope: {
    nl: 'de Slack-app mist een toestemming: installeer de app opnieuw',
    en: 'the Slack app lacks a permission: reinstall the app',
  },
  msg_too_long: MESSAGE,
  invalid_blocks: MESSAGE,
  invalid_arguments: MESSAGE,
  too_many_attachments: MESSAGE,
  unknown_error: {
    nl: 'het platform meldde een onbekende fout',
    en: 'the platform reported an unknown error',
  },
};

/** Sentences the posters and the runner store, and what they say. */
const SENTENCES: Array<[RegExp, (m: RegExpExecArray) => Words, technical?: (m: RegExpExecArray) => string]> =
  [
    [/^rate limited$/, () => BUSY],
    [/^HTTP (403|404): the bot was removed$/, () => REMOVED, (m) => `HTTP ${m[1]}`],
    [/^the bot is no longer installed in this conversation$/, () => REMOVED],
    [
      /^HTTP (5\d\d)$/,
      () => ({ nl: 'het platform gaf een serverfout', en: 'the platform answered with a server error' }),
      (m) => m[0],
    ],
    [
      /^HTTP (\d{3})$/,
      () => ({ nl: 'het platform weigerde het bericht', en: 'the platform refused the message' }),
      (m) => m[0],
    ],
    [
      /^no answer(?: from (Teams|Slack))? within (\d+) s$/,
      (m) => ({
        nl: `${m[1] ?? 'het platform'} antwoordde niet binnen ${m[2]} seconden`,
        en: `${m[1] ?? 'the platform'} did not answer within ${m[2]} seconds`,
      }),
    ],
    [
      /^(slack|teams) is not configured$/,
      (m) => {
        const name = m[1] === 'slack' ? 'Slack' : 'Microsoft Teams';
        return {
          nl: `${name} was op de server niet ingesteld`,
          en: `${name} was not configured on the server`,
        };
      },
    ],
    [
      /^the instance that claimed it stopped before finishing, and the platform could not be asked whether it posted$/,
      () => ({
        nl: 'de server die het verstuurde stopte halverwege, en het platform kon niet zeggen of het toch is geplaatst',
        en: 'the server sending it stopped halfway, and the platform could not say whether it was posted',
      }),
    ],
    [
      /^request failed$|ECONNREFUSED|ENOTFOUND|ETIMEDOUT|ECONNRESET|EAI_AGAIN|fetch failed|socket hang up/i,
      () => UNREACHABLE,
      (m) => m.input,
    ],
  ];

const LANDED = /^(.*), and the platform could not be asked whether it landed$/s;

export type PostProblem = { text: string; technical: string | null };

/** A stored reason or error in words, and the code or raw text behind it when that may help an operator. */
export function postProblem(raw: string, lang: Language): PostProblem {
  const landed = LANDED.exec(raw);
  if (landed) {
    const inner = postProblem(landed[1] ?? '', lang);
    return {
      text:
        lang === 'nl'
          ? `${inner.text}, en het platform kon niet zeggen of het toch is aangekomen`
          : `${inner.text}, and the platform could not say whether it arrived after all`,
      technical: inner.technical,
    };
  }
  const code = SLACK_CODES[raw];
  if (code) return { text: code[lang], technical: raw };
  for (const [pattern, words, technical] of SENTENCES) {
    const m = pattern.exec(raw);
    if (m) return { text: words(m)[lang], technical: technical ? technical(m) : null };
  }
  // Written by hand or by an older version: shown as it was recorded, marked as such.
  return {
    text: lang === 'nl' ? `zoals vastgelegd: "${raw.trim()}"` : `as recorded: "${raw.trim()}"`,
    technical: null,
  };
}

/** "het kanaal is gearchiveerd; technisch: is_archived" (it often stands in brackets itself). */
export function postProblemText(raw: string, lang: Language): string {
  const p = postProblem(raw, lang);
  return p.technical ? `${p.text}; ${lang === 'nl' ? 'technisch' : 'technical'}: ${p.technical}` : p.text;
}
