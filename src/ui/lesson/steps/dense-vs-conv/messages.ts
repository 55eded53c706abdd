// Messages of the step "Why not dense?" (stepDenseVsConv namespace), English and 简体中文
// side by side; merged into the one message table (src/ui/i18n/messages.ts) by ../../messages.ts.
import type { Entry } from '../../../i18n/messages';

export const stepDenseVsConv = {
  title: { en: 'Why not dense?', zh: '为什么不用全连接层？' },
  intro: {
    en: 'Why not connect every pixel straight to the 10 classes with a dense layer? Compare the weights each way needs. On both sides the yellow frame is a 1 × 3 window moving over the same image.',
    zh: '为什么不直接用全连接（Dense）层把每个像素连到 10 个类别？比较一下两种做法各需要多少权重。两边的黄色方框都是在同一张图像上移动的 1 × 3 窗口。',
  },
  denseHeading: { en: 'Dense layer', zh: '全连接层' },
  denseText: {
    en: 'Each of the {units} units has its own weight for every one of the {side} × {side} pixels. Wherever the window goes, it meets three different weights (the colour wash shows them).',
    zh: '{units} 个单元中的每一个，都为 {side} × {side} 个像素中的每个像素配一个自己的权重。窗口移到哪里，遇到的都是三个不同的权重（彩色底纹表示它们）。',
  },
  convHeading: { en: 'Convolution with 1 × 3 filters', zh: '使用 1 × 3 滤波器的卷积' },
  convText: {
    en: 'A filter has only {kh} × {kw} weights: w1, w2 and w3. The same three weights multiply the three pixels under the window at every one of its {positions} positions: weight sharing.',
    zh: '一个滤波器只有 {kh} × {kw} 个权重：w1、w2 和 w3。窗口在全部 {positions} 个位置上，都用这同样的三个权重去乘窗口下的三个像素：这就是权重共享。',
  },
  weightName: { en: 'w{n}', zh: 'w{n}' },
  controls: { en: 'Window animation', zh: '窗口动画' },
  prev: { en: 'Previous position', zh: '上一个位置' },
  next: { en: 'Next position', zh: '下一个位置' },
  position: { en: 'Window position', zh: '窗口位置' },
  positionValue: { en: 'position {n} of {total}: row {row}, columns {first}–{last}', zh: '第 {n} 个位置（共 {total} 个）：第 {row} 行，第 {first}–{last} 列' },
  where: {
    en: 'Window at row {row}, columns {first}–{last} (position {n} of {total}). Right: the same weights w1, w2, w3 as everywhere. Left: three weights that belong to these three pixels only.',
    zh: '窗口位于第 {row} 行、第 {first}–{last} 列（第 {n} 个位置，共 {total} 个）。右边：与其他位置相同的权重 w1、w2、w3。左边：只属于这三个像素的三个权重。',
  },
  canvas: {
    en: 'The same clothing image twice with a 1 × 3 window on it: on the left for a dense layer, with a different weight colour under every pixel; on the right for the convolution, whose window always carries the same three weight colours.',
    zh: '同一张服装图像显示两次，上面各有一个 1 × 3 窗口：左边表示全连接层，每个像素下都有不同颜色的权重；右边表示卷积，窗口始终带着同样的三种权重颜色。',
  },
  checkHeading: { en: 'Count the weights', zh: '数一数权重' },
  checkIntro: { en: 'Leaving the biases aside, how many weights does each way need?', zh: '先不算偏置，两种做法各需要多少个权重？' },
  denseQuestion: { en: 'Dense layer, {side} × {side} pixels → {units} units:', zh: '全连接层，{side} × {side} 个像素 → {units} 个单元：' },
  convQuestion: { en: 'Convolution, {filters} filters of {kh} × {kw}:', zh: '卷积层，{filters} 个 {kh} × {kw} 的滤波器：' },
  denseAnswer: { en: '{inputs} × {units} = {denseWeights}', zh: '{inputs} × {units} = {denseWeights}' },
  convAnswer: { en: '{filters} × {kh} × {kw} = {convWeights}', zh: '{filters} × {kh} × {kw} = {convWeights}' },
  ratio: {
    en: 'The convolution needs {ratio} times fewer weights — and the same filter finds a pattern anywhere in the image.',
    zh: '卷积所需的权重只有全连接层的 1/{ratio}——而且同一个滤波器能在图像的任何位置找到同一种图案。',
  },
  tableCaption: { en: 'Parameters of the two layers (as Keras counts them)', zh: '两种层的参数（按 Keras 的计数方式）' },
  columnLayer: { en: 'Layer', zh: '层' },
  columnWeights: { en: 'Weights', zh: '权重' },
  columnBiases: { en: 'Biases', zh: '偏置' },
  columnTotal: { en: 'Total', zh: '合计' },
  denseRow: { en: 'Dense, {inputs} → {units}', zh: '全连接层，{inputs} → {units}' },
  convRow: { en: 'Conv2D, {filters} × {kh} × {kw}', zh: '卷积层，{filters} × {kh} × {kw}' },
} satisfies Readonly<Record<string, Entry>>;
