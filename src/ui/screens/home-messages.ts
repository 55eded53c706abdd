// The `home` namespace: the home page's texts, English and 简体中文; registered in the one table,
// src/ui/i18n/messages.ts.
import type { Entry } from '../i18n/messages';

export const home = {
  heading: { en: 'Teach a computer to tell a sneaker from a sandal', zh: '教电脑分清运动鞋和凉鞋' },
  lead: {
    en: 'FilterFit is a hands-on course in convolutional neural networks. You train real networks on 70,000 photos of clothing (Fashion-MNIST), right here in your browser, and watch them learn: their filters, their feature maps, their mistakes.',
    zh: 'FilterFit 是一门动手学习卷积神经网络的课程。你会直接在浏览器里用 70,000 张服装照片（Fashion-MNIST）训练真正的网络，并看着它们学习：它们的滤波器、特征图，以及它们犯的错。',
  },
  how: {
    en: 'Nothing is installed and nothing leaves your computer: the networks train on FilterFit’s own WebAssembly engine in a background worker.',
    zh: '无需安装，数据也不会离开你的电脑：网络在后台工作线程中用 FilterFit 自己的 WebAssembly 引擎训练。',
  },
  lessonTitle: { en: 'The lesson', zh: '课程' },
  lessonText: {
    en: 'Eleven short steps, from a single 1 × 3 filter to comparing architectures, after a Keras tutorial. Predict, train, check, earn points and badges.',
    zh: '十一个简短的步骤：从一个 1 × 3 的滤波器一直到比较不同的网络结构，内容取自一个 Keras 教程。先预测，再训练、检验，赢得积分和徽章。',
  },
  lessonAction: { en: 'Start the lesson', zh: '开始课程' },
  playTitle: { en: 'Play', zh: '游戏' },
  playText: {
    en: 'Predict the network: which class will it say for this image? Bet on it, build a streak, unlock harder levels.',
    zh: '猜猜网络的判断：它会把这张图像认作哪一类？下注、连胜，解锁更难的关卡。',
  },
  playAction: { en: 'Play', zh: '开始游戏' },
  sandboxTitle: { en: 'Sandbox', zh: '沙盒' },
  sandboxText: {
    en: 'Build your own network layer by layer, train it, and see how it compares.',
    zh: '一层一层地搭建你自己的网络，训练它，看看它表现如何。',
  },
  sandboxAction: { en: 'Open the sandbox', zh: '打开沙盒' },
  moreHeading: { en: 'More', zh: '更多' },
  moreImages: { en: 'Browse the test images', zh: '浏览测试图像' },
  moreLab: { en: 'Training lab: train any network with your own settings', zh: '训练实验室：用自己的设置训练任意网络' },
  moreEngineCheck: { en: 'Engine check: our kernels against TensorFlow.js', zh: '引擎自检：把我们的内核与 TensorFlow.js 对比' },
} satisfies Readonly<Record<string, Entry>>;
