/** Facts read from one quote; every fact carries its character span in the quote as given. */

export interface Span {
  /** UTF-16 offsets into the quote: quote.slice(start, end) is what the fact was read from. */
  start: number;
  end: number;
}

/** How a figure is hedged, whatever the language: "about 11,000" and "environ 11 000" share 'about'. */
export type Hedge = 'about' | 'nearly' | 'up-to' | 'at-least' | 'more-than' | 'less-than' | 'at-most' | 'total' | 'exact';

export interface FigureFact extends Span {
  value: number;
  /** Upper bound of a range ("10,000 to 12,000"). */
  max?: number;
  /** What is counted, in English when known ("soldiers", "km", "%", "USD"), else as written. */
  unit?: string;
  /** The hedge as written ("près de", "up to"). */
  qualifier?: string;
  hedge: Hedge;
  /** The figure as written. */
  text: string;
}

export interface PlaceFact extends Span {
  /** Canonical name, in English when the gazetteer knows it ("Russia", "Eastern Russia"). */
  name: string;
  /** Comparison key: equal keys are the same place across languages and spellings. */
  key: string;
  /** 'gazetteer' when the name is known, 'phrase' when read from "le village de X". */
  from: 'gazetteer' | 'phrase';
}

export interface AttributionFact extends Span {
  /** As written, with its title ("le chef du renseignement militaire ukrainien"). */
  name: string;
  /** Shared by the ways outlets name one source: "kr-intelligence", "person-budanov". */
  key: string;
  /** Named in the article before the quote, not in the quote ("Il a déclaré" stands for it). */
  fromContext?: boolean;
}

export interface DateFact extends Span {
  /** As written. */
  text: string;
  /** Normalised English label: "by 1 November", "last week", "in the last few days". */
  label: string;
  /** ISO date (or yyyy-mm) when it can be placed against the article's date. */
  iso?: string;
}

export interface QuoteFacts {
  figures: FigureFact[];
  places: PlaceFact[];
  attributions: AttributionFact[];
  dates: DateFact[];
}

export interface ExtractOptions {
  /** The article's publication date (ISO), for relative dates. */
  publishedAt?: string;
  lang?: string;
  /**
   * The article's text before the quote (its paragraph up to the quote, and the paragraphs before):
   * sources named there and meant by the quote ("Il a déclaré", "he said") are attributed.
   */
  context?: string;
}
