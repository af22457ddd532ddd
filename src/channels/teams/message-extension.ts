// The search message extension (composeExtensions, command `askCharter`): in any chat, staff type a
// question or a wijk and indicator, pick a result, and the answer card with its quote goes into their own
// message. Results while typing are previews worked out without recording anything; the answer is asked
// and audited when one is picked (`composeExtension/selectItem`), since that is the answer given to people.
import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { Answer } from '../../engine/types.js';
import { clip } from '../../phrase/wording.js';
import { renderAnswerCard } from '../../render/adaptive-card.js';
import { respondToInvoke } from './invoke-response.js';
import type { TurnDeps } from './turn.js';

const EXAMPLES = [
  'What is the Ondiep burglary target for 2011?',
  'Wat is het doel voor uitkeringen in Zuilen-Oost voor 2017?',
  'Which wijk has the lowest benefits target for 2017?',
  'Hoe groot is het leefbaarheidbudget per wijk?',
];

const QuerySchema = z.object({
  commandId: z.literal('askCharter'),
  parameters: z.array(z.object({ name: z.string(), value: z.unknown() })).max(10),
});
const PickSchema = z.object({ question: z.string().min(1).max(2000) });

type ExtensionResult = {
  composeExtension: {
    type: 'result' | 'message';
    attachmentLayout?: 'list';
    attachments?: object[];
    text?: string;
  };
};

const respond = (context: TurnContext, body: ExtensionResult) => respondToInvoke(context, body);

/** One search result: a short preview; picking it asks the question for real. */
const result = (title: string, text: string, question: string) => ({
  contentType: 'application/vnd.microsoft.card.thumbnail',
  content: { title: clip(title, 120), text: clip(text, 200) },
  preview: {
    contentType: 'application/vnd.microsoft.card.thumbnail',
    content: { title: clip(title, 120), text: clip(text, 200), tap: { type: 'invoke', value: { question } } },
  },
});

function results(question: string, answer: Answer | null) {
  if (!answer) return EXAMPLES.map((q) => result(q, 'charterbot', q));
  if (answer.status === 'answered' || answer.status === 'partial')
    return [result(answer.answer, answer.citations[0]?.section ?? '', question)];
  // No answer to insert: offer the questions it can answer instead, and say why in the first line.
  return [...(answer.suggestions ?? []).map((q) => result(q, clip(answer.answer, 200), q))];
}

export async function onQuery(context: TurnContext, deps: TurnDeps): Promise<void> {
  const parsed = QuerySchema.safeParse(context.activity.value);
  if (!parsed.success) {
    await respond(context, { composeExtension: { type: 'message', text: 'Unknown search.' } });
    return;
  }
  const query = parsed.data.parameters.find((p) => p.name === 'query')?.value;
  const text = typeof query === 'string' ? query.trim().slice(0, 500) : '';
  const answer = text.length >= 3 && deps.previewAnswer ? await deps.previewAnswer(text) : null;
  const attachments = results(text, answer);
  await respond(
    context,
    attachments.length > 0
      ? { composeExtension: { type: 'result', attachmentLayout: 'list', attachments } }
      : {
          composeExtension: {
            type: 'message',
            text: answer?.answer ?? 'The charter does not say. / Het charter zegt het niet.',
          },
        },
  );
}

export async function onSelectItem(
  context: TurnContext,
  deps: TurnDeps,
  user: { userId: string },
): Promise<void> {
  const parsed = PickSchema.safeParse(context.activity.value);
  if (!parsed.success) {
    await respond(context, { composeExtension: { type: 'message', text: 'That result could not be read.' } });
    return;
  }
  const { answer, record } = await deps.askAndRecord({
    question: parsed.data.question,
    channel: 'teams',
    userId: user.userId,
  });
  // Inserted into the person's own message: the answer, its quotes and source; no buttons that would
  // act on someone else's behalf.
  const { actions: _, ...card } = renderAnswerCard(answer, deps.knowledge.meta, record.id, deps.links);
  await respond(context, {
    composeExtension: {
      type: 'result',
      attachmentLayout: 'list',
      attachments: [
        {
          contentType: 'application/vnd.microsoft.card.adaptive',
          content: card,
          preview: {
            contentType: 'application/vnd.microsoft.card.thumbnail',
            content: { title: clip(answer.answer, 120), text: answer.citations[0]?.section ?? '' },
          },
        },
      ],
    },
  });
}
