// The answer to an invoke (a card's Action.Execute, a message extension's search): HTTP 200 to Teams,
// with the body Teams shows. botbuilder returns it as the response of the incoming request.
import type { TurnContext } from 'botbuilder';

export const respondToInvoke = (context: TurnContext, body: object) =>
  context.sendActivity({ type: 'invokeResponse', value: { status: 200, body } });
