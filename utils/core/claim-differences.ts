import type { Figure, Version } from '@/utils/core/model';

export type FactKind = 'figure' | 'place' | 'attribution' | 'date';

/** One fact a version states, and whether other versions of the same claim state it otherwise. */
export interface FactMark {
  kind: FactKind;
  /** Comparison key: equal keys mean the same fact across outlets and spellings. */
  key: string;
  /** As the version states it. */
  label: string;
  differs: boolean;
}

export interface FactDifference {
  kind: FactKind;
  /** The distinct values, each with the versions that state it. */
  values: { key: string; label: string; versionIds: string[] }[];
}

interface Fact {
  kind: FactKind;
  /** Facts of one group are compared with each other (figures of one unit, all places…). */
  group: string;
  key: string;
  label: string;
}

function figureFact(f: Figure): Fact {
  const qualifier = f.qualifier ? `${f.qualifier} ` : '';
  return { kind: 'figure', group: `figure:${f.unit ?? ''}`, key: String(f.value), label: `${qualifier}${f.text}`.trim() };
}

export function versionFacts(v: Version): Fact[] {
  return [
    ...(v.figures ?? []).map(figureFact),
    ...(v.places ?? []).map((p) => ({ kind: 'place' as const, group: 'place', key: p.toLowerCase(), label: p })),
    ...(v.attributions ?? []).map((a) => ({ kind: 'attribution' as const, group: 'attribution', key: (a.key ?? a.name).toLowerCase(), label: a.name })),
    ...(v.dates ?? []).map((d) => ({ kind: 'date' as const, group: 'date', key: d.toLowerCase(), label: d })),
  ];
}

/**
 * Compares the facts the versions of one claim state. A group of facts (the figures of one unit,
 * the places, the attributions, the dates) differs when the versions that state it do not all agree.
 */
export function compareVersions(versions: Version[]): { marks: Map<string, FactMark[]>; differences: FactDifference[] } {
  const byGroup = new Map<string, { kind: FactKind; values: Map<string, { label: string; versionIds: Set<string> }> }>();
  const factsByVersion = new Map<string, Fact[]>();
  for (const v of versions) {
    const facts = versionFacts(v);
    factsByVersion.set(v.id, facts);
    for (const f of facts) {
      const group = byGroup.get(f.group) ?? { kind: f.kind, values: new Map() };
      byGroup.set(f.group, group);
      const value = group.values.get(f.key) ?? { label: f.label, versionIds: new Set<string>() };
      value.versionIds.add(v.id);
      group.values.set(f.key, value);
    }
  }
  const differingGroups = new Set([...byGroup].filter(([, g]) => g.values.size > 1).map(([name]) => name));
  const marks = new Map<string, FactMark[]>();
  for (const [id, facts] of factsByVersion) {
    marks.set(id, facts.map((f) => ({ kind: f.kind, key: f.key, label: f.label, differs: differingGroups.has(f.group) })));
  }
  const differences: FactDifference[] = [...differingGroups].map((name) => {
    const g = byGroup.get(name)!;
    return {
      kind: g.kind,
      values: [...g.values].map(([key, v]) => ({ key, label: v.label, versionIds: [...v.versionIds] })),
    };
  });
  return { marks, differences };
}
