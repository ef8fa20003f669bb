import { describe, expect, it } from 'vitest';
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching/index';

// Claims a French daily reported, and English sentences of the same stories
// (tests/fixtures/matching/train/derived-en-cases-fr-claims.json): their shared words ("élections"
// and "elections", "comprimés" and "pills", "faille" and "flaw") are missing from FreeDict's small
// French-English dictionary, and found through German, Spanish, Italian and Portuguese
// (scripts/lib/lexicon-pivot.ts).
const french = (id: string, quote: string): IndexClaim => ({ id, statement: {}, versions: [{ id: `${id}:v`, outletId: 'quotidien-b', lang: 'fr', quote }] });

const CLAIMS: IndexClaim[] = [
  french('netanyahu-wins-election', 'le Likoud de Benyamin Netanyahou a remporté mardi les élections législatives israéliennes'),
  french('dnp-pills', 'les comprimés contiendraient du dinitrophénol (DNP), un produit chimique industriel hautement toxique, selon la police'),
  french('minecraft-crash-exploit', "une faille de Minecraft permet de faire planter n'importe quel serveur du jeu"),
];

const matcher = ClaimMatcher.build(CLAIMS);
const highlighted = (text: string) => matcher.scan(text, { lang: 'en' }).filter((m) => m.level === 'highlight').map((m) => m.claimId);

describe('English news sentences against claims known only in French', () => {
  it('finds an election won, told in English', () => {
    expect(highlighted('But Benjamin Netanyahu’s triumph in Tuesday’s parliamentary elections keeps in place an Israeli prime minister who has declared his intention to resist Obama on both of these fronts, guaranteeing two more years of difficult diplomacy between leaders who barely conceal their personal distaste for each other.')).toEqual(['netanyahu-wins-election']);
  });

  it('finds pills said to hold a chemical, and a flaw in a game', () => {
    expect(highlighted('Detectives think the pills held dinitrophenol, a toxic chemical normally used in industry.')).toEqual(['dnp-pills']);
    expect(highlighted('A flaw in the wildly popular online game Minecraft makes it easy for just about anyone to crash the server hosting the game, according to a computer programmer who has released proof-of-concept code that exploits the vulnerability.')).toEqual(['minecraft-crash-exploit']);
  });

  it('does not take a warning about the same chemical for the claim', () => {
    expect(highlighted('The Food Standards Agency warned people to stay away from slimming products that contained DNP.')).toEqual([]);
  });
});

describe('Spanish news sentences against claims known only in English', () => {
  // tests/fixtures/matching/train/denials.json: "ensayo" (trial), "paciente" (patient) and
  // "alcalde" (mayor) are not in FreeDict's spa-eng.
  const english = ClaimMatcher.build([
    { id: 'drug-trial-deaths', statement: { en: 'Three patients died during the trial of the drug Velorin in 2022.' }, versions: [] },
    { id: 'mayor-denies-bribes', statement: { en: 'The mayor of Lindenburg denied accepting bribes from a construction firm.' }, versions: [] },
  ]);
  const found = (text: string) => english.scan(text, { lang: 'es' }).filter((m) => m.level === 'highlight').map((m) => m.claimId);

  it('finds deaths in a drug trial and a mayor denying bribes, told in Spanish', () => {
    expect(found('Tres pacientes murieron durante el ensayo del medicamento Velorin en 2022.')).toEqual(['drug-trial-deaths']);
    expect(found('El alcalde de Lindenburg negó haber aceptado sobornos de una empresa constructora.')).toEqual(['mayor-denies-bribes']);
  });
});
