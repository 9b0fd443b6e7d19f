/** A year set, named or targeted as a goal ("has set 2027 as the year by which…", "has named 2027 as the year…") or
 * before a goal's noun ("a 2027 goal", "his 2027 target") bounds the goal like "by 2027" (vocabulary yearRelations.by,
 * byGoal): it is set against the goal's year, never against the day it was said. */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('a year set as a goal', () => {
  it('is the goal’s year', () => {
    for (const text of [
      'Suleyman has set 2027 as the year by which his group should be at the frontier in text, image and audio models.',
      "Suleyman has set 2027 as the year by which his group should be at the frontier in text, image and audio models, and the old deal, which let Microsoft use OpenAI's IP but barred it from building competing AI systems, is no longer the brake it once was.",
      'Suleyman has set 2027 as the target year for his team to reach the frontier.',
      'Suleyman has named 2027 as the year his group should reach the frontier.',
    ])
      expect(verdictOf(text), text).toBe('corroborated');
  });

  it('is the goal’s year when the year names the goal, on a page dated the month it was said', () => {
    for (const text of [
      'Earlier this month, Suleyman laid out a 2027 goal for Microsoft AI.',
      "Suleyman's 2027 target covers text, image and audio models.",
    ])
      expect(verdictOf(text, '2026-04-28'), text).toBe('corroborated');
  });

  it('is disputed by the goal’s own year', () => {
    for (const text of [
      'Suleyman has set 2029 as the year by which his group should be at the frontier in text, image and audio models.',
      'Suleyman has named 2030 as the year his group should reach the frontier.',
      "Suleyman's 2029 target is to reach the cutting edge.",
    ])
      expect(verdictOf(text), text).toBe('conflicting');
  });
});
