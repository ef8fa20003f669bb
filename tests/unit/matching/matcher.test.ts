import { describe, expect, it } from 'vitest';
import { entityKey } from '@/utils/core/matching/entity-key';
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching/index';
import { Model, SHIPPED_MODEL } from '@/utils/core/matching/model';

const CLAIMS: IndexClaim[] = [
  {
    id: 'troops-11000',
    statement: {
      en: 'About 11,000 North Korean soldiers are training in eastern Russia, according to Ukrainian military intelligence chief Kyrylo Budanov.',
      fr: "Environ 11 000 soldats nord-coréens s'entraînent dans l'est de la Russie, selon le chef du renseignement militaire ukrainien Kyrylo Budanov.",
    },
    versions: [],
  },
  {
    id: 'video-location',
    statement: { en: 'The video was filmed at the Sergeyevka training ground in the Russian Far East.' },
    versions: [{ id: 'v-loc-a', outletId: 'outlet-a', lang: 'fr', quote: "La vidéo aurait été tournée sur le terrain d'entraînement de Sergeyevka, dans l'Extrême-Orient russe." }],
  },
  {
    id: 'zelensky-10000',
    statement: { en: 'Volodymyr Zelensky says North Korea is preparing 10,000 soldiers to join the Russian army.' },
    versions: [],
  },
  {
    id: 'pact',
    statement: { en: 'Vladimir Putin and Kim Jong Un signed a mutual defence pact in June 2024.' },
    versions: [],
  },
  {
    id: 'drones',
    statement: { en: 'Iran has delivered hundreds of Shahed drones to Russia since the summer.' },
    versions: [],
  },
];

const matcher = ClaimMatcher.build(CLAIMS);
/** Highlighted claims (possible matches are listed apart, not painted). */
const highlights = (m: ClaimMatcher, text: string, opts: { lang?: string; excludeOutletIds?: string[] } = {}) => m.scan(text, opts).filter((x) => x.level === 'highlight');
const found = (text: string, lang?: string) => highlights(matcher, text, { lang }).map((m) => m.claimId);

describe('matching', () => {
  it('finds a claim reworded, in French and in English', () => {
    expect(found("Selon Kyrylo Budanov, près de 11 000 soldats nord-coréens s'entraînent actuellement dans l'est de la Russie.", 'fr')).toEqual(['troops-11000']);
    expect(found('Ukrainian intelligence chief Kyrylo Budanov said some 11,000 North Korean soldiers were training in eastern Russia.', 'en')).toEqual(['troops-11000']);
  });

  it('does not match on a shared number alone', () => {
    expect(found('About 11,000 runners took part in the Kyiv marathon on Sunday, the organisers said.', 'en')).toEqual([]);
    expect(found('Environ 11 000 spectateurs ont assisté au concert dans le stade de Kyiv.', 'fr')).toEqual([]);
  });

  it('does not match on a shared name alone', () => {
    expect(found('Kyrylo Budanov gave an interview to a local television channel on Sunday evening.', 'en')).toEqual([]);
    expect(found('Volodymyr Zelensky met the Polish prime minister in Warsaw on Tuesday.', 'en')).toEqual([]);
  });

  it('tells South Korea from North Korea', () => {
    expect(found('About 11,000 South Korean soldiers are training in eastern Russia, Kyrylo Budanov said.', 'en')).toEqual([]);
    expect(found("Environ 11 000 soldats sud-coréens s'entraînent dans l'est de la Russie, selon Kyrylo Budanov.", 'fr')).toEqual([]);
    // Naming both Koreas is not a contradiction: a South Korean source on North Korean troops.
    expect(found("Selon le renseignement sud-coréen et Kyrylo Budanov, environ 11 000 soldats nord-coréens s'entraînent dans l'est de la Russie.", 'fr')).toEqual(['troops-11000']);
  });

  it('rejects a different figure for the same story', () => {
    expect(found("Environ 25 000 soldats nord-coréens s'entraînent dans l'est de la Russie, selon Kyrylo Budanov.", 'fr')).toEqual([]);
  });

  it('meets transliteration variants of names', () => {
    for (const place of ['Sergueïevski', 'Sergeevka', 'Sergeyevka']) {
      expect(found(`Selon CNN, la vidéo a été filmée sur le terrain d'entraînement de ${place}, dans l'Extrême-Orient russe.`, 'fr'), place).toEqual(['video-location']);
    }
    expect(new Set(['Zelensky', 'Zelenskyy', 'Zelenski', 'Zelenskiy'].map((n) => entityKey(n.toLowerCase()))).size).toBe(1);
    expect(found('President Zelenskyy says North Korea is preparing 10,000 soldiers to join the Russian army.', 'en')).toEqual(['zelensky-10000']);
    expect(found('Putin and Kim Jong-Un signed the mutual defence pact in June 2024.', 'en')).toEqual(['pact']);
  });

  it('ignores the versions of excluded outlets (leave-one-outlet-out)', () => {
    const text = "D'après l'outlet A, la vidéo aurait été tournée sur le terrain d'entraînement de Sergeyevka, dans l'Extrême-Orient russe.";
    const all = highlights(matcher, text, { lang: 'fr' });
    expect(all.map((m) => m.claimId)).toEqual(['video-location']);
    expect(all[0]!.explanation.via).toBe('v-loc-a');
    // Without outlet A's own wording, only the English statement is left: the match, if any, must come through it.
    for (const m of highlights(matcher, text, { lang: 'fr', excludeOutletIds: ['outlet-a'] })) expect(m.explanation.via).toBe('statement');
    const onlyA = ClaimMatcher.build([{ id: 'only-a', statement: {}, versions: CLAIMS[1]!.versions }, CLAIMS[4]!]);
    expect(highlights(onlyA, text, { lang: 'fr' }).map((m) => m.claimId)).toEqual(['only-a']);
    expect(highlights(onlyA, text, { lang: 'fr', excludeOutletIds: ['outlet-a'] })).toEqual([]);
  });

  it('explains a match with shared figures and names', () => {
    // The explanation is what is tested: a model that reports everything shows it whatever the thresholds.
    const everything = new Model({ ...SHIPPED_MODEL.file, bySize: undefined, highlightProbability: 0.5, possibleProbability: 1e-6 });
    const [m] = ClaimMatcher.build(CLAIMS, { model: everything }).scan('Some 11,000 North Korean soldiers are in training in eastern Russia, Budanov said.', { lang: 'en' });
    expect(m!.claimId).toBe('troops-11000');
    expect(m!.explanation.sharedFigures).toEqual(['11,000']);
    expect(m!.explanation.sharedEntities).toContain('Budanov');
    expect(m!.explanation.sharedTerms).toEqual(expect.arrayContaining(['soldiers', 'training']));
  });

  it('ranks candidates for a selection with suggest(), without threshold', () => {
    const ranked = matcher.suggest('Zelensky: North Korea is preparing 10,000 troops', 3);
    expect(ranked[0]!.claimId).toBe('zelensky-10000');
    expect(ranked.length).toBeLessThanOrEqual(3);
  });

  it('ranks claims for a social-media post with suggest(), links left out', () => {
    expect(matcher.suggest('Iran sent Shahed drones to Russia https://t.co/xyz', 2)[0]!.claimId).toBe('drones');
  });

  it('works in languages it was not tuned on, with or without a stemmer', () => {
    const other = ClaimMatcher.build([
      { id: 'es', statement: { es: 'Corea del Norte ha enviado unos 1.500 soldados de fuerzas especiales a Rusia, según la inteligencia surcoreana.' }, versions: [] },
      { id: 'pl', statement: { pl: 'Korea Północna wysłała do Rosji około 1500 żołnierzy sił specjalnych.' }, versions: [] },
    ]);
    // No language given: guessed per text. The Polish claim says the same, and is found through the
    // Spanish and Polish word lists with English ("soldados", soldier, "żołnierzy").
    expect(highlights(other, 'Según la inteligencia de Corea del Sur, Corea del Norte ya envió 1500 soldados de fuerzas especiales a Rusia.').map((m) => m.claimId).sort()).toEqual(['es', 'pl']);
    expect(highlights(other, 'Corea del Sur envió 1.500 soldados a Rusia.')).toEqual([]);
    // Polish has no Snowball stemmer here: prefix stems still meet inflections.
    expect(highlights(other, 'Według wywiadu Korea Północna wysłała już do Rosji 1500 żołnierzy sił specjalnych.', { lang: 'pl' }).map((m) => m.claimId).sort()).toEqual(['es', 'pl']);
    expect(highlights(other, 'Rosja kupiła w tym roku 1500 ton zboża z Kazachstanu.', { lang: 'pl' })).toEqual([]);
  });
});
