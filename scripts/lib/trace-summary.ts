/**
 * What one thread of a Chrome trace spent its time on, from the slices the trace records: scripts
 * evaluated (and compiled), garbage collection, and the long tasks in order. Used on the extension's
 * service worker thread from its start (bench-index-browser.ts --trace), where a restart's time goes.
 * The trace has no sampling profile (the profiler's start alone took 280 ms of that thread).
 */

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { url?: string } };
}

const ms = (us: number) => Math.round(us / 1000);
const file = (url: string | undefined) => (url ?? '').split('/').pop() || '?';

export function summariseThread(events: TraceEvent[], threadName: RegExp, longTask = 20): string {
  const thread = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && threadName.test(e.args?.name ?? ''));
  if (!thread) return `no thread named ${threadName}`;
  const slices = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  if (slices.length === 0) return 'no slices on that thread';
  const t0 = slices[0]!.ts;
  let busy = 0;
  let end = -Infinity;
  const tasks: TraceEvent[] = [];
  for (const s of slices) {
    if (s.ts < end) continue;
    end = s.ts + s.dur!;
    busy += s.dur!;
    tasks.push(s);
  }
  const sum = (test: (e: TraceEvent) => boolean) => slices.filter(test).reduce((a, e) => a + e.dur!, 0);
  const scripts = slices.filter((e) => e.name === 'EvaluateScript').map((e) => `${file(e.args?.data?.url)} ${ms(e.dur!)}`);
  const long = tasks.filter((t) => t.dur! >= longTask * 1000).map((t) => `at ${ms(t.ts - t0)} for ${ms(t.dur!)}`);
  return [
    `busy ${ms(busy)} ms of the ${ms(end - t0)} ms from its first task to its last`,
    `scripts evaluated: ${scripts.join(', ') || 'none'}; compiling ${ms(sum((e) => e.name === 'v8.compile'))} ms; garbage collection ${ms(sum((e) => e.name === 'MinorGC' || e.name === 'MajorGC'))} ms`,
    `tasks of ${longTask} ms or more: ${long.join(', ') || 'none'}`,
  ].join('\n    ');
}
