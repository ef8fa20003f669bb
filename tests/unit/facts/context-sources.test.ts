import { describe, expect, it } from 'vitest';
import { extractFacts } from '@/utils/core/facts/extract';

const sources = (quote: string, context?: string) => extractFacts(quote, context === undefined ? {} : { context }).attributions.map((a) => a.name);

describe('sources named in the article before the quote', () => {
  const budanov = 'Le chef du renseignement militaire ukrainien, Kyrylo Budanov, a déclaré que le premier groupe serait déployé dans l’oblast de Koursk. ';

  it('gives a pronoun speaker the source the previous sentences name, with its title', () => {
    expect(sources('Il a déclaré que près de 11 000 soldats étaient en Russie', budanov)).toEqual(['Le chef du renseignement militaire ukrainien, Kyrylo Budanov']);
    expect(sources('« Ils seront prêts d’ici novembre », a-t-il ajouté.', budanov)).toEqual(['Le chef du renseignement militaire ukrainien, Kyrylo Budanov']);
    expect(sources('11 000 soldats, selon lui, sont prêts', budanov)).toEqual(['Le chef du renseignement militaire ukrainien, Kyrylo Budanov']);
    expect(sources('Turnout was 67%, she said.', 'Interior Minister Jane Doe told reporters on Sunday that the count was over. ')).toEqual(['Interior Minister Jane Doe']);
  });

  it('gives a pronoun the source the quote itself named before it, not an earlier one', () => {
    const context = 'Le ministre Andrii Sybiha a déclaré lundi que l’aide manquait. ';
    expect(sources('Kyrylo Budanov a déclaré que 11 000 soldats sont en Russie, et il a ajouté qu’ils seraient prêts', context)).toEqual(['Kyrylo Budanov']);
  });

  it('takes a pronoun for the source-like subject of a sentence before, within reach', () => {
    const dgac = "La Direction générale de l'aviation civile (DGAC) a demandé aux compagnies de réduire leurs vols. ";
    expect(sources('Elle a précisé que des retards étaient à prévoir', dgac)).toEqual(["La Direction générale de l'aviation civile (DGAC)"]);
    expect(sources('They said they would strike.', 'The unions called the plan a betrayal. ')).toEqual(['The unions']);
    // Any sentence opens with a capital: "There" or "Heavy rain" is no source.
    expect(sources('He said more rain was coming.', 'Heavy rain flooded the valley on Tuesday. ')).toEqual([]);
    // Six sentences on, "il" no longer reaches the DGAC.
    expect(sources('Il a précisé que des retards étaient à prévoir', `${dgac}${'Les avions restent au sol. '.repeat(6)}`)).toEqual([]);
  });

  it('reads the sentence the quote continues', () => {
    expect(sources('le premier groupe de 2 600 soldats serait déployé', 'Le chef du renseignement militaire ukrainien, Kyrylo Budanov, a déclaré que ')).toEqual([
      'Le chef du renseignement militaire ukrainien, Kyrylo Budanov',
    ]);
    expect(sources('montrait des troupes arrivant au terrain de Sergeevka', 'Une autre vidéo circulant sur les réseaux sociaux, géolocalisée par CNN, ')).toEqual(['CNN']);
    expect(sources('1 500 soldats ont été envoyés', 'ce qui confirme les informations du Service national de renseignement (NIS) sud-coréen selon lesquelles ')).toEqual([
      'Service national de renseignement (NIS) sud-coréen',
    ]);
  });

  it('replaces a bare description by the source it stands for', () => {
    expect(sources('The toll will rise, the minister added.', 'Foreign Minister Andrii Sybiha said on Friday that aid was needed. ')).toEqual(['Foreign Minister Andrii Sybiha']);
  });

  it('attributes nothing when the context names no source that fits', () => {
    expect(sources('Il a déclaré que près de 11 000 soldats étaient en Russie', 'La vidéo montre des hommes en uniforme. ')).toEqual([]);
    // "ils" needs a plural source, "he" a person.
    expect(sources('Ils ont affirmé que 12 000 soldats partiraient', budanov)).toEqual([]);
    expect(sources('The count is over, he said.', 'The interior ministry said on Sunday that turnout was high. ')).toEqual([]);
    // A quote that describes the name before it is not said by it.
    expect(sources('qui dépend du ministère ukrainien de la Culture', 'La vidéo, publiée par le Centre ukrainien pour la communication stratégique, ')).toEqual([]);
    // "Reeves said he thought" names its speaker; "he" there is no inverted cue.
    expect(sources('Reeves said he thought the count was over.', 'Interior Minister Jane Doe told reporters on Sunday that the count was over. ')).toEqual(['Reeves']);
    // A cue inside quoted speech is someone the speaker quotes.
    expect(sources('« Quand nous avons dit non, il a dit oui »', budanov)).toEqual([]);
    // "a dit il y a deux jours" is no "dit-il".
    expect(sources('Le maire a dit il y a deux jours que rien ne changerait', budanov)).toEqual(['Le maire']);
  });

  it('reads the source of the "que / that" clause the quote completes, not a clause joined by a conjunction', () => {
    const lead = 'Le ministre de la Défense a affirmé mardi que les services de renseignement britanniques avaient trouvé des preuves montrant que ';
    expect(sources('2 000 soldats étaient déployés près de la frontière', lead).sort()).toEqual(['Le ministre de la Défense', 'les services de renseignement britanniques']);
    expect(sources('4,000 troops had crossed the border', 'The minister said the defence ministry had evidence that ').sort()).toEqual(['The minister', 'the defence ministry']);
    expect(sources('des renforts arrivaient', 'Le ministère de la Défense a déployé 3 000 soldats alors que ')).toEqual([]);
    expect(sources('des renforts arrivaient', 'Le ministère de la Défense a déployé 3 000 soldats, ce qui montre que ')).toEqual([]);
    // A relative "que" after a noun: what the clause's subject did, not what it reports.
    expect(sources('la police recherchait depuis mars', 'Les services de renseignement ont arrêté l’homme que ')).toEqual([]);
  });

  it('without context, reads the quote alone as before', () => {
    expect(sources('Il a déclaré que près de 11 000 soldats étaient en Russie')).toEqual([]);
    expect(sources('Il a déclaré que près de 11 000 soldats étaient en Russie', '')).toEqual([]);
  });
});
