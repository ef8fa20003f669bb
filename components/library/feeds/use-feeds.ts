import { useEffect, useRef, useState } from 'preact/hooks';
import type { FeedView } from '@/utils/protocol/feed-messages';
import { askBackground } from '@/utils/protocol/send-message';

/**
 * The feeds and their state, polled from the background: every second while one refreshes, every five
 * otherwise. `onSettled` runs when a refresh or an unsubscribe changed the library, so the claim list can reload.
 */
export function useFeeds(onSettled?: () => void): { feeds: FeedView[]; error: string | null; reload: () => void } {
  const [feeds, setFeeds] = useState<FeedView[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const seen = useRef<string | null>(null);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      let busy = false;
      try {
        const list = (await askBackground('listFeeds', {})).feeds;
        if (!live) return;
        setFeeds(list);
        setError(null);
        busy = list.some((f) => f.busy);
        // What the claim list depends on: a refresh that wrote, an unsubscribe.
        const signature = list.map((f) => `${f.id} ${f.lastChange ?? ''} ${f.claimCount}`).join('|');
        if (seen.current !== null && seen.current !== signature) onSettled?.();
        seen.current = signature;
      } catch (e) {
        if (live) setError(e instanceof Error ? e.message : String(e));
      }
      if (live) timer = setTimeout(() => void poll(), busy ? 1000 : 5000);
    };
    void poll();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [tick]);
  return { feeds, error, reload: () => setTick((n) => n + 1) };
}
