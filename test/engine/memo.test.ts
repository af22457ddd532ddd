import { describe, expect, it } from 'vitest';
import { boundedCache } from '../../src/engine/memo.js';

describe('boundedCache', () => {
  it('computes a value once and returns it while it is remembered', () => {
    const cache = boundedCache<string, number>(2);
    let calls = 0;
    const get = (k: string) => cache.get(k, () => ++calls);
    expect([get('a'), get('a'), get('b'), get('a')]).toEqual([1, 1, 2, 1]);
    expect(calls).toBe(2);
  });

  it('forgets the generation before the last full one, and keeps a value used since', () => {
    const cache = boundedCache<string, string>(2);
    const computed: string[] = [];
    const get = (k: string) =>
      cache.get(k, () => {
        computed.push(k);
        return k.toUpperCase();
      });
    for (const k of ['a', 'b', 'c', 'a', 'd', 'e', 'f']) get(k);
    // a, b fill the first generation; c starts the second and a moves to it; d, e, f push a's copy out.
    expect(computed).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    get('b');
    get('a');
    expect(computed).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'b', 'a']);
  });

  it('remembers an undefined value as a value', () => {
    const cache = boundedCache<string, undefined>(4);
    let calls = 0;
    cache.get('x', () => void calls++);
    cache.get('x', () => void calls++);
    expect(calls).toBe(1);
  });
});
