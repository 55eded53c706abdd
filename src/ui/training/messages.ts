// The `training` message namespace: what any screen that trains says about a run — its phases,
// how it ended, the worker's health — and the controls every training screen has. Registered in
// the one table, src/ui/i18n/messages.ts.
import type { Entry } from '../i18n/messages';

export const training = {
  start: { en: 'Train', zh: '开始训练' },
  pause: { en: 'Pause', zh: '暂停' },
  resume: { en: 'Resume', zh: '继续' },
  stop: { en: 'Stop', zh: '停止' },
  restartWorker: { en: 'Start a new worker', zh: '启动新的工作线程' },
  workerRestarted: { en: 'A new training worker is ready.', zh: '新的训练工作线程已就绪。' },
  statusBuilding: { en: 'Building the network…', zh: '正在构建网络……' },
  statusTraining: { en: 'Training…', zh: '正在训练……' },
  statusPaused: { en: 'Paused.', zh: '已暂停。' },
  statusTesting: { en: 'Scoring on the 10,000 test images…', zh: '正在用 10,000 张测试图像评分……' },
  statusStopped: { en: 'Stopped after {epochs} epochs.', zh: '已在第 {epochs} 轮后停止。' },
  threadsFallback: {
    en: 'Training runs on {threads} thread: this page cannot share memory between threads (it is not cross-origin isolated).',
    zh: '训练只在 {threads} 个线程上运行：本页无法在线程之间共享内存（页面未启用跨源隔离）。',
  },
  diverged: {
    en: 'Training stopped: the loss is no longer a number ({detail}). The weights from the last good epoch were restored. Try a smaller learning rate.',
    zh: '训练已停止：损失值不再是有效数字（{detail}）。已恢复到上一轮正常时的权重。请尝试更小的学习率。',
  },
  crashed: {
    en: 'The training worker stopped unexpectedly ({detail}). Your settings are kept: start a new worker and train again.',
    zh: '训练工作线程意外停止（{detail}）。你的设置都保留着：请启动新的工作线程后重新训练。',
  },
  invalidSpec: { en: 'This network cannot be built: {detail}', zh: '无法构建这个网络：{detail}' },
  failed: { en: 'Training failed: {detail}', zh: '训练失败：{detail}' },
  resumeRegion: { en: 'Unfinished run', zh: '未完成的训练' },
  resumeOffer: {
    en: 'A run of {model} stopped after epoch {epoch} of {epochs}. Its progress was saved then.',
    zh: '{model} 的一次训练在第 {epoch} 轮后中断（共 {epochs} 轮）。当时的进度已保存。',
  },
  resumeFrom: { en: 'Continue from epoch {epoch}', zh: '从第 {epoch} 轮继续' },
  resumeDiscard: { en: 'Discard it', zh: '丢弃' },
} satisfies Readonly<Record<string, Entry>>;
