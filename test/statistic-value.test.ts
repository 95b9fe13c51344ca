import { describe, expect, it } from 'vitest';
import { valueWithUnit } from '../core/statistic-value.ts';

describe('a statistic value with its unit', () => {
  it('never writes a unit the wording already has', () => {
    expect(valueWithUnit('5%', 'percent')).toBe('5%');
    expect(valueWithUnit('30.8% (N=16)', 'percent')).toBe('30.8% (N=16)');
    expect(valueWithUnit('a third', 'percent')).toBe('a third');
    expect(valueWithUnit('four hours', 'hours')).toBe('four hours');
    expect(valueWithUnit('three year', 'years')).toBe('three year');
    expect(valueWithUnit('within 24 hours or soon after', 'hours')).toBe('within 24 hours or soon after');
    expect(valueWithUnit('£25 million', 'GBP')).toBe('£25 million');
    expect(valueWithUnit('120-fold', 'fold increase')).toBe('120-fold increase');
  });

  it('adds the unit where the wording lacks it, keeping the rest of a compound unit', () => {
    expect(valueWithUnit('15', 'percent')).toBe('15%');
    expect(valueWithUnit('20-40', 'percent')).toBe('20-40%');
    expect(valueWithUnit('190,000', 'cases')).toBe('190,000 cases');
    expect(valueWithUnit('7 to 15', 'years of age')).toBe('7 to 15 years of age');
    expect(valueWithUnit('14.9 hours', 'hours per week')).toBe('14.9 hours per week');
    expect(valueWithUnit('less than five', 'cases per year')).toBe('less than five cases per year');
    expect(valueWithUnit('7', '')).toBe('7');
  });
});
