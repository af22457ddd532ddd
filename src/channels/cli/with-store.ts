// Commands that read or change stored data open the configured store, and always close it again.
import { type Config, loadConfig, loadDotenv } from '../../config.js';
import { openStore } from '../../store/open.js';
import type { Store } from '../../store/store.js';

export async function withStore<T>(fn: (store: Store, config: Config) => Promise<T>): Promise<T> {
  await loadDotenv();
  const config = loadConfig();
  const store = await openStore(config.database);
  try {
    return await fn(store, config);
  } finally {
    await store.close();
  }
}
