/**
 * A sampling CPU profile of one thread over the DevTools protocol (a page or a worker of it), and its
 * self time by function: where a thread's time goes, measured rather than guessed. The .cpuprofile
 * file opens in DevTools' Performance panel. Used by bench-import-browser.ts --profile.
 */
import { writeFile } from 'node:fs/promises';
import type { CDPSession } from 'puppeteer-core';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export async function startProfile(session: CDPSession): Promise<void> {
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 500 });
  await session.send('Profiler.start');
}

/** Stops the profile, saves it to `path` and returns the functions with the most self time. */
export async function stopProfile(session: CDPSession, path: string, top = 25): Promise<string> {
  const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: Profile };
  await writeFile(path, JSON.stringify(profile));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // A sample's time is the gap to the next one.
  for (let i = 0; i < samples.length; i++) {
    const node = byId.get(samples[i]!)!;
    const f = node.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${(f.url.split('/').pop() ?? '').replace(/-[\w-]{8}\.js$/, '.js')}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (deltas[i + 1] ?? 0));
  }
  const total = (profile.endTime - profile.startTime) / 1000;
  const rows = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  return [`${(total / 1000).toFixed(1)} s profiled; self time:`, ...rows.map(([k, us]) => `  ${(us / 1e6).toFixed(2).padStart(7)} s  ${k}`)].join('\n');
}

interface HeapNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: HeapNode[];
}

/** Sampled allocations of one thread (the heap profiler: a sample every 64 KB allocated on average). */
export async function startAllocations(session: CDPSession): Promise<void> {
  await session.send('HeapProfiler.enable');
  await session.send('HeapProfiler.startSampling', { samplingInterval: 65536, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
}

/** Stops sampling, saves the .heapprofile to `path` and returns the functions that allocated the most. */
export async function stopAllocations(session: CDPSession, path: string, top = 25): Promise<string> {
  const { profile } = (await session.send('HeapProfiler.stopSampling')) as unknown as { profile: { head: HeapNode } };
  await writeFile(path, JSON.stringify(profile));
  const bytes = new Map<string, number>();
  const walk = (node: HeapNode) => {
    const f = node.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${(f.url.split('/').pop() ?? '').replace(/-[\w-]{8}\.js$/, '.js')}:${f.lineNumber + 1}`;
    bytes.set(key, (bytes.get(key) ?? 0) + node.selfSize);
    for (const child of node.children) walk(child);
  };
  walk(profile.head);
  const total = [...bytes.values()].reduce((a, b) => a + b, 0);
  const rows = [...bytes.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  return [`${(total / 1e6).toFixed(0)} MB allocated (sampled); by function:`, ...rows.map(([k, b]) => `  ${(b / 1e6).toFixed(0).padStart(7)} MB  ${k}`)].join('\n');
}
