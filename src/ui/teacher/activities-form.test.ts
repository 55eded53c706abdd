import { describe, expect, it } from 'vitest';
import { activitiesSchema } from '../../classroom/schemas';
import { activitiesFromForm, DEFAULT_FORM, type FormValues } from './activities-form';

const form = (changes: Partial<FormValues>): FormValues => ({ ...structuredClone(DEFAULT_FORM), ...changes });

describe('activitiesFromForm', () => {
  it('turns the default form into activities the server accepts', () => {
    const result = activitiesFromForm(DEFAULT_FORM);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(activitiesSchema.safeParse(result.activities).success).toBe(true);
    expect(result.activities.challenge).toEqual({ maxParams: 50_000, maxEpochs: 3 });
    expect(result.activities.experiment?.architectures).toHaveLength(5);
  });

  it('leaves unchecked activities out and keeps the table order of architectures', () => {
    const result = activitiesFromForm(form({ lesson: false, play: false, challenge: false, experimentArchitectures: ['seed-notebook', 'compare-conv'] }));
    expect(result).toEqual({ ok: true, activities: { lesson: null, play: null, challenge: null, experiment: { architectures: ['compare-conv', 'seed-notebook'], epochs: 3 } } });
  });

  it('names the field of a bad number and the range', () => {
    expect(activitiesFromForm(form({ challengeMaxParams: '2000000' }))).toEqual({
      ok: false,
      problem: { key: 'classroom.invalidNumber', params: { min: 100, max: 200_000 }, field: 'classroom.challengeMaxParams' },
    });
    expect(activitiesFromForm(form({ playLevel: '2.5' }))).toMatchObject({ ok: false, problem: { field: 'classroom.playLevel' } });
  });

  it('asks for at least one activity and one architecture', () => {
    expect(activitiesFromForm(form({ lesson: false, play: false, challenge: false, experiment: false }))).toEqual({ ok: false, problem: { key: 'classroom.chooseOne' } });
    expect(activitiesFromForm(form({ experimentArchitectures: [] }))).toEqual({ ok: false, problem: { key: 'classroom.chooseArchitecture' } });
  });
});
