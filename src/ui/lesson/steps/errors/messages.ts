// Messages of the step "Where it goes wrong" (stepErrors namespace), English and 简体中文
// side by side; merged into the one message table (src/ui/i18n/messages.ts) by ../../messages.ts.
import type { Entry } from '../../../i18n/messages';

export const stepErrors = {
  navTitle: { en: 'Where it goes wrong', zh: '哪里出错了' },
  title: { en: 'Where it goes wrong', zh: '错在哪里' },
  intro: {
    en: 'Your trained network now looks at all 10,000 test images. Which ones does it get wrong, and how sure is it when it does?',
    zh: '你训练好的网络现在来看全部 10,000 张测试图像。它会认错哪些？认错的时候又有多大把握？',
  },
  statusPredicting: { en: 'Your network is looking at the 10,000 test images…', zh: '你的网络正在查看 10,000 张测试图像……' },
  needsTraining: {
    en: 'There is no trained network yet. Train it in the step “Train it”, then come back.',
    zh: '还没有训练好的网络。请先在“训练它”这一步训练网络，然后再回来。',
  },
  summary: { en: 'Test accuracy {acc}: {errors} of the {count} test images are misclassified.', zh: '测试准确率 {acc}：{count} 张测试图像中有 {errors} 张被分错。' },
  checkpointHeading: { en: 'Prediction checkpoint', zh: '预测检查点' },
  checkpointIntro: {
    en: 'Before each reveal, pick the class you think the network will predict for the image — not necessarily the right one. Each match earns {points} points.',
    zh: '每次揭晓之前，先选出你认为网络会给这张图像预测的类别——不一定是正确答案。每猜中一次得 {points} 分。',
  },
  checkpointRound: { en: 'Image {n} of {total}', zh: '第 {n} 张，共 {total} 张' },
  checkpointTruth: { en: 'Test image {index}. Its true label: {label}.', zh: '测试图像 {index}。真实标签：{label}。' },
  checkpointImageLabel: { en: 'Test image {index}, true label {label}', zh: '测试图像 {index}，真实标签为{label}' },
  choiceLegend: { en: 'Which class will the network predict?', zh: '网络会预测成哪个类别？' },
  reveal: { en: 'Reveal', zh: '揭晓' },
  nextImage: { en: 'Next image', zh: '下一张' },
  pickFirst: { en: 'Pick a class first.', zh: '请先选择一个类别。' },
  revealRight: {
    en: 'You were right: the network says {predicted} ({p}), next {second} ({p2}). {verdict} +{points} points.',
    zh: '你猜对了：网络的答案是{predicted}（{p}），其次是{second}（{p2}）。{verdict}+{points} 分。',
  },
  revealWrong: {
    en: 'The network says {predicted} ({p}), next {second} ({p2}) — you picked {choice}. {verdict}',
    zh: '网络的答案是{predicted}（{p}），其次是{second}（{p2}）——你选的是{choice}。{verdict}',
  },
  verdictRight: { en: 'That is correct.', zh: '这是正确的。' },
  verdictWrong: { en: 'That is wrong: it is a {label}.', zh: '这是错的：它其实是{label}。' },
  checkpointScore: { en: 'So far you matched the network {correct} of {answered} times ({points} points).', zh: '到目前为止，你猜中了网络 {answered} 次中的 {correct} 次（{points} 分）。' },
  checkpointDone: {
    en: 'Checkpoint done: you matched the network {correct} of {total} times ({points} points).',
    zh: '检查点完成：{total} 次中你猜中了网络 {correct} 次（{points} 分）。',
  },
} satisfies Readonly<Record<string, Entry>>;
