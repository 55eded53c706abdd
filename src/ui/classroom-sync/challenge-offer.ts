// The sandbox's "Submit to the class challenge" box (shown only in a class session with a
// challenge): the rule, the current network's parameters and epochs against the caps (checked
// here, before anything is sent), and once a run that fits has been trained, the button that
// sends its weights. The server re-evaluates them on the 10,000 test images; the dashboard shows
// the verified accuracy.
import type { ModelSpec } from '../../shared/spec';
import { h } from '../framework/dom';
import { formatPercent } from '../views/format';
import { BoundTexts } from '../i18n/bound-texts';
import { formatNumber, type MessageParams } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { classroomSync } from './classroom-sync';

export interface ChallengeCaps {
  maxParams: number;
  maxEpochs: number;
}

/** Why a network cannot enter the challenge (a message), or null when it fits the caps. */
export function challengeProblem(caps: ChallengeCaps, params: number | null, epochs: number): [MessageKey, MessageParams] | null {
  if (params === null) return ['classSync.challengeInvalid', {}];
  if (params > caps.maxParams) return ['classSync.challengeTooManyParams', { params: formatNumber(params), max: formatNumber(caps.maxParams) }];
  if (epochs > caps.maxEpochs) return ['classSync.challengeTooManyEpochs', { epochs, max: caps.maxEpochs }];
  return null;
}

/** A trained network the learner may submit. */
export interface TrainedEntry {
  spec: ModelSpec;
  weights: Float32Array;
  testAccuracy: number;
  epochs: number;
  params: number;
}

const percent = (fraction: number) => formatPercent(fraction, 2);

export class ChallengeOffer {
  readonly element: HTMLElement;
  private readonly texts = new BoundTexts();
  private readonly rule = h('p', {});
  private readonly network = h('p', {});
  private readonly problem = h('p', { class: 'alert', id: 'class-challenge-problem' });
  private readonly submitButton = h('button', { type: 'button', class: 'button button-primary', id: 'class-challenge-submit', 'aria-describedby': 'class-challenge-problem' });
  private readonly status = h('p', { role: 'status', 'aria-live': 'polite', id: 'class-challenge-status' });
  private current: { params: number | null; epochs: number } = { params: null, epochs: 0 };
  private trained: TrainedEntry | null = null;
  private readonly unsubscribe: () => void;

  constructor() {
    this.element = h(
      'section',
      { class: 'sb-panel class-challenge', 'aria-labelledby': 'class-challenge-heading', hidden: true },
      this.texts.set(h('h3', { id: 'class-challenge-heading' }), 'classSync.challengeHeading'),
      this.rule,
      this.network,
      this.problem,
      this.submitButton,
      this.status,
    );
    this.texts.set(this.submitButton, 'classSync.challengeSubmit');
    this.submitButton.addEventListener('click', () => void this.submit());
    this.unsubscribe = classroomSync()?.subscribe(() => this.render()) ?? (() => {});
    this.render();
  }

  /** The design or the settings changed: `params` null while the network is invalid. */
  setNetwork(params: number | null, epochs: number): void {
    this.current = { params, epochs };
    this.render();
  }

  /** A run finished with a scored network (replaces the last one). */
  offer(entry: TrainedEntry): void {
    this.trained = entry;
    this.texts.set(this.status, null);
    this.render();
  }

  translate(): void {
    this.texts.apply();
    this.render();
  }

  destroy(): void {
    this.unsubscribe();
  }

  private get caps(): ChallengeCaps | null {
    const sync = classroomSync();
    return (sync?.state.me && sync.state.me.activities.challenge) || null;
  }

  private render(): void {
    const caps = this.caps;
    const sync = classroomSync();
    this.element.hidden = !caps;
    if (!caps || !sync) return;
    this.texts.set(this.rule, 'classSync.challengeRule', { params: formatNumber(caps.maxParams), epochs: caps.maxEpochs });
    this.texts.set(this.network, this.current.params === null ? null : 'classSync.challengeNetwork', { params: formatNumber(this.current.params ?? 0), epochs: this.current.epochs });
    const trained = this.trained;
    const problem = trained ? challengeProblem(caps, trained.params, trained.epochs) : (challengeProblem(caps, this.current.params, this.current.epochs) ?? ['classSync.challengeTrainFirst', {}]);
    if (problem) this.texts.set(this.problem, problem[0], problem[1]);
    else this.texts.set(this.problem, 'classSync.challengeReady', { acc: percent(trained!.testAccuracy) });
    this.problem.classList.toggle('alert', problem !== null && problem[0] !== 'classSync.challengeTrainFirst');
    this.submitButton.disabled = problem !== null || !sync.active;
  }

  private async submit(): Promise<void> {
    const sync = classroomSync();
    const entry = this.trained;
    const caps = this.caps;
    if (!sync || !entry || !caps || challengeProblem(caps, entry.params, entry.epochs)) return;
    this.submitButton.disabled = true;
    await sync.submitChallenge({ spec: { name: entry.spec.name, input: entry.spec.input, layers: entry.spec.layers.map((layer): Record<string, unknown> => ({ ...layer })) }, weights: entry.weights, claimedAccuracy: entry.testAccuracy, epochs: entry.epochs });
    this.texts.set(this.status, 'classSync.challengeSubmitted', { acc: percent(entry.testAccuracy) });
    this.trained = null;
    this.render();
  }
}
