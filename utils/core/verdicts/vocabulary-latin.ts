import type { VerdictTable } from '@/utils/core/verdicts/vocabulary-types';
/**
 * Verdicts published in Latin-script languages, as fact-checkers write them (any case, accents and
 * punctuation: `verdictKey` folds those). Sources, per list:
 * - [real] ../shared/real-data/claimreview/feed-sample.json (AFP, Newtral, Lupa, Aos Fatos, UOL,
 *   Africa Check, Les Décodeurs, 20 Minutes, TjekDet, PolitiFact…).
 * - [x-fact] the per-fact-checker label maps of X-FACT (Gupta & Srikumar, ACL 2021,
 *   github.com/utahnlp/x-fact, data/x-fact/label_maps/*.txt), which list the labels each site
 *   published and their meaning: chequeado.com, correctiv.org, pagellapolitica.it, agi.it,
 *   piaui.folha.uol.com.br (Lupa), aosfatos.org, apublica.org, poligrafo.sapo.pt,
 *   fr.africacheck.org, faktisk.no, teyit.org, dogrulukpayi.com, cekfakta.tempo.co, cekfakta.com.
 * - [scales] PolitiFact's Truth-O-Meter, the Washington Post's Pinocchios, Les Décodeurs' five
 *   verdicts (Vrai, Plutôt vrai, C'est plus compliqué, Plutôt faux, Faux), Newtral's four
 *   (Falso, Engañoso, Verdad a medias, Verdadero) and Correctiv's German ratings (Falsch,
 *   Teilweise falsch, Fehlender Kontext, Manipuliert, Unbelegt, Richtig…) as their sites name them.
 * - [published] scales other fact-checkers publish on their own pages: Demagog.cz and Demagog.sk,
 *   Faktabaari, OKO.press, Istinomjer, fakticke.info, VERA Files, Rappler, El Heraldo;
 *   tests/fixtures/verdicts/published-scales.json names each label's fact-checker and page.
 * - [sealed-2] labels of 43 more fact-checkers and editions (Istinomjer, Faktograf, Postimees, Patikrinta 15min,
 *   Re:Check, VERA Files, Lead Stories…), each with its page in tests/fixtures/verdicts/sealed-labels-2.json.
 * - [sealed-3] to [sealed-10]: labels of more fact-checkers, collected by helpers who had not seen these lists,
 *   each with its page in tests/fixtures/verdicts/sealed-labels-3.json to sealed-labels-9.json.
 * - [frequent] ClaimReview labels used more than 50 times (the list of Lost-In-Translation,
 *   tests/fixtures/verdicts/frequent-labels.json), each given its status by the rule below.
 * The status follows the X-FACT category: false and mostly false -> false; misleading, missing
 * context, manipulated, exaggerated, partly false -> misleading; half / partly / mostly true ->
 * partly-true; debatable -> disputed; unproven, too early to say -> unverified (understood).
 */
export const LATIN_VERDICTS: VerdictTable = {
  false: [
    // en [real] [scales] [x-fact master map]
    'False', 'Fake', 'Pants on fire', 'Four Pinocchios', 'Incorrect', 'Wrong', 'Fabricated', 'Hoax',
    'Not true', 'Completely false', 'Mostly false', 'False claim', 'Very false', 'Really false', 'Baseless',
    'Total lie', 'Almost false', 'False connection', 'Fabricated content', 'Scam', 'Fake news',
    'Completely_false', 'Mostly_false',
    // fr [real] [scales] [x-fact fr.africacheck.org]
    'Faux', 'Inexact', 'Faux et trompeur', 'Totalement faux', 'Intox', 'Plutôt faux',
    'Largement faux', 'Archi faux', 'Arnaque', 'Canular', 'Fausse information',
    // es [real] [x-fact chequeado.com] [scales]
    'Falso', 'Falsa', 'Bulo', 'Mentira', 'Fake', 'Incorrecto',
    // pt [real] [x-fact aosfatos, poligrafo, apublica]
    'Falso', 'Blefe', 'Pimenta na língua', 'Fake', 'Montagem',
    // it [x-fact pagellapolitica.it, agi.it]
    'Falso', 'Panzana pazzesca', 'Pinocchio andante', 'Notizia falsa', 'Bufala',
    // de [real] [scales]
    'Falsch', 'Frei erfunden', 'Größtenteils falsch', 'Fake', 'Erfunden',
    // nl, da, no, sv [real TjekDet] [x-fact faktisk.no]
    'Onwaar', 'Niet waar', 'Falsk', 'Helt feil', 'Feil',
    // tr [x-fact teyit.org, dogrulukpayi.com]
    'Yanlış', 'Yalan', 'Sahte', 'Asılsız',
    // id [x-fact cekfakta.tempo.co, cekfakta.com]
    'Keliru', 'Salah', 'Hoaks', 'Palsu', 'Konten palsu', 'Konten yang dibuat-buat',
    // ro, pl: fact-checkers with ClaimReview in those languages (factual.ro, demagog.org.pl) [x-fact]
    'Fals', 'Fałsz',
    // Later sources [held-out]: tests/fixtures/verdicts/held-out-labels.json names each label's fact-checker and page.
    'Lie', 'Untrue', 'Debunked', 'Barely true', 'Pants fire', 'Inaccurate', 'Errado', 'Errada', 'Fausse',
    'Neistina', 'Kratke noge', 'Rrenë', 'Rrenë e kryptë', 'Me kos', 'Disinformasi', 'Misinformasi', 'Fitnah', 'Penipuan',
    // [published] cs, sk (Demagog), pl (OKO.press), fi (Faktabaari), tl (Rappler), sv (faktiskt.se)
    'Nepravda', 'Stłuczony fałszomierz', 'Väärin', 'Hindi totoo', 'Fel', 'Helt fel',
    // [sealed-2] tests/fixtures/verdicts/sealed-labels-2.json names each label's fact-checker and page
    'Neistinito', 'AI Generated', 'naeruväärne', 'JAMA', 'PIGEM VALE', 'VALE', 'Ni F od fakta', 'Ni pola fakta', 'Hamis', 'Melas', 'NETIESA', 'Drīzāk nav taisnība', 'Nav taisnība', 'SOBA', 'Inteligência Artificial', 'HINDI TUMPAK',
    // [frequent] tests/fixtures/verdicts/frequent-labels.json (labels used more than 50 times)
    'Netačno', 'Tvrdnja je netočna', 'Montaje',
    // [sealed-3] tests/fixtures/verdicts/sealed-labels-3.json names each label's fact-checker and page
    'Nada confiable', 'Lažna vijest', 'Dezinformacija', 'Dezinformare', 'Stimmt überwiegend nicht', 'Fanciful', 'Huckster propaganda', 'Fiction!',
    // [sealed-4] tests/fixtures/verdicts/sealed-labels-4.json names each label's fact-checker and page
    'Démenti', 'Legend', 'PEKE', 'E pavërtetë',
    // [sealed-5] tests/fixtures/verdicts/sealed-labels-5.json names each label's fact-checker and page
    'Flawed reasoning', 'Total Bull', 'FFS',
    // [sealed-6] tests/fixtures/verdicts/sealed-labels-6.json names each label's fact-checker and page
    'Fiktiv', 'Meer fabels dan feiten', '100% onzin', 'Tin giả', 'Si kweli',
    // [sealed-7] tests/fixtures/verdicts/sealed-labels-7.json names each label's fact-checker and page
    'doğruluk payı yoktur', 'büyük ölçüde doğruluk payı yoktur',
    // [sealed-9] tests/fixtures/verdicts/sealed-labels-9.json names each label's fact-checker and source
    'Mali', 'Flase',
    // [sealed-10] tests/fixtures/verdicts/sealed-labels-10.json names each label's fact-checker and source
    'Lajm i rrejshëm', 'I pavërtetë',
  ],
  misleading: [
    'Misleading', 'Missing context', 'Out of context', 'Exaggerated', 'Distorted', 'Spin', 'Cherry picks',
    'Partly false', 'Partially false', 'Three Pinocchios', 'Two Pinocchios', 'Manipulated', 'Altered',
    'Satire', 'Lacks context', 'Misplaced context', 'False context', 'Misleading content',
    'Manipulated content', 'Manipulated media', 'Deceptive', 'Selective', 'Underestimated',
    'Miscaptioned', 'Misattributed', 'Partly_false', 'Missing_context', 'False_context', 'Imposter content',
    'Trompeur', 'Manque de contexte', 'Hors contexte', 'Exagéré', 'Déformé', 'Partiellement faux',
    'Sous-estimé', 'Sous-estimé/exagéré', 'Détourné', 'Manipulé', 'Contexte manquant', 'Sorti de son contexte',
    'Engañoso', 'Engañosa', 'Exagerado', 'Sacado de contexto', 'Fuera de contexto', 'Descontextualizado',
    'Sin contexto', 'Falta contexto', 'Manipulado', 'Parcialmente falso',
    'Enganoso', 'Distorcido', 'Exagerado', 'Contraditório', 'Subestimado', 'Não é bem assim', 'Sem contexto',
    'Fora de contexto',
    'Fuorviante', 'Fuori contesto', 'Manipolato', 'Parzialmente falso', 'Notizia imprecisa',
    'Irreführend', 'Fehlender Kontext', 'Teilweise falsch', 'Manipuliert', 'Falscher Kontext',
    'Misleidend', 'Vildledende', 'Delvis feil', 'Delvis forkert', 'Manipuleret', 'Missvisande',
    'Yanıltıcı', 'Çarpıtma', 'Bağlamından koparılmış',
    'Sesat', 'Menyesatkan', 'Konten menyesatkan', 'Konten yang dimanipulasi', 'Konteks keliru',
    'Înșelător', 'Parțial fals', 'Manipulacja',
    'Misleads', 'Misplaced', 'Sarcasm', 'Understated', 'Downplayed', 'Imposter', 'Spinning', 'Trunchiat', 'Deels onwaar',
    'Enganador', 'Esticado', 'Trompeuse',
    // [published] cs (Demagog.cz, fakticke.info), sk (Demagog.sk)
    'Zavádějící', 'Manipulace', 'Částečně nepravdivé', 'Zavádzanie',
    // [sealed-2] tests/fixtures/verdicts/sealed-labels-2.json names each label's fact-checker and page
    'Falsche Überschrift', 'Parody', 'EDITED', 'EKSITAV', 'Kétes', 'Manipuliacija', 'KRISLAS TIESOS',
    // [frequent] tests/fixtures/verdicts/frequent-labels.json (labels used more than 50 times)
    'Impostor content', 'Enganyós', 'Distorts the facts', 'Misvisende', 'Immagine modificata', 'Not the whole story',
    // [sealed-3] tests/fixtures/verdicts/sealed-labels-3.json names each label's fact-checker and page
    'Manipulacija činjenicama', 'Falešný nadpis / clickbait', 'Falešný nadpis', 'A stretch',
    // [sealed-4] tests/fixtures/verdicts/sealed-labels-4.json names each label's fact-checker and page
    'Not quite', 'Decontextualized', 'Article satirique', 'Propos sortis de leur contexte', 'Zloupotreba činjenica', 'NAKAPANLILIGAW', 'Kontradiktore',
    // [sealed-5] tests/fixtures/verdicts/sealed-labels-5.json names each label's fact-checker and page
    'Satirical',
    // [sealed-6] tests/fixtures/verdicts/sealed-labels-6.json names each label's fact-checker and page
    'Tin sai sự thật', 'Manipulisanje činjenicama',
    // [sealed-7] tests/fixtures/verdicts/sealed-labels-7.json names each label's fact-checker and page
    'Konteks yang salah',
    // [sealed-9] tests/fixtures/verdicts/sealed-labels-9.json names each label's fact-checker and source
    'False headline',
  ],
  'partly-true': [
    'Half true', 'Half-true', 'Partly true', 'Partially true', 'Mixture', 'Mixed', 'Mostly true',
    'One Pinocchio', 'Imprecise', 'Needs context', 'Accurate with caveats', 'True, but', 'Almost true',
    'Half false', 'Mix', 'Mostly_true',
    'En partie vrai', 'Partiellement vrai', 'À moitié vrai', 'Plutôt vrai', 'Imprécis', 'Globalement correct',
    "C'est plus compliqué", 'Nuancé',
    'Verdad a medias', 'Verdadero, pero', 'Mixto', 'Impreciso', 'Parcialmente verdadero',
    'Verdadeiro, mas', 'Tá certo, mas peraí', 'Impreciso', 'Parcialmente verdadeiro', 'Meia verdade',
    "C'eri quasi", 'Nì', 'Parzialmente vero', 'Impreciso',
    'Teilweise richtig', 'Teilweise wahr', 'Größtenteils richtig',
    'Gedeeltelijk waar', 'Delvis sant', 'Delvis korrekt', 'Delvis rigtigt',
    'Karma', 'Kısmen doğru',
    'Sebagian benar',
    'Parțial adevărat', 'Częściowa prawda',
    'Poluistina',
    // [published] pl (OKO.press), bs (Istinomjer)
    'Półprawda', 'Prawie prawda', 'Većim dijelom istina',
    // [sealed-2] tests/fixtures/verdicts/sealed-labels-2.json names each label's fact-checker and page
    'Poluistinito', 'Most likely true', 'INEXACTO', 'PIGEM ÕIGE', 'Pigem tõsi', 'Pooltõde', 'Polufakt', 'Tri kvarta fakta', 'ARTI TIESOS',
    // [sealed-3] tests/fixtures/verdicts/sealed-labels-3.json names each label's fact-checker and page
    'Sí, pero', 'Delvis sann', 'Faktisk delvis sann', 'Truth! & Fiction!',
    // [sealed-4] tests/fixtures/verdicts/sealed-labels-4.json names each label's fact-checker and page
    'Presque', 'Mélangé', 'Factual mistake',
    // [sealed-6] tests/fixtures/verdicts/sealed-labels-6.json names each label's fact-checker and page
    'Waar met een kleine maar', 'Meer feiten dan fabels', 'Deels waar, deels niet waar',
    // [sealed-7] tests/fixtures/verdicts/sealed-labels-7.json names each label's fact-checker and page
    'kayda değer ölçüde doğruluk payı vardır', 'kısmen doğruluk payı vardır',
    // [sealed-9] tests/fixtures/verdicts/sealed-labels-9.json names each label's fact-checker and source
    'Veritat a mitges',
  ],
  confirmed: [
    'True', 'Correct', 'Accurate', 'Confirmed', 'Verified', 'Geppetto checkmark', 'Legit',
    'Correct attribution',
    'Vrai', 'Confirmé', 'Vérifié', 'Exact', 'Juste',
    'Verdadero', 'Verdadera', 'Cierto', 'Correcto',
    'Verdadeiro', 'Correto',
    'Vero', 'Corretto', 'Notizia vera',
    'Richtig', 'Wahr', 'Stimmt', 'Korrekt',
    'Waar', 'Sandt', 'Helt sant', 'Sant', 'Rigtigt',
    'Doğru', 'Benar', 'Adevărat', 'Prawda',
    'Certo', 'Istina', 'E vërtetë', 'Vraie',
    // [published] cs, sk (Demagog), fi (Faktabaari), sv (faktiskt.se)
    'Pravda', 'Totta', 'Faktiskt helt sant',
    // [sealed-2] tests/fixtures/verdicts/sealed-labels-2.json names each label's fact-checker and page
    'Istinito', 'ÕIGE', 'Tõsi', 'Fakt', 'TIESA',
    // [sealed-3] tests/fixtures/verdicts/sealed-labels-3.json names each label's fact-checker and page
    'É verdade', 'Acertado', 'Fato', '#Fato', '#Real', 'Truth!', 'Helt sann', 'Faktisk helt sant', 'Faktisk helt sann',
    // [sealed-4] tests/fixtures/verdicts/sealed-labels-4.json names each label's fact-checker and page
    'Authorship Confirmed', 'E vërtetë',
    // [sealed-5] tests/fixtures/verdicts/sealed-labels-5.json names each label's fact-checker and page
    'No Bull',
    // [sealed-6] tests/fixtures/verdicts/sealed-labels-6.json names each label's fact-checker and page
    'Tin xác thực',
    // [sealed-7] tests/fixtures/verdicts/sealed-labels-7.json names each label's fact-checker and page
    'doğruluk payı vardır',
  ],
  disputed: [
    'Disputed', 'Controversial', 'Debated', 'In dispute', 'Under dispute', 'Debatable',
    'Contesté', 'Controversé', 'Discutable',
    'Discutible', 'Polémico', 'Discutível', 'Controverso', 'Umstritten', 'Tartışmalı',
    // [frequent] tests/fixtures/verdicts/frequent-labels.json (labels used more than 50 times)
    'Cuestionable',
    // [sealed-9] tests/fixtures/verdicts/sealed-labels-9.json names each label's fact-checker and source
    'Experts disagree',
  ],
  unverified: [
    'Unverified', 'Unproven', 'Unsupported', 'Unsubstantiated', 'Unverifiable', 'No evidence',
    'Research in progress', 'Not rated', 'Undetermined', 'Too early to tell', 'Too early to say',
    'Insufficient evidence', 'Not proven', 'Untenable', 'Unsustainable',
    'Non vérifié', 'Non prouvé', 'Invérifiable', 'Pas de preuve', 'Non noté', 'Indéterminé',
    'Insostenible', 'Inchequeable', 'No verificable',
    'Insustentável', 'Ainda é cedo para dizer', 'De olho', 'Impossível provar',
    'Non verificabile', 'Unbelegt', 'Nicht belegt', 'Ikke sikkert',
    'Sonuçlandırılamadı', 'Doğrulanamadı', 'Belirsiz', 'Tidak terbukti',
    'Unfounded', 'Lacks evidence', 'Outdated', 'Cannot be verified', 'Too soon to say', 'No verdict', 'Inconclusive', 'Niet te checken',
    'Imposibil de verificat', 'Nieweryfikowalne', 'Hetimet vazhdojnë',
    // [published] cs, sk (Demagog), fi (Faktabaari), es (El Heraldo), en (VERA Files)
    'Neověřitelné', 'Neoveriteľné', '50/50', 'Sin evidencia', 'Unproven/No basis', 'Oklart',
    // [sealed-2] tests/fixtures/verdicts/sealed-labels-2.json names each label's fact-checker and page
    'Neutemeljeno', 'Not verifiable', 'Undecidable', 'Unable to finalise', 'NO BASIS', 'KAHTLANE', 'Ei saa hinnata', 'NEĮMANOMA PATIKRINTI',
    // [frequent] tests/fixtures/verdicts/frequent-labels.json (labels used more than 50 times)
    'Sin registro', 'Sem registro', 'Ikke dokumenteret',
    // [sealed-3] tests/fixtures/verdicts/sealed-labels-3.json names each label's fact-checker and page
    'No comprobable', 'No comprobado', 'Poco confiable', 'No hay datos', 'Datos escasos', 'Reported to be Truth!', 'Reported to be Fiction!',
    // [sealed-4] tests/fixtures/verdicts/sealed-labels-4.json names each label's fact-checker and page
    'Brak dowodów', 'Douteux', 'Pending Investigation!', 'Apresurado',
    // [sealed-5] tests/fixtures/verdicts/sealed-labels-5.json names each label's fact-checker and page
    'Inverificável',
    // [sealed-6] tests/fixtures/verdicts/sealed-labels-6.json names each label's fact-checker and page
    'Nicht bewiesen', 'Non comprovato',
    // [sealed-7] tests/fixtures/verdicts/sealed-labels-7.json names each label's fact-checker and page
    'Infondé',
    // [sealed-9] tests/fixtures/verdicts/sealed-labels-9.json names each label's fact-checker and source
    'No comprovable',
    // [sealed-10] tests/fixtures/verdicts/sealed-labels-10.json names each label's fact-checker and source
    'Without verdict',
  ],
};
