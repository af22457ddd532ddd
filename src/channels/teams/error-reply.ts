// Teams' one error reply: the message onTurnError sends into the conversation when a turn failed.
// The detail goes to the log; the user gets one safe sentence.
import { failureSentence } from '../../phrase/failure.js';

export function teamsErrorReply(e: unknown): string {
  return failureSentence(e);
}
