// The one-line summary a batch prints on stderr at the end.
import type { Shard } from './shard.js';

export interface Counts { done: number; skipped: number; failed: number; pages: number }

export function formatSummary(c: Counts, ms: number, ctx: { shard?: Shard; stopped?: string; total: number }): string {
  const parts = [`${c.done} done`, `${c.skipped} up to date`, `${c.failed} failed`];
  const shard = ctx.shard ? ` (shard ${ctx.shard.k}/${ctx.shard.n}: ${ctx.total} inputs)` : '';
  const stopped = ctx.stopped === 'interrupt' ? '; interrupted, rerun with --resume to go on'
    : ctx.stopped === 'fail-fast' ? '; stopped at the first failure (--fail-fast)' : '';
  return `acta: ${parts.join(', ')}; ${c.pages} pages; ${(ms / 1000).toFixed(1)} s${shard}${stopped}`;
}
