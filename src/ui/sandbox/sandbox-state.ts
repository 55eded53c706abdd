// What the sandbox's panels share (no DOM): the draft network and its analysis, the training
// settings, and the kept network with weights (trained here, re-opened from the history, imported,
// or brought from the lesson) that the picture, the playground and the exports look into. A change
// is told to every listener with what changed. The share link is derived from it.
import { DEFAULT_SANDBOX_SETTINGS, type SandboxSettings } from '../../shared/sandbox-settings';
import { encodeShare, shareHash } from '../../shared/share-link';
import type { ModelSpec } from '../../shared/spec';
import { analyseSpec, type Analysis } from './editor/analysis';
import { specOfDraft, type Draft } from './editor/draft';

export type KeptSource = 'trained' | 'history' | 'import' | 'lesson';

/** A network with weights the sandbox can look into and export. */
export interface KeptModel {
  spec: ModelSpec;
  seed: number;
  /** Every parameter in the engine's order (src/shared/param-slices.ts). */
  weights: Float32Array;
  source: KeptSource;
  /** Where its record is stored ('sandbox:<id>', 'lesson:<preset>'): a share link may point at it. */
  storageKey?: string;
}

export type StateChange = 'draft' | 'settings' | 'model';

/** Same layers on the same input (the name does not change what the weights fit). */
export function sameNetwork(a: ModelSpec, b: ModelSpec): boolean {
  return JSON.stringify([a.input, a.layers]) === JSON.stringify([b.input, b.layers]);
}

/** The URL query parameter naming a stored network whose weights come with a share link. */
export const WEIGHTS_PARAM = 'w';

export class SandboxState {
  private currentDraft: Draft;
  private currentSettings: SandboxSettings;
  private valid = true;
  private currentAnalysis!: Analysis;
  private kept: KeptModel | null = null;
  private readonly listeners = new Set<(change: StateChange) => void>();

  constructor(draft: Draft, settings: SandboxSettings = DEFAULT_SANDBOX_SETTINGS) {
    this.currentDraft = draft;
    this.currentSettings = settings;
    this.analyse();
  }

  get draft(): Draft {
    return this.currentDraft;
  }

  get spec(): ModelSpec {
    return specOfDraft(this.currentDraft);
  }

  /** The last valid settings (the form may hold an invalid one: then settingsValid is false). */
  get settings(): SandboxSettings {
    return this.currentSettings;
  }

  get settingsValid(): boolean {
    return this.valid;
  }

  get analysis(): Analysis {
    return this.currentAnalysis;
  }

  /** The kept network, whatever the draft now says. */
  get model(): KeptModel | null {
    return this.kept;
  }

  /** The kept network, if the draft is still that network (its weights fit). */
  get fittingModel(): KeptModel | null {
    return this.kept && sameNetwork(this.kept.spec, this.spec) ? this.kept : null;
  }

  get trainable(): boolean {
    return this.valid && this.currentAnalysis.problem === null;
  }

  on(listener: (change: StateChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  setDraft(draft: Draft): void {
    this.currentDraft = draft;
    this.analyse();
    this.emit('draft');
  }

  /** New settings from the form; null while one of them is out of range. */
  setSettings(settings: SandboxSettings | null): void {
    this.valid = settings !== null;
    if (settings) this.currentSettings = settings;
    this.analyse(); // batch size and threads set the training memory and its cap
    this.emit('settings');
  }

  setModel(model: KeptModel | null): void {
    this.kept = model;
    this.emit('model');
  }

  /** `#sandbox?m=…` for the current network and settings (and the kept weights' record), or null while invalid. */
  shareHash(): string | null {
    if (!this.trainable) return null;
    try {
      const hash = shareHash(encodeShare(this.spec, this.currentSettings));
      const key = this.fittingModel?.storageKey;
      return key ? `${hash}&${WEIGHTS_PARAM}=${encodeURIComponent(key)}` : hash;
    } catch {
      return null; // too long for a link: the page still works, the address just keeps the last one
    }
  }

  private analyse(): void {
    const { batchSize, threads } = this.currentSettings;
    this.currentAnalysis = analyseSpec(this.spec, { batchSize, threads });
  }

  private emit(change: StateChange): void {
    for (const listener of this.listeners) listener(change);
  }
}
