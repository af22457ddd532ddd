// Checks a card against the Adaptive Card 1.5 schema as Microsoft's own object model (the `adaptivecards`
// package) reads it, and against Teams' size limit. The model reports unknown element and action types
// and invalid values while parsing; a property it does not know (a typo, a property from a later version)
// is dropped when it writes the card back, so any difference after the round trip is reported too.
import * as AC from 'adaptivecards';

/** Teams refuses a bot message (activity JSON) over about 28 KB. */
export const TEAMS_MESSAGE_LIMIT_BYTES = 28 * 1024;

/** Teams' host extension is not part of the Adaptive Card schema. */
const HOST_ONLY = new Set(['msteams']);

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => !HOST_ONLY.has(k))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, canonical(v)]),
    );
  return value;
}

function differences(ours: unknown, theirs: unknown, path = '$'): string[] {
  if (JSON.stringify(ours) === JSON.stringify(theirs)) return [];
  if (ours && theirs && typeof ours === 'object' && typeof theirs === 'object') {
    const keys = new Set([...Object.keys(ours), ...Object.keys(theirs)]);
    return [...keys].flatMap((k) =>
      differences(
        (ours as Record<string, unknown>)[k],
        (theirs as Record<string, unknown>)[k],
        `${path}.${k}`,
      ),
    );
  }
  return [
    `${path}: ${JSON.stringify(ours)?.slice(0, 80)} is not in the schema (read back as ${JSON.stringify(theirs)?.slice(0, 40)})`,
  ];
}

export function cardProblems(card: object): string[] {
  const problems: string[] = [];
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card, context);
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    problems.push(`${AC.ValidationEvent[e.event]}: ${e.message}`);
  }
  problems.push(...differences(canonical(card), canonical(parsed.toJSON())));
  const c = card as { version?: string; msteams?: { width?: string }; fallbackText?: string };
  if (c.version !== '1.5') problems.push('version is not 1.5');
  if (c.msteams?.width !== 'Full') problems.push('msteams.width is not Full');
  if (!c.fallbackText) problems.push('no fallbackText');
  const activity = {
    type: 'message',
    attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }],
  };
  const bytes = Buffer.byteLength(JSON.stringify(activity));
  if (bytes > TEAMS_MESSAGE_LIMIT_BYTES) problems.push(`${bytes} bytes: over Teams' message limit`);
  return problems;
}
