// The lesson's quick runs follow the device's one quick-mode rule (src/ui/training/quick-budget.ts).
import { describe, expect, it } from 'vitest';
import { preset } from '../../shared/presets';
import { DeviceSettings } from '../training/device-settings';
import { quickBudget, type DeviceProbe } from '../training/quick-budget';
import { lessonBudget } from './lesson-budget';

const probe: DeviceProbe = { seedA: 2500, notebook: 300, cores: 2, crossOriginIsolated: true, probeMs: 900 };

describe('the lesson budget', () => {
  it('is the device quick budget for the spec: images, threads and the measured seconds per image', async () => {
    const device = new DeviceSettings();
    await device.measure(async () => probe);
    for (const name of ['seed-a', 'seed-notebook', 'compare-conv-conv-pool']) {
      const spec = preset(name)!;
      const device_ = quickBudget(probe, { spec });
      const lesson = lessonBudget(device, spec);
      expect(lesson.quickImages).toBe(device_.trainImages);
      expect(lesson.threads).toBe(device_.threads);
      expect(lesson.secondsPerImage! * lesson.quickImages).toBeCloseTo(device_.epochSeconds!, 9);
    }
    // A heavier network gets fewer quick images on the same device.
    expect(lessonBudget(device, preset('seed-notebook')!).quickImages).toBeLessThanOrEqual(lessonBudget(device, preset('seed-a')!).quickImages);
  });

  it('before the probe: the default subset, no time per image; a learner’s choice wins', async () => {
    const device = new DeviceSettings();
    expect(lessonBudget(device, preset('seed-a')!)).toMatchObject({ quickImages: 6000, secondsPerImage: null });
    await device.choose({ quickImages: 9000, threads: 1 });
    expect(lessonBudget(device, preset('seed-a')!)).toMatchObject({ quickImages: 9000, threads: 1 });
  });
});
