import type { VerdictQualifiers } from './vocabulary-types';

/**
 * The words that qualify a verdict in a label (verdict-phrases.ts), each list one string of comma-separated
 * words. Data, not code: shipped in the published-label file the extension reads when a verdict is first read
 * (bundled-verdicts.ts), not parsed at every worker start.
 */
export const VERDICT_QUALIFIERS: VerdictQualifiers = {
  /** Words that strengthen a verdict without changing it ("Blatantly false", "Totalmente falso"). */
  same: 'completely,totally,entirely,absolutely,blatantly,clearly,very,really,utterly,patently,wholly,totalement,complètement,entièrement,absolument,totalmente,completamente,absolutamente,del todo,del tutto,völlig,komplett,tamamen,kesinlikle,sepenuhnya,zupełnie,całkowicie,helt,تماما,كليا',
  /** "Mostly": a true verdict becomes partly true, a false one stays false ("Mostly correct", "Çoğunlukla yanlış"). */
  mostly: 'mostly,largely,mainly,almost,nearly,broadly,generally,plutôt,largement,majoritairement,presque,globalement,mayormente,casi,principalmente,praticamente,prácticamente,em grande parte,in gran parte,quasi,prevalentemente,größtenteils,weitgehend,überwiegend,fast,çoğunlukla,büyük ölçüde,hampir,sebagian besar,overwegend,grotendeels,stort sett,mestadels,skoro,uglavnom,w większości,raczej,aproape,pigem,drīzāk,eerder,arti,përgjithësisht,в основном,у асноўным,скорее,غالبا,ברובו,대체로,거의',
  /** "Partly": a true verdict becomes partly true, a false one misleading ("Partially correct", "Teilweise falsch"). */
  partly: 'partly,partially,somewhat,half,semi,in part,en partie,partiellement,à moitié,parcialmente,en parte,em parte,meio,parzialmente,in parte,mezzo,em partes,teilweise,halb,kısmen,yarı,sebagian,deels,gedeeltelijk,delvis,częściowo,częściowy,częściowa,częściowe,parțial,pjesërisht,gjysmë,iš dalies,djelomično,delimično,napola,жартылай,частично,часткова,جزئيا,جزئي,نصف,חצי',
  /**
   * A negation before a verdict turns "true" into false and makes any other verdict unreadable ("Not accurate",
   * "Není pravda"); the scan also reads one after it, as Korean writes it ("사실 아님", not true).
   */
  not: 'not,no,non,pas,не,нет,не е,tak,לא,مش,nav,hindi,nije,nu,não,nao,nicht,kein,keine,niet,nie,ne,není,nie je,nie jest,tidak,bukan,ikke,inte,nem,isn,t,ليس,ليست,لا,لم,غير,नहीं,नही,नाही,नथी,नहि,değil,degil,belum,아님',
  /** "But" after a true verdict makes it partly true ("Cierto, pero…", "Vrai, mais…", "Benar, tapi…"). */
  but: 'but,though,pero,aunque,mas,porém,mais,ma,però,aber,jedoch,ama,fakat,tapi,namun,maar,men,lakin,لكن,लेकिन,但',
  /** Qualifiers written as the first part of one word: "halbrichtig", "halbwahr", "semi-vrai", "полуправда". */
  compoundPartly: 'halb,half,semi,polu,пол,nahezu',
  /** Qualifiers written right before a Han-script verdict: partly ("一部誤り", "部分正確"), mostly ("おおむね正確", "大致正確"). */
  hanPartly: ['一部', '部分'],
  hanMostly: ['おおむね', 'ほぼ', '大致', '大部分', '基本'],
};
