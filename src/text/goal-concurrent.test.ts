import { describe, expect, it } from 'vitest';
import { readGoalCorpus } from './goal-corpus.ts';
import { classifyGoalsConcurrently } from './goal-concurrent.ts';
import { classifyGoalCombined } from './goal-model.ts';

// Real goals of many kinds, a few with a manual label (which must win on either thread).
const goals = readGoalCorpus()
  .slice(0, 700)
  .map((g, i) => ({ text: g.tekst, label: i % 50 === 0 ? g.label : null }));

describe('classifyGoalsConcurrently', () => {
  it('gives exactly the classifications of classifyGoalCombined, in input order, with the worker doing part of them', async () => {
    const pending = classifyGoalsConcurrently(goals, { minGoals: 1, evenWhenBusy: true });
    // As the analysis does, the main thread is busy elsewhere first; here it waits for the worker's first chunk.
    expect(await pending.workerWorking).toBe(true);
    const concurrent = await pending.finish();
    expect(concurrent).toEqual(goals.map((g) => classifyGoalCombined(g.text, g.label)));
    // Started before the main thread asks, the worker takes chunks too (not all: the main thread helps).
    expect(pending.byWorker).toBeGreaterThan(0);
    expect(pending.byWorker).toBeLessThanOrEqual(goals.length);
    expect(concurrent.filter((c) => c.reden === 'Handmatig label uit de invoer')).toHaveLength(14);
  });

  it('classifies a few goals on the main thread only', async () => {
    const pending = classifyGoalsConcurrently(goals.slice(0, 20));
    expect(await pending.finish()).toEqual(goals.slice(0, 20).map((g) => classifyGoalCombined(g.text, g.label)));
    expect(pending.byWorker).toBe(0);
    expect(await pending.workerWorking).toBe(false);
  });

  it('gives no goals for no goals', async () => {
    expect(await classifyGoalsConcurrently([], { minGoals: 0 }).finish()).toEqual([]);
  });
});
