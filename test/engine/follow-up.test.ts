// Which replies in a shared thread are for the bot: questions and follow-ups, not people talking.
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/charter/load.js';
import { createEngine } from '../support/engine.js';

const engine = createEngine(loadKnowledge());

describe('readsAsFollowUp', () => {
  it.each([
    'and for 2017?',
    'en voor Kanaleneiland?',
    'what about Ondiep',
    'Overvecht 2011',
    'waarom?',
    'why?',
    'hoe zit het met geweld',
    'is dat meer dan in 2006?',
    'geweld?',
    'Wat is het doel voor woninginbraken in Ondiep in 2011?',
    'The Zuilen-Oost benefits figure for 2006, please?',
    'kun je ook iets zeggen over schooluitval',
  ])('answers %j', (text) => {
    expect(engine.readsAsFollowUp(text)).toBe(true);
  });

  it.each([
    'thanks!',
    'bedankt',
    'ok',
    'top, dank je',
    '<@U07ABCDEF> can you check this against the memo?',
    '<!here> this is the figure we need',
    'I will put this in the memo for Thursday',
    'zullen we morgen even bellen',
    'lunch?',
    '',
    'x'.repeat(10) + ' word'.repeat(60),
  ])('leaves %j alone', (text) => {
    expect(engine.readsAsFollowUp(text)).toBe(false);
  });
});
