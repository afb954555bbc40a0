// 2. Duplicates: a later request of the same town and category saying the same thing (shared search terms), to be
// merged into the earlier one.
import { DAY_MS } from '@banshishi/workflow';
import type { Sim, Story } from './story';

/** About 6% of the story's requests are merged. */
const MERGES = 18;
/** A target takes at most this many duplicates. */
const PER_TARGET = 2;

/** duplicate → the request it is merged into; none of them in `taken` (the projects' requests). */
export function chooseDuplicates(story: Story, taken: ReadonlySet<Sim>): Map<Sim, Sim> {
  const termsOf = new Map(story.sims.map((sim) => [sim, new Set(sim.facts.searchTerms.split(' ').filter(Boolean))]));
  const similarity = (a: Sim, b: Sim): number => {
    const ta = termsOf.get(a) ?? new Set<string>();
    const tb = termsOf.get(b) ?? new Set<string>();
    let shared = 0;
    for (const term of ta) if (tb.has(term)) shared += 1;
    return shared / Math.max(1, ta.size + tb.size - shared);
  };
  const pairs: { duplicate: Sim; target: Sim; score: number }[] = [];
  for (const [i, duplicate] of story.sims.entries()) {
    if (taken.has(duplicate) || !story.older(duplicate)) continue;
    for (const target of story.sims.slice(0, i)) {
      if (taken.has(target) || target.town !== duplicate.town || target.facts.category !== duplicate.facts.category) continue;
      if (duplicate.facts.submittedAt.getTime() - target.facts.submittedAt.getTime() > 40 * DAY_MS) continue;
      const score = similarity(duplicate, target);
      if (score >= 0.35) pairs.push({ duplicate, target, score });
    }
  }
  pairs.sort((a, b) => b.score - a.score || a.duplicate.facts.code.localeCompare(b.duplicate.facts.code));

  const merges = new Map<Sim, Sim>();
  const duplicatesOf = new Map<Sim, number>();
  for (const { duplicate, target } of pairs) {
    if (merges.size >= MERGES) break;
    if (merges.has(duplicate) || merges.has(target) || duplicatesOf.has(duplicate) || (duplicatesOf.get(target) ?? 0) >= PER_TARGET) continue;
    merges.set(duplicate, target);
    duplicatesOf.set(target, (duplicatesOf.get(target) ?? 0) + 1);
  }
  return merges;
}
