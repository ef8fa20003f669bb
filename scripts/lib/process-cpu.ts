/**
 * CPU time of a process and its descendants, read from Linux's /proc (utime + stime): on a machine
 * shared with other work, the wall time of a benchmark counts waiting for a CPU, the CPU time does not.
 * Returns undefined where /proc is missing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

interface ProcStat {
  pid: number;
  ppid: number;
  seconds: number;
  kind: string;
}

function readStat(pid: number): ProcStat | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may hold spaces: the fields follow the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    const kind = /--type=([\w-]+)/.exec(cmdline)?.[1] ?? 'browser';
    const utility = /--utility-sub-type=([\w.-]+)/.exec(cmdline)?.[1];
    return { pid, ppid: Number(fields[1]), seconds: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND, kind: utility ? `${kind}:${utility.split('.').pop()}` : kind };
  } catch {
    return undefined;
  }
}

/** CPU seconds used so far by `root` and every process under it, by Chromium process type. */
export function treeCpu(root: number): Record<string, number> | undefined {
  if (!existsSync('/proc/self/stat')) return undefined;
  const all = readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map((d) => readStat(Number(d))).filter((s): s is ProcStat => !!s);
  const children = new Map<number, ProcStat[]>();
  for (const s of all) children.set(s.ppid, [...(children.get(s.ppid) ?? []), s]);
  const out: Record<string, number> = {};
  const visit = (s: ProcStat) => {
    out[s.kind] = (out[s.kind] ?? 0) + s.seconds;
    for (const c of children.get(s.pid) ?? []) visit(c);
  };
  const rootStat = all.find((s) => s.pid === root);
  if (rootStat) visit(rootStat);
  return out;
}

/** The CPU seconds each process type used between two treeCpu readings. */
export function cpuSince(before: Record<string, number> | undefined, after: Record<string, number> | undefined): Record<string, number> | undefined {
  if (!before || !after) return undefined;
  const out: Record<string, number> = {};
  for (const [kind, seconds] of Object.entries(after)) out[kind] = Math.round((seconds - (before[kind] ?? 0)) * 10) / 10;
  return out;
}
