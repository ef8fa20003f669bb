import fc from 'fast-check';
import type { Annotation, Claim, Outlet, StatusChange, Version } from '@/utils/core/model';
import { STATUSES } from '@/utils/core/statuses';
import type { ExportSelection } from '@/utils/core/formats/export-selection';

/** Random but valid Recoupe databases for the property tests. */
const id = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 });
const text = fc.string({ unit: 'grapheme', maxLength: 30 });
/** Non-blank text: formats that treat blank as absent (ClaimReview) need it. */
const someText = text.filter((s) => s.trim().length > 0);
const date = fc.date({ min: new Date('2000-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
const url = fc.webUrl({ validSchemes: ['https', 'http'] });
const lang = fc.constantFrom('fr', 'en', 'de');
const status = fc.constantFrom(...STATUSES);
const plainEvidence = fc.oneof(url, fc.stringMatching(/^[A-Za-z ]{1,20}$/));

const statusChange: fc.Arbitrary<StatusChange> = fc.record(
  { status, reason: text, date, by: text, evidence: fc.array(plainEvidence, { maxLength: 2 }), note: text },
  { requiredKeys: ['status', 'reason', 'date', 'by'] },
);

const outlet = (oid: string): fc.Arbitrary<Outlet> =>
  fc.record(
    { id: fc.constant(oid), name: someText, domains: fc.array(fc.domain(), { minLength: 1, maxLength: 2 }), origin: fc.constantFrom('starter', 'user', 'import'), userModified: fc.boolean() },
    { requiredKeys: ['id', 'name', 'domains', 'origin'] },
  );

const claim = (cid: string): fc.Arbitrary<Claim> =>
  fc.record(
    {
      id: fc.constant(cid),
      statement: fc.dictionary(lang, someText, { minKeys: 1, maxKeys: 3 }),
      status,
      statusReason: someText,
      statusDate: date,
      statusHistory: fc.array(statusChange, { minLength: 1, maxLength: 3 }),
      tags: fc.array(text, { maxLength: 3 }),
      origin: fc.constantFrom('starter', 'user', 'import'),
      createdAt: date,
      updatedAt: date,
      userModified: fc.boolean(),
    },
    { requiredKeys: ['id', 'statement', 'status', 'statusReason', 'statusDate', 'statusHistory', 'tags', 'origin', 'createdAt', 'updatedAt'] },
  );

const version = (vid: string, claimIds: string[], outletIds: string[]): fc.Arbitrary<Version> =>
  fc.record(
    {
      id: fc.constant(vid),
      claimId: fc.constantFrom(...claimIds),
      outletId: fc.constantFrom(...outletIds),
      url,
      title: text,
      publishedAt: fc.oneof(date, fc.constant('')),
      quote: fc.oneof({ weight: 4, arbitrary: someText }, { weight: 1, arbitrary: fc.constant('') }),
      lang,
      figures: fc.array(fc.record({ value: fc.double({ noNaN: true, noDefaultInfinity: true }).map((v) => (v === 0 ? 0 : v)), text, unit: text, qualifier: text }, { requiredKeys: ['value', 'text'] }), { maxLength: 2 }),
      places: fc.array(text, { maxLength: 2 }),
      attributions: fc.array(fc.record({ name: someText, key: text }, { requiredKeys: ['name'] }), { maxLength: 2 }),
      dates: fc.array(text, { maxLength: 2 }),
      origin: fc.constantFrom('starter', 'user', 'import'),
      createdAt: date,
      updatedAt: date,
      userModified: fc.boolean(),
      // Marked as read by the extractor, so that an import does not add facts and the round trip stays exact.
      factsExtracted: fc.constant(true),
    },
    { requiredKeys: ['factsExtracted', 'id', 'claimId', 'outletId', 'url', 'title', 'publishedAt', 'quote', 'lang', 'figures', 'places', 'attributions', 'dates', 'origin', 'createdAt', 'updatedAt'] },
  );

const annotation = (aid: string, claimIds: string[], versionIds: string[]): fc.Arbitrary<Annotation> =>
  fc
    .record(
      {
        id: fc.constant(aid),
        claimId: fc.constantFrom(...claimIds),
        versionId: versionIds.length > 0 ? fc.constantFrom(...versionIds) : fc.constant(undefined),
        url,
        quote: fc.record({ type: fc.constant('TextQuoteSelector' as const), exact: someText, prefix: text, suffix: text }, { requiredKeys: ['type', 'exact'] }),
        position: fc.tuple(fc.nat(10_000), fc.nat(500)).map(([start, length]) => ({ type: 'TextPositionSelector' as const, start, end: start + length })),
        note: text,
        tags: fc.array(text, { maxLength: 3 }),
        evidence: fc.array(plainEvidence, { maxLength: 2 }),
        anchorState: fc.constantFrom('anchored' as const, 'detached' as const),
        createdAt: date,
        updatedAt: date,
      },
      { requiredKeys: ['id', 'claimId', 'url', 'quote', 'note', 'tags', 'evidence', 'createdAt', 'updatedAt'] },
    )
    .map(({ quote, position, versionId, ...rest }) => {
      const a: Annotation = { ...rest, selectors: position ? { quote, position } : { quote } };
      if (versionId === undefined) delete a.versionId;
      else a.versionId = versionId;
      return a;
    });

const ids = (max: number) => fc.uniqueArray(id, { minLength: 1, maxLength: max });

/** A consistent database: every version and annotation points at a claim (and outlet) that exists. */
export const selectionArb: fc.Arbitrary<ExportSelection> = fc
  .tuple(ids(3), ids(5), fc.uniqueArray(id, { maxLength: 6 }), fc.uniqueArray(id, { maxLength: 4 }))
  .chain(([outletIds, claimIds, versionIds, annotationIds]) =>
    fc.record({
      outlets: fc.tuple(...outletIds.map(outlet)),
      claims: fc.tuple(...claimIds.map(claim)),
      versions: versionIds.length ? fc.tuple(...versionIds.map((v) => version(v, claimIds, outletIds))) : fc.constant([]),
      annotations: annotationIds.length ? fc.tuple(...annotationIds.map((a) => annotation(a, claimIds, versionIds))) : fc.constant([]),
    }),
  );
