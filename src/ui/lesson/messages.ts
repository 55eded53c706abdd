// Messages of the lesson frame (lesson namespace: step list, progress, Back/Next, reset, quick mode)
// and the strings several steps share, English and 简体中文 side by side; plus the list of the
// steps' own namespaces. All of it is merged into the one message table in src/ui/i18n/messages.ts.
import type { Entry } from '../i18n/messages';
import { stepData } from './steps/data/messages';
import { stepConvolution } from './steps/convolution/messages';
import { stepDenseVsConv } from './steps/dense-vs-conv/messages';
import { stepFirstNetwork } from './steps/first-network/messages';
import { stepTrain } from './steps/train/messages';
import { stepErrors } from './steps/errors/messages';
import { stepInside } from './steps/inside/messages';
import { stepWeights } from './steps/weights/messages';
import { stepChannelMax } from './steps/channel-max/messages';
import { stepCompare } from './steps/compare/messages';
import { stepQuiz } from './steps/quiz/messages';

export const lesson = {
  // The lesson frame: step list, progress and points, Back/Next, quick mode, reset.
  navLesson: { en: 'Lesson', zh: '课程' },
  stepsLabel: { en: 'Lesson steps', zh: '课程步骤' },
  stepStateDone: { en: '(done)', zh: '（已完成）' },
  stepStateLocked: { en: '(locked)', zh: '（未解锁）' },
  progress: { en: '{done} of {total} steps done', zh: '已完成 {done}/{total} 步' },
  points: { en: 'Points: {points}', zh: '积分：{points}' },
  stepHeading: { en: 'Step {n} of {total}: {title}', zh: '第 {n} 步（共 {total} 步）：{title}' },
  back: { en: 'Back', zh: '上一步' },
  next: { en: 'Next', zh: '下一步' },
  nextLocked: { en: 'Finish this step’s check to unlock the next step.', zh: '完成本步的练习后即可解锁下一步。' },
  lastStep: { en: 'This is the last step of the lesson.', zh: '这是课程的最后一步。' },
  stepDone: { en: 'Step done: {points} points. The next step is unlocked.', zh: '本步完成：获得 {points} 分。下一步已解锁。' },
  lessonDone: { en: 'Lesson complete: {points} points in all. Well done!', zh: '课程完成：共获得 {points} 分。做得好！' },
  stepFailed: { en: 'This step could not start: {detail}', zh: '本步无法启动：{detail}' },
  quickMode: { en: 'Quick mode: train on a subset', zh: '快速模式：只用部分数据训练' },
  quickModeHint: {
    en: 'Each training step then takes seconds. Turn it off to train on all 54,000 training images (slower, a little more accurate).',
    zh: '这样每个训练步骤只需几秒钟。关闭后会用全部 54,000 张训练图像训练（更慢，准确率略高）。',
  },
  reset: { en: 'Reset lesson', zh: '重置课程' },
  resetTitle: { en: 'Reset the lesson?', zh: '要重置课程吗？' },
  resetBody: {
    en: 'This deletes your progress, points, answers and trained networks in this browser. It cannot be undone.',
    zh: '这会删除本浏览器中保存的进度、积分、答案和训练好的网络，且无法恢复。',
  },
  resetConfirm: { en: 'Yes, reset', zh: '确定重置' },
  resetCancel: { en: 'Cancel', zh: '取消' },
  resetDone: { en: 'The lesson was reset. You are back at step 1.', zh: '课程已重置，你回到了第 1 步。' },
  teacherMode: { en: 'Teacher mode: every step is unlocked.', zh: '教师模式：所有步骤均已解锁。' },

  // Common to the steps' checks.
  check: { en: 'Check', zh: '检查' },
  checkAnswers: { en: 'Check my answers', zh: '检查我的答案' },
  feedbackRight: { en: 'Right: {answer}.', zh: '正确：{answer}。' },
  feedbackWrong: { en: 'Not quite: the answer is {answer}.', zh: '不太对：正确答案是 {answer}。' },
  enterNumbers: { en: 'Please enter a whole number in every field.', zh: '请在每一栏中填写一个整数。' },

  // The steps that use a network in the worker: the learner's first network, or a busy worker.
  firstNetworkTrained: { en: 'This is your trained first network (step 5).', zh: '这是你训练好的第一个网络（第 5 步）。' },
  firstNetworkUntrained: {
    en: 'You have not trained the first network yet, so this is an untrained network with random weights: its filters are random too, and so is its prediction.',
    zh: '你还没有训练第一个网络，所以这里是一个权重随机、未经训练的网络：它的滤波器是随机的，预测也是随机的。',
  },
  firstNetworkTrainLink: { en: 'Train it in step 5', zh: '去第 5 步训练它' },
  workerBusy: {
    en: 'The network is busy (is another step training?). Wait until it has finished, then try again. ({detail})',
    zh: '网络正忙（是否有其他步骤正在训练？）。请等它完成后再试。（{detail}）',
  },

  // The steps that train networks or score a trained one.
  stop: { en: 'Stop', zh: '停止' },
  retry: { en: 'Try again', zh: '重试' },
  budgetLegend: { en: 'How much training', zh: '训练量' },
  crashed: {
    en: 'The training worker stopped unexpectedly ({detail}). Start a new one and try again.',
    zh: '训练工作线程意外停止（{detail}）。请启动新的工作线程后重试。',
  },
  failed: { en: 'Something went wrong: {detail}', zh: '出错了：{detail}' },
} satisfies Readonly<Record<string, Entry>>;

/** The lesson's namespaces: its own, then one per step (a new step adds its line here). */
export const lessonMessages = {
  lesson,
  stepData,
  stepConvolution,
  stepDenseVsConv,
  stepFirstNetwork,
  stepTrain,
  stepErrors,
  stepInside,
  stepWeights,
  stepChannelMax,
  stepCompare,
  stepQuiz,
} as const;
