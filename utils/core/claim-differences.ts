import type { Figure, Version } from '@/utils/core/model';
import { hedgeOf } from '@/utils/core/facts/figure-words';
import { placeKey, soundPhrase } from '@/utils/core/facts/place-key';
import { gazetteer } from '@/utils/core/facts/gazetteer';
import { relatedSourceKeys, sourceKey } from '@/utils/core/facts/source-key';
import type { FactDifference, FactKind, FactMark } from '@/utils/core/claim-difference-types';

interface Fact {
  kind: FactKind;
  /** Facts of one group are compared with each other (figures of one unit, all places…). */
  group: string;
  key: string;
  label: string;
  /** The group whose difference also marks this fact (a figure's hedge marks the figure). */
  alsoMarkedBy?: string;
  /** Compared and listed among the differences, but not shown as a fact of its own. */
  hidden?: boolean;
  /** Shown, not compared: a country another outlet names a place in ("Russia" beside "Kursk"). */
  broader?: boolean;
}

function figureFacts(f: Figure): Fact[] {
  const qualifier = f.qualifier ? `${f.qualifier} ` : '';
  const value = f.max !== undefined ? `${f.value}-${f.max}` : String(f.value);
  const label = `${qualifier}${f.text}`.trim();
  // Hedges are compared between versions that agree on the value: 10,000 vs 11,000 is a figure
  // difference; "about 11,000" vs "nearly 11,000" is a hedge difference on an agreed figure.
  const hedgeGroup = `hedge:${f.unit ?? ''}:${value}`;
  return [
    { kind: 'figure', group: `figure:${f.unit ?? ''}`, key: value, label, alsoMarkedBy: hedgeGroup },
    { kind: 'hedge', group: hedgeGroup, key: hedgeOf(f.qualifier), label, hidden: true },
  ];
}

export function versionFacts(v: Version): Fact[] {
  // Sources are keyed by English and French words ("renseignement", "spy agency": kr-intelligence), so a
  // source named in another language is compared only with sources in that language: "la inteligencia
  // surcoreana" is no other source than South Korea's NIS, only a phrase the keys do not read.
  const sources = v.lang && v.lang !== 'en' && v.lang !== 'fr' ? `attribution:${v.lang}` : 'attribution';
  return [
    ...(v.figures ?? []).flatMap(figureFacts),
    ...(v.places ?? []).map((p) => ({ kind: 'place' as const, group: 'place', key: placeKey(p) || p.toLowerCase(), label: p })),
    ...(v.attributions ?? []).map((a) => ({ kind: 'attribution' as const, group: sources, key: (a.key ?? sourceKey(a.name)).toLowerCase(), label: a.name })),
    ...(v.dates ?? []).map((d) => ({ kind: 'date' as const, group: 'date', key: d.toLowerCase(), label: d })),
  ];
}

/**
 * Compares the facts the versions of one claim state. A group of facts (the figures of one unit,
 * the places, the attributions, the dates) differs when the versions that state it do not all agree.
 */
/**
 * Sources named differently but compatible (a spokesperson and his body, a country and one of its
 * bodies) get one key, so that only incompatible sources count as a disagreement.
 */
function mergeCompatibleSources(versions: Version[], factsByVersion: Map<string, Fact[]>): void {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    const p = parent.get(k) ?? k;
    if (p === k) return k;
    const root = find(p);
    parent.set(k, root);
    return root;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    // The first key's root stays the root: a key typed in the data ("nis") names the group.
    if (ra !== rb) parent.set(rb, ra);
  };
  const keys = new Set<string>();
  for (const v of versions) {
    for (const a of v.attributions ?? []) {
      const linked = [(a.key ?? sourceKey(a.name)).toLowerCase(), ...relatedSourceKeys(a.name)];
      for (const k of linked) keys.add(k);
      for (const k of linked.slice(1)) union(linked[0]!, k);
    }
  }
  // A bare country ("ru") is compatible with each of its bodies ("ru-presidency").
  for (const k of keys) if (/^[a-z]{2}$/.test(k)) for (const other of keys) if (other.startsWith(`${k}-`)) union(other, k);
  for (const facts of factsByVersion.values()) for (const f of facts) if (f.kind === 'attribution') f.key = find(f.key);
}

/**
 * A country is no other place than a city in it: one outlet saying "in Russia" and another "in Kursk"
 * do not disagree, the second is only more precise. Such a country is shown and not compared; two
 * countries, or two cities, still differ. Places the gazetteer does not know (or knows as regions,
 * which it gives no country) are compared as before.
 */
function markBroaderPlaces(factsByVersion: Map<string, Fact[]>): void {
  const places = [...factsByVersion.values()].flat().filter((f) => f.kind === 'place');
  if (places.length < 2) return;
  const { places: known } = gazetteer();
  const found = places.map((f) => [f, known.get(soundPhrase(f.label))] as const);
  const within = new Set(found.flatMap(([, place]) => (place?.country && place.kind !== 'country' ? [place.country] : [])));
  for (const [f, place] of found) if (place?.kind === 'country' && within.has(place.country!)) f.broader = true;
}

export function compareVersions(versions: Version[]): { marks: Map<string, FactMark[]>; differences: FactDifference[] } {
  const byGroup = new Map<string, { kind: FactKind; values: Map<string, { label: string; versionIds: Set<string> }> }>();
  const factsByVersion = new Map<string, Fact[]>();
  for (const v of versions) factsByVersion.set(v.id, versionFacts(v));
  mergeCompatibleSources(versions, factsByVersion);
  markBroaderPlaces(factsByVersion);
  for (const v of versions) {
    const facts = factsByVersion.get(v.id)!;
    for (const f of facts) {
      if (f.broader) continue;
      const group = byGroup.get(f.group) ?? { kind: f.kind, values: new Map() };
      byGroup.set(f.group, group);
      const value = group.values.get(f.key) ?? { label: f.label, versionIds: new Set<string>() };
      value.versionIds.add(v.id);
      group.values.set(f.key, value);
    }
  }
  // A group differs when some value is not stated by every outlet that states the group: one
  // version naming two places is no disagreement, two outlets naming different ones are. An outlet's
  // own wordings (a headline naming the Donbas, a paragraph the village) are one outlet's account,
  // not a disagreement with itself: the card sets outlets side by side.
  const outletOf = new Map(versions.map((v) => [v.id, v.outletId]));
  const outletsOf = (ids: Iterable<string>) => new Set([...ids].map((id) => outletOf.get(id)));
  const differs = (g: { values: Map<string, { versionIds: Set<string> }> }) => {
    const stating = outletsOf([...g.values.values()].flatMap((v) => [...v.versionIds]));
    return [...g.values.values()].some((v) => outletsOf(v.versionIds).size < stating.size);
  };
  const differingGroups = new Set([...byGroup].filter(([, g]) => differs(g)).map(([name]) => name));
  const marks = new Map<string, FactMark[]>();
  for (const [id, facts] of factsByVersion) {
    const shown = facts.filter((f) => !f.hidden);
    marks.set(id, shown.map((f) => ({ kind: f.kind, key: f.key, label: f.label, differs: (!f.broader && differingGroups.has(f.group)) || (f.alsoMarkedBy !== undefined && differingGroups.has(f.alsoMarkedBy)) })));
  }
  const differences: FactDifference[] = [...differingGroups].map((name) => {
    const g = byGroup.get(name)!;
    return {
      kind: g.kind,
      // Figures from smallest to largest ("10,000 vs 11,000 vs 12,000"; a range by its lower end), not in
      // the versions' order; other kinds as the versions give them.
      values: [...g.values]
        .map(([key, v]) => ({ key, label: v.label, versionIds: [...v.versionIds] }))
        .sort((a, b) => (g.kind === 'figure' ? parseFloat(a.key) - parseFloat(b.key) || 0 : 0)),
    };
  });
  return { marks, differences };
}
