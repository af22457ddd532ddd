import { describe, expect, it } from 'vitest';
import { swapActor } from '../../src/engine/actors.js';

describe('a follow-up that names only another actor', () => {
  it('asks the question before of that actor, in the follow-up’s words', () => {
    expect(swapActor('hoeveel leggen de corporaties jaarlijks in?', 'en de gemeente zelf?')).toBe(
      'hoeveel leggen de gemeente zelf jaarlijks in',
    );
    expect(
      swapActor('How much do the housing corporations contribute each year?', 'and the municipality?'),
    ).toBe('how much do the municipality contribute each year');
  });

  it('asks the figure a claim named of the first actor, not the claim again', () => {
    expect(
      swapActor(
        'Klopt het dat de corporaties elk jaar 25 miljoen euro in de wijkenaanpak stoppen?',
        'en de gemeente zelf?',
      ),
    ).toBe('hoeveel geld de gemeente zelf elk jaar in de wijkenaanpak stoppen');
    expect(
      swapActor('Is it true that the housing associations put 25 million into it?', 'and the municipality?'),
    ).toBe('how much the municipality put into it');
  });

  it('is no swap when the follow-up asks something of its own or names the same actor', () => {
    expect(
      swapActor('hoeveel leggen de corporaties in?', 'en wat doet de gemeente met de wijkagenten?'),
    ).toBeNull();
    expect(swapActor('hoeveel leggen de corporaties in?', 'en de corporaties in 2009?')).toBeNull();
    expect(swapActor('wat is het doel voor inbraken in Ondiep?', 'en de gemeente?')).toBeNull();
  });
});
