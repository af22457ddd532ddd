// Slack's one error reply: what Bolt's error handler posts to the user (ephemeral, through response_url)
// when a listener failed. The detail goes to the log; the user gets one safe sentence.
import { failureSentence } from '../../phrase/failure.js';

export type SlackErrorReply = { response_type: 'ephemeral'; replace_original: false; text: string };

export function slackErrorReply(e: unknown): SlackErrorReply {
  return { response_type: 'ephemeral', replace_original: false, text: failureSentence(e) };
}
