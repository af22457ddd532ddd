// Keyed pseudonyms for user ids in the audit log: the same person maps to the same pseudonym on every
// instance that shares the key, and the key itself never reaches the database.
import { createHmac } from 'node:crypto';
import { ConfigError } from '../env.js';
import type { Channel } from '../store/store.js';

export type Pseudonymize = (channel: Channel, userId: string | null | undefined) => string | null;

export function createPseudonymizer(key: string | undefined): Pseudonymize {
  return (channel, userId) => {
    if (!userId) return null;
    if (!key) throw new ConfigError('AUDIT_PSEUDONYM_KEY is required to record answers for identified users');
    return createHmac('sha256', key).update(`${channel}:${userId}`).digest('hex').slice(0, 32);
  };
}
