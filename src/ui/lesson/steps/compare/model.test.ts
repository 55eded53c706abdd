import { describe, expect, it } from 'vitest';
import { planModel } from '../../../../shared/plan';
import { COMPARISON_PRESETS, preset } from '../../../../shared/presets';
import { architectureKeys, comparisonFindings, isResult, orderRows, type ComparisonResult } from './model';

const row = (name: string, testAccuracy: number): ComparisonResult => ({
  preset: name,
  params: planModel(preset(name)!).totalParams,
  testAccuracy,
  testErrors: Math.round((1 - testAccuracy) * 10000),
  trainSeconds: 1,
  epochs: 2,
  trainImages: 12000,
});
const label = (name: string) => `<${name}>`;
const short = (key: string) => key.replace('stepCompare.', '');

describe('architectureKeys', () => {
  it('names the tutorial’s layers, Flatten implied by Logistic', () => {
    expect(architectureKeys(preset('compare-conv-pool')!).map(short)).toEqual(['layerConv', 'layerMaxPool', 'layerLogistic']);
    expect(architectureKeys(preset('seed-notebook')!).map(short)).toEqual(['layerConv', 'layerConv', 'layerChannelMax', 'layerLogistic']);
  });

  it('names every comparison preset', () => {
    for (const name of COMPARISON_PRESETS) expect(architectureKeys(preset(name)!).length).toBeGreaterThanOrEqual(2);
  });
});

describe('comparisonFindings', () => {
  it('needs two rows', () => {
    expect(comparisonFindings([row('compare-conv', 0.8)], label)).toEqual([]);
  });

  it('agrees with the tutorial when two convs + pool win, and prices the second pool', () => {
    const rows = [row('compare-conv', 0.88), row('compare-conv-conv-pool', 0.905), row('compare-conv-pool-conv-pool', 0.895), row('seed-notebook', 0.87)];
    const findings = comparisonFindings(rows, label);
    expect(findings.map((f) => short(f.key))).toEqual(['findingBestAgrees', 'findingPoolsCost', 'findingExtraLayers', 'findingSmallest']);
    expect(findings[0].params).toMatchObject({ arch: '<compare-conv-conv-pool>', acc: 90.5, tutorial: 91 });
    expect(findings[1].params).toEqual({ ratio: 3.5, from: 41130, to: 11730, diff: 1 });
    expect(findings[2].params).toMatchObject({ diff: 2.5, from: 88, to: 90.5 });
    expect(findings[3].params).toEqual({ arch: '<seed-notebook>', params: 9770, acc: 87 });
  });

  it('says so when another network wins or the second pool helps', () => {
    const rows = [row('compare-conv', 0.83), row('compare-conv-conv-pool', 0.75), row('compare-conv-pool-conv-pool', 0.76)];
    const keys = comparisonFindings(rows, label).map((f) => short(f.key));
    expect(keys).toEqual(['findingBestDiffers', 'findingPoolsGain', 'findingSingleBest', 'findingSmallest']);
    expect(comparisonFindings(rows, label)[0].params).toMatchObject({ arch: '<compare-conv>', yours: 75 });
  });

  it('omits pair statements when a row is missing', () => {
    const keys = comparisonFindings([row('compare-conv-pool', 0.8), row('seed-notebook', 0.7)], label).map((f) => short(f.key));
    expect(keys).toEqual(['findingBestOnly', 'findingSmallest']);
  });

  it('orders rows as the presets', () => {
    const rows = [row('seed-notebook', 0.7), row('compare-conv', 0.8)];
    expect(orderRows(rows, COMPARISON_PRESETS).map((r) => r.preset)).toEqual(['compare-conv', 'seed-notebook']);
  });
});

describe('isResult', () => {
  it('keeps saved rows of comparison presets with finite numbers only', () => {
    const good = row('compare-conv', 0.9);
    expect(isResult(good)).toBe(true);
    expect(isResult({ ...good, preset: 'seed-a' })).toBe(false);
    expect(isResult({ ...good, testAccuracy: Number.NaN })).toBe(false);
    expect(isResult({ ...good, epochs: '2' })).toBe(false);
    expect(isResult(null)).toBe(false);
  });
});
