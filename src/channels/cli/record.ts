// `charterbot record <wijk> <indicator> <year> <value> source <text>`: one measured value, taken exactly as
// `/charter record …` in Slack and `record …` in Teams take it (src/app/commands.ts), by the operator at the
// terminal, an admin, recorded under the pseudonym the audit log gives the CLI's user.
import { createRecordCommand } from '../../app/commands.js';
import { createPseudonymizer } from '../../app/pseudonymize.js';
import { createRecordMeasurement } from '../../app/record-measurement.js';
import { loadKnowledge } from '../../charter/load.js';
import { createNames } from '../../measurements/names.js';
import type { CommandIo as Io } from './io.js';
import { operatorUser, printNotice } from './operator.js';
import { withStore } from './with-store.js';

export function record(words: string[], io: Io): Promise<number> {
  return withStore(io.env, async (store, config) => {
    const knowledge = loadKnowledge();
    const run = createRecordCommand({
      knowledge,
      recordMeasurement: createRecordMeasurement({
        knowledge,
        names: createNames(knowledge),
        store,
        progress: config.progress,
      }),
      pseudonymize: createPseudonymizer(config.audit.pseudonymKey),
    });
    const user = operatorUser(config.audit.pseudonymKey);
    return printNotice(await run(`record ${words.join(' ')}`, { surface: 'cli', user, isAdmin: true }), io);
  });
}
