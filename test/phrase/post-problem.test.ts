// Every stored pause reason and run error the posters and the runner write, in words in both languages:
// the code only ever as a technical note, old free text shown as recorded.
import { describe, expect, it } from 'vitest';
import { postProblem, postProblemText } from '../../src/phrase/post-problem.js';

const STORED = [
  'not_in_channel',
  'channel_not_found',
  'is_archived',
  'restricted_action',
  'ekm_access_denied',
  'ratelimited',
  'rate limited',
  'invalid_auth',
  'missing_scope',
  'msg_too_long',
  'unknown_error',
  'HTTP 403: the bot was removed',
  'the bot is no longer installed in this conversation',
  'HTTP 503',
  'HTTP 400',
  'no answer from Teams within 30 s',
  'request failed',
  'A request error occurred: connect ECONNREFUSED 127.0.0.1:9',
  'slack is not configured',
  'teams is not configured',
  'HTTP 502, and the platform could not be asked whether it landed',
  'the instance that claimed it stopped before finishing, and the platform could not be asked whether it posted',
  'kanaal weg volgens Piet',
];

describe('pause reasons and run errors in words', () => {
  it('maps every known code and sentence, in Dutch and English', () => {
    expect(STORED.map((raw) => `${raw} => ${postProblemText(raw, 'nl')}`)).toMatchInlineSnapshot(`
      [
        "not_in_channel => charterbot is geen lid van het kanaal; technisch: not_in_channel",
        "channel_not_found => het kanaal bestaat niet meer of charterbot kan het niet zien; technisch: channel_not_found",
        "is_archived => het kanaal is gearchiveerd; technisch: is_archived",
        "restricted_action => de instellingen van de werkruimte staan charterbot niet toe daar te plaatsen; technisch: restricted_action",
        "ekm_access_denied => de beheerders van de werkruimte hebben de toegang ingetrokken; technisch: ekm_access_denied",
        "ratelimited => het platform bleef om uitstel vragen omdat er te veel berichten waren; technisch: ratelimited",
        "rate limited => het platform bleef om uitstel vragen omdat er te veel berichten waren",
        "invalid_auth => Slack weigert het token van charterbot (SLACK_BOT_TOKEN); technisch: invalid_auth",
        "missing_scope => de Slack-app mist een toestemming: installeer de app opnieuw; technisch: missing_scope",
        "msg_too_long => Slack weigerde het bericht zelf; technisch: msg_too_long",
        "unknown_error => het platform meldde een onbekende fout; technisch: unknown_error",
        "HTTP 403: the bot was removed => charterbot is uit het team of de chat verwijderd; technisch: HTTP 403",
        "the bot is no longer installed in this conversation => charterbot is uit het team of de chat verwijderd",
        "HTTP 503 => het platform gaf een serverfout; technisch: HTTP 503",
        "HTTP 400 => het platform weigerde het bericht; technisch: HTTP 400",
        "no answer from Teams within 30 s => Teams antwoordde niet binnen 30 seconden",
        "request failed => het platform was niet bereikbaar; technisch: request failed",
        "A request error occurred: connect ECONNREFUSED 127.0.0.1:9 => het platform was niet bereikbaar; technisch: A request error occurred: connect ECONNREFUSED 127.0.0.1:9",
        "slack is not configured => Slack was op de server niet ingesteld",
        "teams is not configured => Microsoft Teams was op de server niet ingesteld",
        "HTTP 502, and the platform could not be asked whether it landed => het platform gaf een serverfout, en het platform kon niet zeggen of het toch is aangekomen; technisch: HTTP 502",
        "the instance that claimed it stopped before finishing, and the platform could not be asked whether it posted => de server die het verstuurde stopte halverwege, en het platform kon niet zeggen of het toch is geplaatst",
        "kanaal weg volgens Piet => zoals vastgelegd: "kanaal weg volgens Piet"",
      ]
    `);
    expect(STORED.map((raw) => `${raw} => ${postProblemText(raw, 'en')}`)).toMatchInlineSnapshot(`
      [
        "not_in_channel => charterbot is not a member of the channel; technical: not_in_channel",
        "channel_not_found => the channel no longer exists or charterbot cannot see it; technical: channel_not_found",
        "is_archived => the channel is archived; technical: is_archived",
        "restricted_action => the workspace's settings do not let charterbot post there; technical: restricted_action",
        "ekm_access_denied => the workspace's administrators revoked access; technical: ekm_access_denied",
        "ratelimited => the platform kept asking for a delay because of too many messages; technical: ratelimited",
        "rate limited => the platform kept asking for a delay because of too many messages",
        "invalid_auth => Slack refuses charterbot's token (SLACK_BOT_TOKEN); technical: invalid_auth",
        "missing_scope => the Slack app lacks a permission: reinstall the app; technical: missing_scope",
        "msg_too_long => Slack refused the message itself; technical: msg_too_long",
        "unknown_error => the platform reported an unknown error; technical: unknown_error",
        "HTTP 403: the bot was removed => charterbot was removed from the team or chat; technical: HTTP 403",
        "the bot is no longer installed in this conversation => charterbot was removed from the team or chat",
        "HTTP 503 => the platform answered with a server error; technical: HTTP 503",
        "HTTP 400 => the platform refused the message; technical: HTTP 400",
        "no answer from Teams within 30 s => Teams did not answer within 30 seconds",
        "request failed => the platform could not be reached; technical: request failed",
        "A request error occurred: connect ECONNREFUSED 127.0.0.1:9 => the platform could not be reached; technical: A request error occurred: connect ECONNREFUSED 127.0.0.1:9",
        "slack is not configured => Slack was not configured on the server",
        "teams is not configured => Microsoft Teams was not configured on the server",
        "HTTP 502, and the platform could not be asked whether it landed => the platform answered with a server error, and the platform could not say whether it arrived after all; technical: HTTP 502",
        "the instance that claimed it stopped before finishing, and the platform could not be asked whether it posted => the server sending it stopped halfway, and the platform could not say whether it was posted",
        "kanaal weg volgens Piet => as recorded: "kanaal weg volgens Piet"",
      ]
    `);
  });

  it('never says a code or an English sentence in the words themselves', () => {
    for (const raw of STORED.slice(0, -1)) {
      for (const lang of ['nl', 'en'] as const) {
        const { text } = postProblem(raw, lang);
        expect(text, raw).not.toMatch(/\b[a-z]+_[a-z_]+\b|HTTP|ECONN|the bot|could not be asked/);
        if (lang === 'nl') expect(text, raw).not.toMatch(/\b(the|channel|not|rate)\b/);
      }
    }
  });
});
