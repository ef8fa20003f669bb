/**
 * Cross-language training cases derived from the hand-written training files: every case in one
 * language against the same claims reduced to the other language (statement and versions), so a
 * model learns to match a French sentence to a claim known only in English and the reverse.
 * Pure function: scripts/build-cross-language-cases.ts writes its result, the unit tests check
 * that the committed files are what it gives.
 */
export interface DerivableFile {
  claims: { id: string; statement: Record<string, string>; status?: string; versions: { lang: string }[] }[];
  cases: { id: string; lang: string; expect: string[]; optional?: string[] }[];
}

/** Claims known in `claimLang` only, and every `caseLang` case of the files against them. */
export function crossLanguageCases(files: [string, DerivableFile][], caseLang: string, claimLang: string) {
  const claims: DerivableFile['claims'] = [];
  const cases: DerivableFile['cases'] = [];
  for (const [name, file] of files) {
    const kept = new Set<string>();
    for (const c of file.claims) {
      const versions = c.versions.filter((v) => v.lang === claimLang);
      const statement = c.statement[claimLang];
      // A claim with no wording at all in claimLang cannot be known in it: left out.
      if (!statement && versions.length === 0) continue;
      kept.add(c.id);
      claims.push({ ...c, statement: statement ? { [claimLang]: statement } : {}, versions });
    }
    for (const k of file.cases) {
      if (k.lang !== caseLang) continue;
      // A case stating a left-out claim states nothing the claim set knows: expecting [] is right.
      const optional = (k.optional ?? []).filter((id) => kept.has(id));
      cases.push({
        ...k,
        id: `${name}/${k.id}`,
        expect: k.expect.filter((id) => kept.has(id)),
        ...(k.optional ? { optional } : {}),
      });
    }
  }
  return {
    format: 'claim-match-cases/1' as const,
    about:
      `Training cases derived by scripts/build-cross-language-cases.ts from the hand-written files of this folder: ` +
      `every ${caseLang} case against the same claims reduced to their ${claimLang} statement and versions. ` +
      'Never use for evaluation.',
    claims,
    cases,
  };
}
