// The building blocks of the message tables: each message is one entry giving its request and
// response types, who may send it and its validator; the API types, the validation and the handler
// maps are all derived from the tables, so a message without a validator or a handler does not compile.

/**
 * Who may send a message. `content`: any Recoupe context, content scripts in web pages included;
 * `extension`: Recoupe's own pages only (popup, library), because the message changes settings or
 * makes network requests that a page we do not control must never trigger.
 */
export type SenderKind = 'content' | 'extension';

export interface MessageSpec<Req, Res> {
  readonly from: SenderKind;
  /** What is wrong with the request (its type and shape, its sizes), or undefined if nothing is. */
  readonly check: (r: Record<string, unknown>) => string | undefined;
  /** Carries the request and response types only: never set. */
  readonly types?: { request: Req; response: Res };
}

/** One entry of a message table: who may send it and its validator (required: no message goes unchecked). */
export function message<Req, Res>(from: SenderKind, check: (r: Record<string, unknown>) => string | undefined): MessageSpec<Req, Res> {
  return { from, check };
}

/** The validator of a message that carries nothing but its type. */
export const noFields = (): undefined => undefined;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnySpec = MessageSpec<any, any>;
export type MessageTable = Record<string, AnySpec>;

/** A table's API: for each message, its request and response types. */
export type ApiOf<T extends MessageTable> = {
  [K in keyof T]: T[K] extends MessageSpec<infer Q extends object, infer S> ? { request: Q; response: S } : never;
};

/** The requests of an API as they travel: `{ type, ...request }`. */
export type RequestOf<A> = { [K in keyof A]: { type: K } & (A[K] extends { request: infer Q } ? Q : never) }[keyof A];

/** One handler per message of an API. */
export type HandlerMap<A> = {
  [K in keyof A]: (req: { type: K } & (A[K] extends { request: infer Q } ? Q : never)) => Promise<A[K] extends { response: infer S } ? S : never>;
};

/** Errors cross the message boundary as data: Error objects do not survive serialisation. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export type Checked<R> = { ok: true; request: R } | { ok: false; error: string };

/**
 * Checks a raw message against a table before any handler sees it: the type is known, the sender may
 * send it, and its shape and sizes are right. Returns the request, typed, or what is wrong.
 */
export function checkMessage<T extends MessageTable>(table: T, raw: unknown, from: SenderKind): Checked<RequestOf<ApiOf<T>>> {
  if (!isObject(raw) || typeof raw.type !== 'string') return refuse('a message without a type');
  const spec = Object.hasOwn(table, raw.type) ? table[raw.type] : undefined;
  if (!spec) return refuse(`unknown message type “${raw.type.slice(0, 40)}”`);
  const problem = spec.check(raw);
  if (problem) return refuse(`${raw.type}: ${problem}`);
  if (spec.from === 'extension' && from !== 'extension') return refuse(`${raw.type} is accepted from Recoupe’s own pages only`);
  return { ok: true, request: raw as RequestOf<ApiOf<T>> };
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function refuse(error: string): { ok: false; error: string } {
  return { ok: false, error: `Recoupe refused a message: ${error}.` };
}
