// Commands that read or change stored data open the configured store, and always close it again.
import { type Config, loadConfig } from '../../config.js';
import { openStore } from '../../store/open.js';
import type { Store } from '../../store/store.js';

export async function withStore<T>(
  env: NodeJS.ProcessEnv,
  fn: (store: Store, config: Config) => Promise<T>,
): Promise<T> {
  const config = loadConfig(env);
  const store = await openStore(config.database);
  try {
    return await fn(store, config);
  } finally {
    await store.close();
  }
}
