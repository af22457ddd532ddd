// How long a call to Slack may take, and how answers retry. @slack/web-api waits forever for an answer by
// default and retries for about half an hour; a hung or failing Slack must not hold an event claim or a
// digest tick that long.

/** A Slack call that has not answered after this long is cut off (and retried, or judged by its caller). */
export const SLACK_CALL_TIMEOUT_MS = 10_000;

/**
 * Retries of an answer's Slack calls: a few, quickly, and none started after `maxRetryTime`, so the answer
 * has succeeded or given up before the event claim's lease runs out and Slack's redelivery (at about a
 * minute) finds the claim either done or released.
 */
export const ANSWER_RETRY = {
  retries: 3,
  factor: 2,
  minTimeout: 1000,
  maxTimeout: 4000,
  maxRetryTime: 20_000,
  randomize: false,
};

/** The longest one answer call can take: the last try starts by maxRetryTime plus a wait, then times out. */
export const ANSWER_CALL_BUDGET_MS =
  ANSWER_RETRY.maxRetryTime + ANSWER_RETRY.maxTimeout + SLACK_CALL_TIMEOUT_MS;
