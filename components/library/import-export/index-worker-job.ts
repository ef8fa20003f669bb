import type { IndexJob, StartIndexJob } from '@/utils/store/import/import-index';
import type { IndexResult, IndexWorkerReply } from '@/utils/store/import/import-index-build';
// Vite bundles the worker as its own script (a classic worker: the default format, iife).
import IndexWorker from './import-index-worker.ts?worker';

/** The import's matching index, computed in a worker of the library page (import-index-worker.ts). */
export const inIndexWorker: StartIndexJob = (_db, req): IndexJob => {
  const worker = new IndexWorker();
  let ready!: () => void;
  let fail!: (e: Error) => void;
  let done!: (r: IndexResult) => void;
  const job: IndexJob = {
    ready: new Promise<void>((resolve, reject) => {
      ready = resolve;
      fail = reject;
    }),
    result: new Promise<IndexResult>((resolve, reject) => {
      done = resolve;
      const failBoth = fail;
      fail = (e) => {
        failBoth(e);
        reject(e);
      };
    }),
  };
  job.result.catch(() => undefined);
  worker.onmessage = (e: MessageEvent<IndexWorkerReply>) => {
    const reply = e.data;
    if (reply.type === 'ready') return ready();
    worker.terminate();
    if (reply.type === 'result') done(reply.result);
    else fail(new Error(reply.message));
  };
  worker.onerror = (e) => {
    worker.terminate();
    fail(new Error(e.message || 'the index worker failed'));
  };
  worker.postMessage(req);
  return job;
};
