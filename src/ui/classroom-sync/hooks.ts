// The calls the app's screens make to report to the class: one line at each hook point (the
// lesson's store, a quiz or checkpoint answer, a play round and a finished game). Each does
// nothing unless the page is served by the classroom server and the student joined; what they
// send is decided here (pure helpers, tested in Node), not in the screens.
import type { WriteData } from '../../classroom/schemas';
import type { Game } from '../play/game/game-state';
import type { LevelId } from '../play/game/levels';
import { totalPoints, type LessonSnapshot } from '../lesson/lesson-state';
import { classroomSync } from './classroom-sync';

/** What the lesson's store offers the sync: its state and change notifications. */
export interface LessonSource {
  readonly state: LessonSnapshot;
  subscribe(listener: () => void): () => void;
  dispatch(action: { type: 'quickMode'; on: boolean }): void;
}

/** The progress record to send when the lesson went from `before` to `after` (null: nothing new). */
export function lessonProgress(before: LessonSnapshot | null, after: LessonSnapshot): WriteData<'progress'> | null {
  const points = totalPoints(after);
  if (before && before.current === after.current && totalPoints(before) === points && before.completed.length === after.completed.length) return null;
  return { stepId: after.current, points };
}

/**
 * Reports each step reached and the running points of `store` to the class, and applies the
 * session's quick/full choice once. Returns the unsubscribe function.
 */
export function syncLesson(store: LessonSource): () => void {
  const sync = classroomSync();
  if (!sync) return () => {};
  let last: LessonSnapshot | null = null;
  let modeApplied = false;
  const report = () => {
    if (!sync.active) return;
    const mode = sync.state.me?.activities.lesson?.mode;
    if (mode && !modeApplied) {
      modeApplied = true;
      store.dispatch({ type: 'quickMode', on: mode === 'quick' });
    }
    const progress = lessonProgress(last, store.state);
    last = store.state;
    if (progress) sync.record('progress', progress);
  };
  const unsubscribeStore = store.subscribe(report);
  const unsubscribeSync = sync.subscribe(report); // joining later reports where the learner is
  report();
  return () => {
    unsubscribeStore();
    unsubscribeSync();
  };
}

/** A lesson question answered (quiz question, prediction checkpoint round); `chosen` is the choice as text. */
export function reportAnswer(questionId: string, correct: boolean, chosen: string | number): void {
  classroomSync()?.record('answer', { questionId, correct, chosen: String(chosen).slice(0, 200) });
}

/** The class's play settings (everyone the same seed and level), or null outside a class game. */
export function classPlay(): { seed: number; level: LevelId } | null {
  const sync = classroomSync();
  const play = sync?.active ? sync.state.me?.activities.play : null;
  return play ? { seed: play.seed, level: play.level as LevelId } : null;
}

/** The record of round `index` of `game`: only class rounds the learner answered carry classes. */
export function playRoundRecord(game: Game, index: number): WriteData<'playRound'> | null {
  const round = game.rounds[index];
  const answer = game.answers[index];
  if (!round || !answer || (round.kind !== 'network' && round.kind !== 'truth')) return null;
  if (answer.choice === null || answer.label === undefined || answer.predicted === undefined) return null;
  return {
    roundId: `s${game.seed}-l${game.level}-r${index + 1}`,
    seed: game.seed,
    level: game.level,
    predicted: answer.choice,
    network: answer.predicted,
    truth: answer.label,
    bet: answer.bet,
    points: answer.points,
  };
}

/** After round `index` of a class game: its record. Games with other settings than the class's are not sent. */
export function reportPlayRound(game: Game, index: number): void {
  const play = classPlay();
  if (!play || play.seed !== game.seed || play.level !== game.level) return;
  const record = playRoundRecord(game, index);
  if (record) classroomSync()?.record('playRound', record);
}

/** A class game finished: its score. */
export function reportPlayScore(game: Game): void {
  const play = classPlay();
  if (!play || play.seed !== game.seed || play.level !== game.level) return;
  classroomSync()?.record('playScore', { seed: game.seed, level: game.level, score: game.score });
}
