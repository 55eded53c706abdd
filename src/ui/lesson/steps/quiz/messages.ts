// Messages of the step "Wrap-up quiz" (stepQuiz namespace), English and 简体中文
// side by side; merged into the one message table (src/ui/i18n/messages.ts) by ../../messages.ts.
import type { Entry } from '../../../i18n/messages';

export const stepQuiz = {
  title: { en: 'Wrap-up quiz', zh: '总结测验' },
  intro: {
    en: 'Seven rounds to finish the lesson: the four questions about shapes and parameter counts, mixed with three “what will your network predict?” rounds on the network you trained.',
    zh: '用七个回合结束本课程：四道关于形状和参数个数的题，中间穿插三个“你的网络会预测什么？”回合，用的是你训练的网络。',
  },
  questionShort: { en: 'Question {n}:', zh: '第 {n} 题：' },
  convOutput: {
    en: 'A Conv2D layer with {filters} filters of {k} × {k}, stride {s} and padding ‘valid’ gets a {n} × {n} × 1 image. What is its output shape?',
    zh: '一个卷积层有 {filters} 个 {k} × {k} 的滤波器，步长为 {s}，填充方式为“valid”，输入是一张 {n} × {n} × 1 的图像。它的输出形状是什么？',
  },
  convOutputWhy: {
    en: 'Each side: ⌊({n} − {k}) ÷ {s}⌋ + 1 = {out}; the depth is the number of filters, {filters}.',
    zh: '每条边：⌊({n} − {k}) ÷ {s}⌋ + 1 = {out}；深度等于滤波器个数 {filters}。',
  },
  poolOutput: {
    en: 'A Conv2D layer with {filters} filters of {k} × {k}, stride 1 and padding ‘same’ is followed by 2 × 2 max-pooling. The input is {n} × {n} × 1. What shape leaves the pooling layer?',
    zh: '一个卷积层有 {filters} 个 {k} × {k} 的滤波器，步长为 1，填充方式为“same”，后面接一个 2 × 2 最大池化层。输入为 {n} × {n} × 1。池化层输出的形状是什么？',
  },
  poolOutputWhy: {
    en: '‘Same’ padding keeps {n} × {n}; the 2 × 2 pool halves each side to {out}; pooling keeps the depth, {filters}.',
    zh: '“same”填充保持 {n} × {n}；2 × 2 池化把每条边减半为 {out}；池化不改变深度，仍为 {filters}。',
  },
  convParams: {
    en: 'The notebook’s second Conv2D layer has {filters} filters of {kh} × {kw} and gets an input of {n} × {n} × {in} (the first layer’s {in} feature maps). How many parameters does it have?',
    zh: '笔记本中的第二个卷积层有 {filters} 个 {kh} × {kw} 的滤波器，输入为 {n} × {n} × {in}（第一层输出的 {in} 张特征图）。它有多少个参数？',
  },
  convParamsWhy: {
    en: 'Each filter has {kh} × {kw} × {in} weights + 1 bias = {perFilter}; × {filters} filters = {total}.',
    zh: '每个滤波器有 {kh} × {kw} × {in} 个权重 + 1 个偏置 = {perFilter}；再乘以 {filters} 个滤波器 = {total}。',
  },
  denseParams: {
    en: 'After the channel max-pool ({n} × {n} × 1) and Flatten, the notebook’s Dense layer maps {inputs} inputs to {units} classes. How many parameters does it have?',
    zh: '经过通道最大池化（{n} × {n} × 1）和展平之后，笔记本中的全连接层把 {inputs} 个输入映射到 {units} 个类别。它有多少个参数？',
  },
  denseParamsWhy: {
    en: '{inputs} inputs × {units} units + {units} biases = {total}. Without the channel max-pool, all {channels} channels would make it about {channels} times larger.',
    zh: '{inputs} 个输入 × {units} 个单元 + {units} 个偏置 = {total}。如果没有通道最大池化，全部 {channels} 个通道会让它变大约 {channels} 倍。',
  },
  predictWhy: {
    en: 'Your network predicted {predicted} ({confidence} sure); the true class is {label}.',
    zh: '你的网络预测为{predicted}（把握 {confidence}）；真实类别是{label}。',
  },
  resultsHeading: { en: 'Your result', zh: '你的成绩' },
  score: {
    en: '{correct} of {total} right. Score of this game: {points}.',
    zh: '答对 {total} 题中的 {correct} 题。本局得分：{points}。',
  },
  firstScore: {
    en: 'Your first game: {correct} of {total} right ({points} points). You can play the rounds again for practice.',
    zh: '你的第一局：{total} 题答对 {correct} 题（{points} 分）。可以再玩一遍作为练习。',
  },
} satisfies Readonly<Record<string, Entry>>;
