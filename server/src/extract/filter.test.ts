import { describe, expect, it } from 'vitest';
import { preview, scanParagraph } from './filter';
import { buildGazetteer } from './gazetteer';
import { newArticleState } from './names';

const gaz = buildGazetteer([]);
const look = (sentence: string) =>
  preview(scanParagraph(sentence, 0, sentence.length, gaz), sentence, newArticleState());

describe('the pre-tagging look at a sentence', () => {
  it('keeps sentences that may name two actors and carry a trigger word', () => {
    expect(look('Iran has supplied Russia with drones.').candidate).toBe(true);
    expect(look('They said it had supplied the drones.').candidate).toBe(true);
    expect(look('The two leaders signed a treaty.').candidate).toBe(true);
    expect(look('Both sides condemned the attack.').candidate).toBe(true);
  });

  it('does not count a number or a repeated pronoun as two actors', () => {
    // "two hundred pages" names nobody; "their … their" is one actor at most
    expect(
      look('The report runs to more than two hundred pages and draws on shipping records.')
        .candidate,
    ).toBe(false);
    expect(
      look('Governments are reviewing their stockpiles and their reliance on imported parts.')
        .candidate,
    ).toBe(false);
  });

  it('remembers the names it saw', () => {
    const { names } = look('Russia and China held talks in Moscow.');
    expect(names.map((n) => n.actorId)).toEqual(['russia', 'china']);
  });
});
