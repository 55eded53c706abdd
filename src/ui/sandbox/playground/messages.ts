// The filter and stride playground's text (part of the `sandbox` namespace).
import type { Entry } from '../../i18n/messages';

export const playgroundMessages = {
  playHeading: { en: 'Filters and strides on one image', zh: '在一张图像上试试卷积核和步幅' },
  playIntro: {
    en: 'Pick a kernel or type your own numbers, change its size, the stride and the padding: the window slides over the image and the output map fills in, cell by cell (after ReLU: negative sums become 0).',
    zh: '选择一个卷积核或输入你自己的数字，改变它的大小、步幅和填充：窗口在图像上滑动，输出特征图一格一格地填满（经过 ReLU：负的和变为 0）。',
  },
  playKernel: { en: 'Kernel', zh: '卷积核' },
  playEdge: { en: 'Edge (left → right)', zh: '边缘（从左到右）' },
  playBlur: { en: 'Blur (average)', zh: '模糊（平均）' },
  playSharpen: { en: 'Sharpen', zh: '锐化' },
  playEmboss: { en: 'Emboss', zh: '浮雕' },
  playCustom: { en: 'My own numbers', zh: '我自己的数字' },
  playTrainedFilter: { en: 'Filter {filter} of my trained network', zh: '我训练的网络中的第 {filter} 个卷积核' },
  playStride: { en: 'Stride (both ways)', zh: '步幅（两个方向）' },
  playFormulaH: { en: 'Output height: {formula}', zh: '输出高度：{formula}' },
  playFormulaW: { en: 'Output width: {formula}', zh: '输出宽度：{formula}' },
  playKernelCaption: { en: 'The kernel’s {kh} × {kw} weights (edit any number)', zh: '卷积核的 {kh} × {kw} 个权重（可以修改任意数字）' },
  playWeightLabel: { en: 'Weight, row {row}, column {col}', zh: '权重，第 {row} 行第 {col} 列' },
  playWeightEmpty: { en: 'Type a number in every cell.', zh: '请在每个格子里填一个数字。' },
  playWeightNotNumber: { en: 'That is not a number (use digits, a point or comma, and a minus sign).', zh: '这不是数字（请使用数字、小数点或逗号以及负号）。' },
  playWeightOutOfRange: { en: 'Weights go from −{limit} to {limit}.', zh: '权重的范围是 −{limit} 到 {limit}。' },
  playPosition: { en: 'Window position', zh: '窗口位置' },
  playSpeed: { en: '{speed} positions per second', zh: '每秒 {speed} 个位置' },
  playPositionValue: { en: 'Position {position} of {count}', zh: '第 {position} 个位置，共 {count} 个' },
  playInputCaption: { en: 'Input 28 × 28{pad}', zh: '输入 28 × 28{pad}' },
  playPadded: { en: ' with zero padding (yellow)', zh: '，带零填充（黄色）' },
  playOutputCaption: { en: 'Output {height} × {width}', zh: '输出 {height} × {width}' },
  playArithmetic: {
    en: 'At output row {row}, column {col}: {terms} ({count} products) = {sum}; plus the bias {bias}, then ReLU: {output}.',
    zh: '在输出第 {row} 行第 {col} 列：{terms}（共 {count} 个乘积）= {sum}；加上偏置 {bias}，再经过 ReLU：{output}。',
  },
} satisfies Readonly<Record<string, Entry>>;
