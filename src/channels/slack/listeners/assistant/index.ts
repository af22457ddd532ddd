// Slack's assistant surface (Bolt's Assistant): the split-view thread Slack offers apps that answer
// questions. Opening a thread shows suggested prompts; a question sets the thread's title and a status
// while the answer is worked out, then the answer is posted in the thread like everywhere else.
import { type App, Assistant } from '@slack/bolt';
import type { ChannelDeps } from '../../../../app/channel-deps.js';
import { answerInto, threadKey } from '../../conversation.js';

const PROMPTS = [
  {
    title: 'Doel woninginbraken Ondiep 2011',
    message: 'Wat is het doel voor woninginbraken in Ondiep in 2011?',
  },
  {
    title: 'Benefits target Zuilen-Oost 2017',
    message: 'What is the benefits target for Zuilen-Oost in 2017?',
  },
  { title: 'Leefbaarheidbudget per wijk', message: 'Hoe groot is het leefbaarheidbudget per wijk?' },
  { title: 'Is Ondiep on track?', message: 'Is Ondiep on track for burglary?' },
];

export function register(app: App, deps: ChannelDeps): void {
  app.assistant(
    new Assistant({
      threadStarted: async ({ setSuggestedPrompts }) => {
        await setSuggestedPrompts({ title: 'Vraag het charter / Ask the charter', prompts: PROMPTS });
      },
      // The charter does not depend on the channel the user is looking at: nothing to keep.
      threadContextChanged: async () => undefined,
      userMessage: async ({ message, body, client, context, setTitle, setStatus }) => {
        if (message.subtype !== undefined || !('text' in message) || !('user' in message)) return;
        const { text, user, channel } = message;
        const threadTs = 'thread_ts' in message ? message.thread_ts : undefined;
        if (!text || !user || !threadTs || user === context.botUserId) return;
        const team = body.team_id ?? '';
        const conversation = threadKey(team, channel, threadTs);
        // The thread is named after its first question; later ones are follow-ups in it.
        if (!(await deps.store.hasThread(conversation))) await setTitle(text.slice(0, 100));
        await setStatus('zoekt het op in het charter… / is checking the charter…');
        // Posting the answer in the thread clears the status.
        await answerInto(
          deps,
          client,
          { team, channel, threadTs, conversation, user, eventId: body.event_id },
          text,
        );
      },
    }),
  );
}
