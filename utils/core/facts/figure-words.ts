import type { Hedge } from '@/utils/core/facts/types';

/** Hedges as the lexer folds them ("jusqu'à" -> "jusqu a"), French and English, a few Spanish and German. */
const HEDGE_LIST: [Hedge, string[]][] = [
  ['about', ['environ', 'quelque', 'quelques', 'approximativement', 'a peu pres', 'autour de', 'grosso modo', 'about', 'around', 'roughly', 'approximately', 'some', 'an estimated', 'estimated', 'circa', 'aproximadamente', 'unos', 'unas', 'alrededor de', 'etwa', 'rund', 'ungefahr', 'circa', 'quasi']],
  ['nearly', ['pres de', 'presque', 'pas loin de', 'nearly', 'almost', 'close to', 'casi', 'cerca de', 'fast', 'beinahe']],
  ['up-to', ['jusqu a', 'jusqu au', 'up to', 'as many as', 'hasta']],
  ['at-least', ['au moins', 'pas moins de', 'at least', 'no fewer than', 'no less than', 'al menos', 'mindestens']],
  ['more-than', ['plus de', 'plus d', 'au dela de', 'more than', 'over', 'upwards of', 'in excess of', 'mas de', 'uber', 'mehr als']],
  ['less-than', ['moins de', 'moins d', 'less than', 'fewer than', 'under', 'menos de', 'weniger als']],
  ['at-most', ['pas plus de', 'pas de plus de', 'au plus', 'au maximum', 'no more than', 'at most', 'not more than', 'a maximum of']],
  ['total', ['un total de', 'au total', 'a total of', 'in total']],
];

export const HEDGES: ReadonlyMap<string, Hedge> = new Map(HEDGE_LIST.flatMap(([hedge, phrases]) => phrases.map((p) => [p, hedge] as const)));

/** Units, folded as the lexer splits them, to an English name; measure units are part of the figure's text. */
const UNIT_LIST: [string, boolean, string[]][] = [
  ['soldiers', false, ['soldats', 'soldat', 'fantassins', 'militaires', 'troupes', 'combattants', 'hommes', 'soldiers', 'soldier', 'troops', 'servicemen', 'infantrymen', 'fighters', 'soldados', 'tropas', 'soldaten']],
  ['special forces', false, ['forces speciales', 'special forces', 'membres des forces speciales']],
  ['people', false, ['personnes', 'gens', 'habitants', 'people', 'persons', 'residents', 'personas', 'menschen']],
  ['civilians', false, ['civils', 'civilians', 'civiles']],
  ['dead', false, ['morts', 'tues', 'victimes', 'dead', 'killed', 'deaths', 'muertos', 'tote']],
  ['wounded', false, ['blesses', 'wounded', 'injured', 'heridos']],
  ['km', true, ['kilometres', 'kilometre', 'km', 'kilometers', 'kilometer', 'kilometros']],
  ['miles', true, ['miles', 'mile']],
  ['m', true, ['metres', 'meters', 'm']],
  ['hours', true, ['heures', 'heure', 'hours', 'hour', 'h', 'horas', 'stunden']],
  ['days', true, ['jours', 'jour', 'days', 'day', 'dias', 'tage']],
  ['weeks', true, ['semaines', 'weeks', 'semanas', 'wochen']],
  ['months', true, ['mois', 'months', 'meses', 'monate']],
  ['years', true, ['ans', 'annees', 'years', 'anos', 'jahre']],
  ['%', true, ['pour cent', 'percent', 'per cent', 'pourcent', 'por ciento', 'prozent']],
  ['tonnes', true, ['tonnes', 'tons', 'toneladas']],
  ['EUR', true, ['euros', 'euro', 'eur']],
  ['USD', true, ['dollars', 'dollar', 'usd', 'dolares']],
  ['GBP', true, ['livres sterling', 'livres', 'pounds', 'gbp']],
  ['RUB', true, ['roubles', 'rubles', 'rub']],
  ['UAH', true, ['hryvnias', 'hryvnia', 'uah']],
  ['KRW', true, ['wons', 'won', 'krw']],
  ['CNY', true, ['yuans', 'yuan', 'cny']],
  ['JPY', true, ['yens', 'yen', 'jpy']],
  ['CHF', true, ['francs suisses', 'chf']],
];

export const UNITS: ReadonlyMap<string, { name: string; measure: boolean }> = new Map(
  UNIT_LIST.flatMap(([name, measure, words]) => words.map((w) => [w, { name, measure }] as const)),
);

export const CURRENCY_SYMBOLS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₽': 'RUB', '₴': 'UAH', '₩': 'KRW' };
/** Units that are already currency codes. */
export const CURRENCY_AFTER: ReadonlyMap<string, string> = new Map([['usd', 'USD']]);

/** The hedge class of a qualifier as written ("près de" = "nearly" = 'nearly'); 'exact' when none. */
export function hedgeOf(qualifier: string | undefined): Hedge | string {
  if (!qualifier?.trim()) return 'exact';
  const folded = qualifier
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
  return HEDGES.get(folded) ?? folded;
}
