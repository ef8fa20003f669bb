import type { RecoupeDb } from '@/utils/store/db';
import type { BlockMatch, ForeignBlock, PageInfo, TextBlock } from '@/utils/protocol/messages';
import { statementIn } from '@/utils/core/reader-language';
import { decisionsFor } from '@/utils/store/match-decisions';
import { blockLanguage, primaryLang, type DetectLanguage } from '@/utils/store/block-language';
import { matchWhy } from '@/utils/store/match-why';
import { outletOfPage, pageKey } from '@/utils/core/page-identity';
import { buildSnapshot, followChanges, type Snapshot } from '@/utils/store/matcher-snapshot';
import { loadSnapshot, saveSnapshot, type LoadTimings } from '@/utils/store/match-index-store';
import { ensureLanguages } from '@/utils/core/language/language-data';
import { markStart } from '@/utils/core/start-marks';
import { warmMatchingData } from '@/utils/store/index-warmup';
import { ensureLexicons, lexiconsNeeded } from '@/utils/core/matching/cross-language';
import { lexiconReady } from '@/utils/core/lexicon/lexicons';

const MAX_DETECTIONS_PER_SCAN = 200;

/** Edits in a row are stored once, this long after the last (the worker lives 30 s idle). */
const SAVE_DELAY_MS = 2000;

/** What the service did to get its index, for tests and benchmarks. */
export interface IndexEvents {
  built: number;
  loaded: number;
  followed: number;
  saved: number;
  /** Why the last stored index was not used. */
  stale?: string;
  /** Milliseconds of the last start: reading the stored record, decoding it, following the journal (or building). */
  start?: LoadTimings & { followMs: number; buildMs: number };
  /**
   * The worker's first scan, in milliseconds since the worker started (performance.now()): when it
   * was asked, when its languages were ready, when the index was, when it was done.
   */
  firstScan?: { askedAt: number; languagesAt: number; indexAt: number; doneAt: number };
}

/**
 * Owns the matching index. At start it loads the stored index (match-index-store.ts) and follows
 * the writes made since (match-changes.ts); it builds from the texts only when no stored index is
 * usable. After a write, the next scan follows it: only the written claims are analysed again.
 * The MV3 service worker can be stopped at any time: what is not stored yet is in the journal.
 */
export class MatcherService {
  private snapshot: Promise<Snapshot> | undefined;
  /** The stored index being read ahead of the first scan (prefetch). */
  private stored: ReturnType<typeof loadSnapshot> | undefined;
  private dirty = false;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private saving: Promise<void> = Promise.resolve();
  readonly events: IndexEvents = { built: 0, loaded: 0, followed: 0, saved: 0 };

  /** `detect` guesses a block's language where no `lang` attribute gives it (browser.i18n in the extension). */
  constructor(
    private readonly db: RecoupeDb,
    private readonly detect?: DetectLanguage,
    private readonly saveDelayMs = SAVE_DELAY_MS,
  ) {}

  /** Claims or versions were written: the next scan follows the journal. */
  invalidate(): void {
    this.dirty = true;
  }

  /** Throws the index away: the next scan builds it from every text (an explicit reload). */
  rebuild(): void {
    this.snapshot = undefined;
    this.stored = undefined;
    this.dirty = false;
  }

  /**
   * Starts reading the stored index, so that it loads while the caller does something else (the
   * starter-data check). Only the read: the journal is followed when the index is first asked
   * for, so that writes made meanwhile are seen.
   */
  prefetch(): void {
    if (this.snapshot || this.stored) return;
    const stored = loadSnapshot(this.db, warmMatchingData);
    stored.catch(() => undefined);
    this.stored = stored;
  }

  private async start(): Promise<Snapshot> {
    const prefetched = this.stored;
    this.stored = undefined;
    const stored = await (prefetched ?? loadSnapshot(this.db));
    const start = { ...stored.timings, followMs: 0, buildMs: 0 };
    this.events.start = start;
    const t = performance.now();
    if ('snapshot' in stored) {
      this.events.loaded++;
      const snap = await this.follow(stored.snapshot);
      start.followMs = Math.round(performance.now() - t);
      return snap;
    }
    this.events.stale = stored.stale;
    const snap = await this.build();
    start.buildMs = Math.round(performance.now() - t);
    return snap;
  }

  private async build(): Promise<Snapshot> {
    const snap = await buildSnapshot(this.db);
    this.events.built++;
    this.scheduleSave(snap, 0);
    return snap;
  }

  private async follow(snap: Snapshot, loads = 0): Promise<Snapshot> {
    const next = await followChanges(this.db, snap);
    if (next === 'rebuild') return this.build();
    if (next === 'load') {
      // An import stored the index of the whole library with its writes: load it (a few tries, as writes may go on).
      const stored = loads < 3 ? await loadSnapshot(this.db) : { stale: 'the stored index kept moving' };
      if (!('snapshot' in stored)) {
        this.events.stale = stored.stale;
        return this.build();
      }
      this.events.loaded++;
      // Its documents are decoded as scans read them (an edit reads none: update-index.ts).
      return this.follow(stored.snapshot, loads + 1);
    }
    if (next !== snap) {
      this.events.followed++;
      this.scheduleSave(next, this.saveDelayMs);
    }
    return next;
  }

  /** The current snapshot. Read it after the last await before scanning: a newer one gives the older up. */
  private current(): Promise<Snapshot> {
    if (!this.snapshot) {
      this.dirty = false;
      this.snapshot = this.start();
    } else if (this.dirty) {
      this.dirty = false;
      this.snapshot = this.snapshot.then((snap) => this.follow(snap));
    }
    const mine = this.snapshot;
    mine.catch(() => {
      if (this.snapshot === mine) this.snapshot = undefined;
    });
    return mine;
  }

  private scheduleSave(snap: Snapshot, delay: number): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      // Only the newest snapshot is stored; one save at a time.
      this.saving = this.saving.then(async () => {
        if (this.snapshot && (await this.snapshot.catch(() => undefined)) !== snap) return;
        if (await saveSnapshot(this.db, snap)) this.events.saved++;
      }).catch((e) => console.error('Recoupe: matching index not stored', e));
    }, delay);
  }

  /**
   * Follows the writes made since the index was loaded (or loads it and follows them), without a
   * scan asking: after an import, the rebuild it needs starts at once and is stored, so that the
   * next page loads it instead of waiting for it.
   */
  refresh(): void {
    if (!this.dirty) return;
    this.current().catch((e) => console.error('Recoupe: matching index not updated', e));
  }

  /** Drops a pending store, as a stopped worker does (tests): what it would have stored is in the journal. */
  dispose(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
  }

  /** Resolves when the pending store of the index is done (tests, benchmarks). */
  async flush(): Promise<void> {
    await this.current();
    await new Promise((r) => setTimeout(r, 0));
    if (this.saveTimer) {
      clearTimeout(this.saveTimer);
      this.saveTimer = undefined;
      const snap = await this.current();
      this.saving = this.saving.then(() => saveSnapshot(this.db, snap).then((saved) => void (saved && this.events.saved++)));
    }
    await this.saving;
  }

  /** Which known outlet published this page: by an article URL we know, by domain, then by site name. */
  async outletFor(page: PageInfo): Promise<string | null> {
    const snap = await this.current();
    const key = pageKey(page.url);
    // A loaded index left the URLs in storage: the block this one would be in is read (unreadable: the outlet is found by domain).
    const known = await snap.outletByUrl.prepare?.([key]).then(
      () => true,
      (e: unknown) => (console.warn('Recoupe: stored article URLs unreadable', e), false),
    );
    if (known === false) return outletOfPage(page, snap.outlets, undefined);
    return outletOfPage(page, snap.outlets, snap.outletByUrl.get(key));
  }

  /**
   * Matches each block in its own language (its `lang` attribute, else detected, else the page's).
   * Possible matches the user confirmed on this page become highlights; dismissed ones are dropped.
   */
  async scan(page: PageInfo, blocks: TextBlock[], uiLang: string, retried = false): Promise<{ matches: BlockMatch[]; outletId: string | null; foreign: ForeignBlock[] }> {
    const first = this.events.firstScan ? undefined : { askedAt: performance.now(), languagesAt: 0, indexAt: 0, doneAt: 0 };
    // The index and the page's languages load side by side.
    const [outletId, decisions, langs] = await Promise.all([this.outletFor(page), decisionsFor(this.db, page.url), this.blockLanguages(page, blocks, first)]);
    const excludeOutletIds = outletId ? [outletId] : [];
    const snap = await this.currentFor(langs);
    if (first) first.indexAt = performance.now();
    markStart('indexReady');
    const matches: BlockMatch[] = [];
    const foreign: ForeignBlock[] = [];
    const known = new Set(snap.langs);
    const found = blocks.map((block, i) => {
      const lang = langs[i];
      if (lang && snap.langs.length && !known.has(primaryLang(lang))) foreign.push({ blockId: block.id, lang, target: snap.langs[0]! });
      return snap.matcher.matchSpans(block.text, { excludeOutletIds, lang });
    });
    markStart('spansFound');
    // A loaded index left its texts in storage: only the matched documents' are read, to explain them.
    try {
      // And their claims' statements, which the matches carry.
      await Promise.all([snap.matcher.readTexts(found.flat()), snap.claims.prepare?.(found.flat().map((s) => s.claimId))]);
    } catch (e) {
      if (retried) throw e;
      // The stored texts could not be read: built from the database, as when no stored index is usable.
      console.warn('Recoupe: stored texts unreadable, building the index again', e);
      this.rebuild();
      return this.scan(page, blocks, uiLang, true);
    }
    markStart('textsRead');
    blocks.forEach((block, i) => {
      for (const m of snap.matcher.explain(found[i]!)) {
        const claim = snap.claims.get(m.claimId);
        if (!claim) continue;
        const decision = decisions.get(m.claimId);
        if (m.level === 'possible' && decision === 'dismissed') continue;
        const level = decision === 'confirmed' ? 'highlight' : m.level;
        matches.push({ blockId: block.id, start: m.start, end: m.end, claimId: m.claimId, status: claim.status, statement: statementIn(claim.statement, uiLang), level, why: matchWhy(m.explanation) });
      }
    });
    if (first) {
      first.doneAt = performance.now();
      markStart('scanned');
      this.events.firstScan = first;
    }
    return { matches, outletId, foreign };
  }

  /** Each block's language, with the language data to analyse it loaded. */
  private async blockLanguages(page: PageInfo, blocks: TextBlock[], first?: { languagesAt: number }): Promise<(string | undefined)[]> {
    // The browser's detector is asked about a bounded number of blocks per scan; the rest keep the page's language.
    // The stop lists that place a block in the page's language, then the stemmers of the blocks' languages.
    await ensureLanguages([page.lang]);
    let budget = MAX_DETECTIONS_PER_SCAN;
    const detect = this.detect && ((text: string) => (budget-- > 0 ? this.detect!(text) : Promise.resolve(undefined)));
    const langs = await Promise.all(blocks.map((b) => blockLanguage(b, page.lang, detect)));
    // And the word lists the blocks' own languages read, while the index loads (those of its languages:
    // currentFor). No other language's stemmer: the word lists are read through their related-stems
    // tables, made at build time, so a lookup stems nothing (tests/unit/language/worker-stemmers.test.ts).
    await Promise.all([ensureLanguages(langs), ensureLexicons(langs, [])]);
    if (first) first.languagesAt = performance.now();
    markStart('languagesReady');
    return langs;
  }

  async suggest(text: string, limit: number): Promise<{ claimId: string; score: number }[]> {
    // The text's language is guessed.
    await ensureLanguages([undefined]);
    const snap = await this.currentFor([undefined]);
    return snap.matcher.suggest(text, limit);
  }

  /**
   * The current snapshot, with the word lists that scoring texts in `langs` against it reads loaded:
   * the service worker fetches them (extension-files.ts), as it loads stemmers, before the synchronous
   * analysis. No await after it: a newer snapshot gives this one up.
   */
  private async currentFor(langs: Iterable<string | undefined>): Promise<Snapshot> {
    const list = [...langs];
    for (;;) {
      const snap = await this.current();
      const needed = lexiconsNeeded(list, snap.langs);
      if (needed.every(lexiconReady)) return snap;
      await ensureLexicons(list, snap.langs);
    }
  }
}
