// The "new session" form: which activities, with their settings. Built from FormValues so a
// language switch can rebuild it without losing what the teacher typed.
import { COMPARISON_PRESETS } from '../../shared/presets';
import { CHALLENGE_MAX_PARAMS, PLAY_LEVELS } from '../../classroom/limits';
import type { ExperimentArchitecture } from '../../classroom/schemas';
import type { Activities } from '../../classroom/schemas';
import { h } from '../framework/dom';
import { t } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { activitiesFromForm, type FormProblem, type FormValues } from './activities-form';
import { architectureName } from './dashboard-sections';

let fieldCounter = 0;

function numberField(label: string, value: string, min: number, max: number, onInput: (value: string) => void): HTMLElement {
  const id = `field-${++fieldCounter}`;
  const input = h('input', { id, type: 'number', inputmode: 'numeric', min, max, step: 1, value, required: true });
  input.addEventListener('input', () => onInput(input.value));
  return h('div', { class: 'field' }, h('label', { for: id }, label), input);
}

function checkbox(label: string, checked: boolean, onChange: (checked: boolean) => void): HTMLElement {
  const input = h('input', { type: 'checkbox', checked });
  input.addEventListener('change', () => onChange(input.checked));
  return h('label', { class: 'check' }, input, ` ${label}`);
}

export const problemText = (p: FormProblem) => t(p.key, { ...p.params, ...(p.field ? { field: t(p.field) } : {}) });

export function sessionForm(values: FormValues, onCreate: (activities: Activities) => Promise<void>): HTMLElement {
  const error = h('p', { class: 'form-error', role: 'alert' });
  const submit = h('button', { type: 'submit', class: 'primary' }, t('classroom.create'));

  const lessonMode = (mode: 'quick' | 'full', key: MessageKey) => {
    const input = h('input', { type: 'radio', name: 'lesson-mode', value: mode, checked: values.lessonMode === mode });
    input.addEventListener('change', () => (values.lessonMode = mode));
    return h('label', { class: 'check' }, input, ` ${t(key)}`);
  };
  const architecture = (id: ExperimentArchitecture) =>
    checkbox(architectureName(id), values.experimentArchitectures.includes(id), (on) => {
      values.experimentArchitectures = on ? [...values.experimentArchitectures, id] : values.experimentArchitectures.filter((a) => a !== id);
    });

  const fieldset = (legend: HTMLElement, ...content: HTMLElement[]) => h('fieldset', { class: 'activity' }, h('legend', {}, legend), ...content);
  const form = h(
    'form',
    { class: 'session-form', novalidate: true },
    fieldset(checkbox(t('classroom.activityLesson'), values.lesson, (on) => (values.lesson = on)), h('div', { class: 'choices' }, lessonMode('quick', 'classroom.lessonQuick'), lessonMode('full', 'classroom.lessonFull'))),
    fieldset(
      checkbox(t('classroom.activityPlay'), values.play, (on) => (values.play = on)),
      numberField(t('classroom.playSeed'), values.playSeed, 0, 2 ** 31 - 1, (v) => (values.playSeed = v)),
      numberField(t('classroom.playLevel'), values.playLevel, 1, PLAY_LEVELS, (v) => (values.playLevel = v)),
    ),
    fieldset(
      checkbox(t('classroom.activityChallenge'), values.challenge, (on) => (values.challenge = on)),
      numberField(t('classroom.challengeMaxParams', { cap: CHALLENGE_MAX_PARAMS }), values.challengeMaxParams, 100, CHALLENGE_MAX_PARAMS, (v) => (values.challengeMaxParams = v)),
      numberField(t('classroom.challengeMaxEpochs'), values.challengeMaxEpochs, 1, 50, (v) => (values.challengeMaxEpochs = v)),
    ),
    fieldset(
      checkbox(t('classroom.activityExperiment'), values.experiment, (on) => (values.experiment = on)),
      h('fieldset', { class: 'choices' }, h('legend', {}, t('classroom.experimentArchitectures')), ...COMPARISON_PRESETS.map(architecture)),
      numberField(t('classroom.experimentEpochs'), values.experimentEpochs, 1, 50, (v) => (values.experimentEpochs = v)),
    ),
    error,
    submit,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const result = activitiesFromForm(values);
    if (!result.ok) {
      error.textContent = problemText(result.problem);
      return;
    }
    error.textContent = '';
    submit.disabled = true;
    submit.textContent = t('classroom.creating');
    onCreate(result.activities).catch((failure: unknown) => {
      error.textContent = t('classroom.requestFailed', { detail: String((failure as Error)?.message ?? failure) });
      submit.disabled = false;
      submit.textContent = t('classroom.create');
    });
  });
  return h('section', { class: 'new-session', 'aria-labelledby': 'new-heading' }, h('h2', { id: 'new-heading' }, t('classroom.newHeading')), h('p', {}, t('classroom.newIntro')), form);
}
