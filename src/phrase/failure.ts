// What a chat user is told when their request failed on our side: one safe sentence in both languages (we may
// not know theirs), never the error's own text, which is for the log. Slack and Teams put it in their envelope.
import { type ErrorCode, isAppError } from '../errors.js';

const SORRY =
  'Sorry, something went wrong on our side. Please try again. / Er ging iets mis; probeer het opnieuw.';

/** The codes whose failure the user can do something about: each gets its own sentence. */
const SENTENCES: Partial<Record<ErrorCode, string>> = {
  // The answer could not be audited, so it was not given: trying again at once will not help.
  store_unavailable:
    'Sorry, answers cannot be recorded right now. Please try again later. / Antwoorden kunnen nu niet worden vastgelegd; probeer het later opnieuw.',
};

export function failureSentence(e: unknown): string {
  return (isAppError(e) && SENTENCES[e.code]) || SORRY;
}
