// Messages of the step "Look inside" (stepInside namespace), English and 简体中文
// side by side; merged into the one message table (src/ui/i18n/messages.ts) by ../../messages.ts.
import type { Entry } from '../../../i18n/messages';

export const stepInside = {
  navTitle: { en: 'Look inside', zh: '看看网络内部' },
  title: { en: 'Look inside the network', zh: '看看网络内部' },
  intro: {
    en: 'The notebook builds a second model whose outputs are the outputs of every layer, runs test image 35 through it and plots each channel in a grid of five columns. Here the same happens with your own network: pick an image, or draw one, and see what each layer makes of it.',
    zh: '笔记本构建了第二个模型，它的输出就是每一层的输出；把测试图像 35 输入进去，再把每个通道画在五列的网格里。这里用你自己的网络做同样的事：选一张图像或自己画一张，看看每一层把它变成了什么。',
  },
  source: { en: 'Image to look at', zh: '要查看的图像' },
  sourceTest: { en: 'A test image', zh: '一张测试图像' },
  sourceDraw: { en: 'Your own picture (draw or load one)', zh: '你自己的图片（画一张或载入一张）' },
  gridCaption: {
    en: 'Layer {index} “{name}” ({kind}): {count} feature maps of {height} × {width}',
    zh: '第 {index} 层“{name}”（{kind}）：{count} 张 {height} × {width} 的特征图',
  },
  flattenCaption: {
    en: 'Layer {index} “{name}” (Flatten): the same {count} numbers in one long row (wrapped here)',
    zh: '第 {index} 层“{name}”（Flatten）：同样的 {count} 个数排成一长行（这里折行显示）',
  },
  denseCaption: {
    en: 'Layer {index} “{name}” (Dense, softmax): one probability per class',
    zh: '第 {index} 层“{name}”（Dense，softmax）：每个类别一个概率',
  },
  trueLabel: { en: 'True label: {label}.', zh: '真实标签：{label}。' },
  ownPicture: { en: 'Your own picture has no label: is the prediction what you meant?', zh: '你自己的图片没有标签：预测结果和你想画的一样吗？' },
  predicted: { en: 'The network predicts: {label} ({probability}).', zh: '网络的预测：{label}（{probability}）。' },
  loading: { en: 'Running the image through the network…', zh: '正在把图像输入网络……' },
  layerDescription: {
    en: 'Layer {index} “{name}”: {count} feature maps of {height} × {width}. {channels}',
    zh: '第 {index} 层“{name}”：{count} 张 {height} × {width} 的特征图。{channels}',
  },
  question: {
    en: 'Check: is the feature map of one of the filters empty for this image — completely black, every value 0? Which one?',
    zh: '检查：对这张图像，是否有某个滤波器的特征图是空的——全黑、每个值都是 0？是哪一个？',
  },
  none: { en: 'None of them', zh: '一个也没有' },
  right: { en: 'Right.', zh: '正确。' },
  wrongNone: { en: 'Look again: one of the maps is completely black.', zh: '再看看：有一张特征图是全黑的。' },
  wrongPick: {
    en: 'Not that one: its map has light pixels, so some values are above 0. Look for a completely black map — or choose “None of them”.',
    zh: '不是这个：它的特征图里有亮的像素，说明有些值大于 0。找一张全黑的特征图——或者选“一个也没有”。',
  },
  emptyNote: {
    en: 'Empty for this image: {filters}. ReLU turned all its values into 0, so the next layer gets nothing from it here.',
    zh: '对这张图像为空的：{filters}。ReLU 把它的所有值都变成了 0，所以这里下一层从它那里什么也得不到。',
  },
  flatNote: { en: 'Almost constant for this image: {filters}.', zh: '对这张图像几乎不变的：{filters}。' },
  noEmptyNote: {
    en: 'No filter is empty for this image. Try other images: some filters go dark for some pictures.',
    zh: '对这张图像没有空的滤波器。试试其他图像：有些滤波器会对某些图片完全不响应。',
  },
  deadNote: {
    en: 'Empty for all {count} sample test images: {filters} — a dead filter. The tutorial found such empty filters too and took them as a hint to use fewer filters or layers.',
    zh: '对全部 {count} 张示例测试图像都为空：{filters}——这是一个“死”滤波器。教程中也出现了这样的空滤波器，并把它当作可以减少滤波器或层数的提示。',
  },
} satisfies Readonly<Record<string, Entry>>;
