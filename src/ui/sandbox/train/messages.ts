// The training section's text (part of the `sandbox` namespace); the controls' own words (Train,
// Pause, …) are the shared `training` namespace's.
import type { Entry } from '../../i18n/messages';

export const trainMessages = {
  trainHeading: { en: 'Train it', zh: '训练它' },
  settingsHeading: { en: 'Training settings', zh: '训练设置' },
  settingsOptimizer: { en: 'Optimiser', zh: '优化器' },
  settingsData: { en: 'Training images', zh: '训练图像' },
  settingsSubset: { en: 'The first of the 60,000 (the last 10 % of them check the network as it learns)', zh: '取 60,000 张中的前若干张（其中最后 10% 用于训练中的验证）' },
  settingsSubsetCount: { en: 'How many', zh: '张数' },
  settingsAll: { en: 'All of them: {count} to learn from, 6,000 to check', zh: '全部：{count} 张用于学习，6,000 张用于验证' },
  settingsRange: { en: '{field} must be from {min} to {max}.', zh: '{field}必须在 {min} 到 {max} 之间。' },
  trainBlockedNetwork: { en: 'Training is off until the network is fixed: {problem}', zh: '网络修正之前无法训练：{problem}' },
  trainBlockedSettings: { en: 'Training is off until every setting is in its range.', zh: '所有设置都在范围内之前无法训练。' },
  progressEpochs: { en: 'Epochs', zh: '轮次' },
  progressBatches: { en: 'Batches of this epoch', zh: '本轮的批次' },
  progressLine: {
    en: 'Epoch {epoch}/{epochs} · batch {batch}/{batches} · loss {loss} · accuracy {acc}',
    zh: '第 {epoch}/{epochs} 轮 · 第 {batch}/{batches} 批 · 损失 {loss} · 准确率 {acc}',
  },
  chartCaption: { en: 'Accuracy and loss after each epoch: solid = training images, dashed = validation images.', zh: '每轮之后的准确率和损失：实线 = 训练图像，虚线 = 验证图像。' },
  testResult: { en: 'Test accuracy: {acc} ({errors} mistakes on {count} test images).', zh: '测试准确率：{acc}（{count} 张测试图像中错了 {errors} 张）。' },
  timingVsEstimate: { en: 'An epoch took {actual}; the estimate was {estimate}.', zh: '每轮用时 {actual}；估计为 {estimate}。' },
  timingOnly: { en: 'An epoch took {actual}.', zh: '每轮用时 {actual}。' },
} satisfies Readonly<Record<string, Entry>>;
