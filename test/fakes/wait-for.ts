// Polls what a fake recorded until a call matches: the bot answers after it acknowledges.
export async function waitFor<T>(
  calls: T[],
  pred: (c: T) => boolean,
  timeoutMs: number,
  describe: () => string,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const hit = calls.find(pred);
    if (hit) return hit;
    if (Date.now() > end) throw new Error(`no matching call; saw ${describe()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
