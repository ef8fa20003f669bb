/** A fake `fetch` for feed tests: each call is answered by `answer`, and every request is recorded. */
export interface SeenRequest {
  url: string;
  init: RequestInit;
  headers: Record<string, string>;
}

export type Answer = (req: SeenRequest) => Response | Promise<Response> | 'hang';

export function fakeFetch(answer: Answer): { fetch: typeof fetch; requests: SeenRequest[] } {
  const requests: SeenRequest[] = [];
  const impl = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const headers = Object.fromEntries(Object.entries((init.headers ?? {}) as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]));
    const req = { url: String(input), init, headers };
    requests.push(req);
    const out = await answer(req);
    if (out !== 'hang') return out;
    // A server that never answers: only the abort signal ends the wait.
    return new Promise<Response>((_, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
  };
  return { fetch: impl as typeof fetch, requests };
}

/** A body that sends `head` then breaks, as a connection cut mid-transfer does. */
export function brokenBody(head: string): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(head));
      setTimeout(() => controller.error(new TypeError('network error')), 5);
    },
  });
}

/** A body of `size` bytes in 1 MiB chunks, with no Content-Length. */
export function endlessBody(size: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= size) return controller.close();
      const n = Math.min(1 << 20, size - sent);
      sent += n;
      controller.enqueue(new Uint8Array(n).fill(0x20));
    },
  });
}
