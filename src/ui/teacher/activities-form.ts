// The "new session" form's values → the session's Activities, or the first problem as a message.
// Pure: the form view reads its inputs into FormValues and shows what this returns.
import { COMPARISON_PRESETS } from '../../shared/presets';
import { CHALLENGE_MAX_EPOCHS, CHALLENGE_MAX_PARAMS, MAX_HISTORY_EPOCHS, PLAY_LEVELS } from '../../classroom/limits';
import type { Activities, ExperimentArchitecture } from '../../classroom/schemas';
import type { MessageParams } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';

export interface FormValues {
  lesson: boolean;
  lessonMode: 'quick' | 'full';
  play: boolean;
  playSeed: string;
  playLevel: string;
  challenge: boolean;
  challengeMaxParams: string;
  challengeMaxEpochs: string;
  experiment: boolean;
  experimentArchitectures: ExperimentArchitecture[];
  experimentEpochs: string;
}

export const DEFAULT_FORM: FormValues = {
  lesson: true,
  lessonMode: 'quick',
  play: true,
  playSeed: '1',
  playLevel: '1',
  challenge: true,
  challengeMaxParams: '50000',
  challengeMaxEpochs: '3',
  experiment: true,
  experimentArchitectures: [...COMPARISON_PRESETS],
  experimentEpochs: '3',
};

/** A message, and the label of the field at fault (the view translates both). */
export interface FormProblem {
  key: MessageKey;
  params?: MessageParams;
  field?: MessageKey;
}

export type FormResult = { ok: true; activities: Activities } | { ok: false; problem: FormProblem };

class FormError extends Error {
  constructor(readonly problem: FormProblem) {
    super(problem.key);
  }
}

function whole(field: MessageKey, text: string, min: number, max: number): number {
  const value = Number(text.trim());
  if (text.trim() === '' || !Number.isInteger(value) || value < min || value > max) {
    throw new FormError({ key: 'classroom.invalidNumber', params: { min, max }, field });
  }
  return value;
}

export function activitiesFromForm(v: FormValues): FormResult {
  try {
    if (!v.lesson && !v.play && !v.challenge && !v.experiment) return { ok: false, problem: { key: 'classroom.chooseOne' } };
    if (v.experiment && v.experimentArchitectures.length === 0) return { ok: false, problem: { key: 'classroom.chooseArchitecture' } };
    const activities: Activities = {
      lesson: v.lesson ? { mode: v.lessonMode } : null,
      play: v.play ? { seed: whole('classroom.playSeed', v.playSeed, 0, 2 ** 31 - 1), level: whole('classroom.playLevel', v.playLevel, 1, PLAY_LEVELS) } : null,
      challenge: v.challenge
        ? {
            maxParams: whole('classroom.challengeMaxParams', v.challengeMaxParams, 100, CHALLENGE_MAX_PARAMS),
            maxEpochs: whole('classroom.challengeMaxEpochs', v.challengeMaxEpochs, 1, CHALLENGE_MAX_EPOCHS),
          }
        : null,
      experiment: v.experiment
        ? {
            architectures: COMPARISON_PRESETS.filter((a) => v.experimentArchitectures.includes(a)),
            epochs: whole('classroom.experimentEpochs', v.experimentEpochs, 1, MAX_HISTORY_EPOCHS),
          }
        : null,
    };
    return { ok: true, activities };
  } catch (error) {
    if (error instanceof FormError) return { ok: false, problem: error.problem };
    throw error;
  }
}
