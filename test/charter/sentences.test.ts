import { describe, expect, it } from 'vitest';
import { sentences } from '../../src/charter/text.js';

describe('sentences', () => {
  it('does not end a sentence inside a quoted name', () => {
    expect(
      sentences(
        "Het loopt al jaren. In de aanpak 'Utrecht Veilig! Dat doen we samen', werken de partners samen.",
      ),
    ).toMatchInlineSnapshot(`
      [
        "Het loopt al jaren.",
        "In de aanpak 'Utrecht Veilig! Dat doen we samen', werken de partners samen.",
      ]
    `);
  });
});
