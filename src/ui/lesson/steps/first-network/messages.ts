// Messages of the step "Build the first network" (stepFirstNetwork namespace), English and 简体中文
// side by side; merged into the one message table (src/ui/i18n/messages.ts) by ../../messages.ts.
import type { Entry } from '../../../i18n/messages';

export const stepFirstNetwork = {
  title: { en: 'Build the first network', zh: '搭建第一个网络' },
  intro: {
    en: 'The tutorial’s first network has three layers: a Conv2D layer with 5 filters of 1 × 3 (stride 1, no padding, ReLU); a Flatten layer that lays the 5 feature maps out in one long row; and a Dense softmax layer that turns that row into 10 class probabilities.',
    zh: '教程中的第一个网络有三层：一个卷积层（Conv2D），有 5 个 1 × 3 的滤波器（步长 1，无填充，ReLU）；一个展平层（Flatten），把 5 张特征图排成一长行；以及一个 softmax 全连接层（Dense），把这一行变成 10 个类别的概率。',
  },
  codeHeading: { en: 'The Keras code', zh: 'Keras 代码' },
  checkHeading: { en: 'Predict before you look', zh: '先预测，再揭晓' },
  checkIntro: {
    en: 'Work out the conv layer’s output shape and the network’s number of parameters, then reveal Keras’ summary.',
    zh: '算出卷积层的输出形状和整个网络的参数个数，然后揭晓 Keras 的模型摘要。',
  },
  shapeLegend: { en: 'Output shape of the Conv2D layer', zh: '卷积层的输出形状' },
  height: { en: 'Height', zh: '高' },
  width: { en: 'Width', zh: '宽' },
  channels: { en: 'Channels (filters)', zh: '通道数（滤波器个数）' },
  paramsLabel: { en: 'Total parameters (weights and biases)', zh: '参数总数（权重和偏置）' },
  hint: {
    en: 'Hint: without padding, a window 3 pixels wide cannot be centred on the first or last column. Every filter has one bias; the Dense layer has one weight per input and class, plus one bias per class.',
    zh: '提示：没有填充时，3 像素宽的窗口无法以第一列或最后一列为中心。每个滤波器有一个偏置；全连接层对每个输入和每个类别各有一个权重，另外每个类别有一个偏置。',
  },
  reveal: { en: 'Check and reveal', zh: '检查并揭晓' },
  shapeValue: { en: '{height} × {width} × {channels}', zh: '{height} × {width} × {channels}' },
  revealed: { en: 'Here is Keras’ summary: {total} parameters in all.', zh: '下面是 Keras 的模型摘要：共 {total} 个参数。' },
  summaryHeading: { en: 'model.summary()', zh: 'model.summary() 的输出' },
  arithmeticHeading: { en: 'Where the numbers come from', zh: '这些数字是怎么来的' },
  convParams: {
    en: 'Conv2D: {filters} filters × ({kh} × {kw} × {channels} weights + 1 bias) = {count} parameters.',
    zh: '卷积层：{filters} 个滤波器 ×（{kh} × {kw} × {channels} 个权重 + 1 个偏置）= {count} 个参数。',
  },
  flattenShape: {
    en: 'Flatten: {height} × {width} × {channels} = {count} values in one row (no parameters).',
    zh: '展平层：{height} × {width} × {channels} = {count} 个数排成一行（没有参数）。',
  },
  denseParams: {
    en: 'Dense: {inputs} inputs × {units} units + {units} biases = {count} parameters.',
    zh: '全连接层：{inputs} 个输入 × {units} 个单元 + {units} 个偏置 = {count} 个参数。',
  },
  totalParams: { en: 'Total: {conv} + {dense} = {total}.', zh: '合计：{conv} + {dense} = {total}。' },
  diagramHeading: { en: 'Layer diagram', zh: '网络结构图' },
  diagramIntro: {
    en: 'Like Keras’ plot_model(show_shapes=True): each box is a layer with the shape it receives and the shape it passes on (None stands for the batch size).',
    zh: '类似 Keras 的 plot_model(show_shapes=True)：每个方框是一层，标出它接收的形状和输出的形状（None 代表批大小）。',
  },
  input: { en: 'Input', zh: '输入' },
  output: { en: 'Output', zh: '输出' },
  params: { en: 'Parameters', zh: '参数' },
} satisfies Readonly<Record<string, Entry>>;
