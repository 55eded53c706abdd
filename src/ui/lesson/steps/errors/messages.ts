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
  summary: { en: 'Test accuracy {acc}: {errors} of the {count} test images are misclassified.', zh: '测试准确率 {acc}：{count} 张测试图像中有 {errors} 张被分错。' },
  checkpointHeading: { en: 'Prediction checkpoint', zh: '预测检查点' },
  checkpointIntro: {
    en: 'Four rounds. Before each reveal, pick the class you think the network will predict for the image — not necessarily the right one. Your game score goes into the lesson’s points.',
    zh: '共四个回合。每次揭晓之前，先选出你认为网络会给这张图像预测的类别——不一定是正确答案。本局得分会计入课程积分。',
  },
} satisfies Readonly<Record<string, Entry>>;
