// Messages of the step "A custom layer: channel max-pooling" (stepChannelMax namespace), English and 简体中文
// side by side; merged into the one message table (src/ui/i18n/messages.ts) by ../../messages.ts.
import type { Entry } from '../../../i18n/messages';

export const stepChannelMax = {
  title: { en: 'A custom layer: channel max-pooling', zh: '自定义层：通道最大池化' },
  intro: {
    en: 'Keras has no layer that pools across channels, so the notebook writes one: a Lambda layer with reduce_max(X, axis=3, keepdims=True). At every pixel it keeps the largest of the 20 channel values, so 28 × 28 × 20 numbers become 28 × 28 × 1 — with no weights at all. The dense layer after it then needs only 784 × 10 + 10 = 7,850 weights.',
    zh: 'Keras 没有跨通道池化的层，所以笔记本自己写了一个：用 reduce_max(X, axis=3, keepdims=True) 的 Lambda 层。它在每个像素上保留 20 个通道值中最大的那个，于是 28 × 28 × 20 个数变成了 28 × 28 × 1——而且完全没有权重。它后面的全连接层只需要 784 × 10 + 10 = 7,850 个权重。',
  },
  summaryCaption: { en: 'The notebook’s model: model.summary()', zh: '笔记本中的模型：model.summary()' },
  animationHeading: { en: 'The maximum across channels, pixel by pixel', zh: '逐像素地取各通道的最大值' },
  untrained: {
    en: 'The pictures use the untrained notebook model (random filters) until you train it below.',
    zh: '在你于下方训练之前，图中使用的是未训练的笔记本模型（随机滤波器）。',
  },
  trainedNote: { en: 'The pictures use your trained notebook model.', zh: '图中使用的是你训练好的笔记本模型。' },
  gridCaption: { en: '{name}: 20 maps, 28 × 28', zh: '{name}：20 张 28 × 28 的图' },
  stackCaption: { en: '20 values at this pixel', zh: '此像素上的 20 个值' },
  outputCaption: { en: 'Channel max 28 × 28 × 1', zh: '通道最大值 28 × 28 × 1' },
  positionLabel: { en: 'Pixel', zh: '像素' },
  speedOption: { en: '{speed} pixels per second', zh: '每秒 {speed} 个像素' },
  pixelValue: { en: 'Pixel {position} of 784: row {row}, column {col}', zh: '第 {position} 个像素，共 784 个：第 {row} 行第 {col} 列' },
  pixelLine: {
    en: 'Row {row}, column {col}: the 20 channel values are {values}.',
    zh: '第 {row} 行第 {col} 列：20 个通道的值为 {values}。',
  },
  maxLine: {
    en: 'The largest is {max} (channel {channel}) → output row {row}, column {col} = {max}.',
    zh: '最大的是 {max}（通道 {channel}）→ 输出第 {row} 行第 {col} 列 = {max}。',
  },
  canvasDescription: {
    en: 'The picture shows the 20 feature maps with the current pixel marked, the 20 values at that pixel as bars with the largest highlighted, and the channel-max output filling in pixel by pixel. The numbers are listed below.',
    zh: '图中是 20 张特征图（标出了当前像素）、当前像素上的 20 个值组成的条形图（最大值高亮），以及逐像素填充的通道最大值输出。具体数值列在下方。',
  },
  trainHeading: { en: 'Train it and compare with your first network', zh: '训练它，并与你的第一个网络比较' },
  predictLegend: {
    en: 'Before training: will this model, with 9,770 parameters, beat your first network, which has 36,430, on the test images?',
    zh: '训练之前先猜一猜：这个只有 9,770 个参数的模型，在测试图像上会比有 36,430 个参数的第一个网络更好吗？',
  },
  predictYes: { en: 'Yes, it will be more accurate', zh: '会，它会更准确' },
  predictNo: { en: 'No, fewer parameters means less accurate', zh: '不会，参数更少就不那么准确' },
  budgetQuick: { en: 'Quick: {epochs} epochs on {images} training images (about 10–20 s)', zh: '快速：用 {images} 张训练图像训练 {epochs} 轮（约 10–20 秒）' },
  budgetFull: { en: 'Full: {epochs} epochs on all {images} training images (a few minutes)', zh: '完整：用全部 {images} 张训练图像训练 {epochs} 轮（需要几分钟）' },
  budgetLegend: { en: 'How much to train', zh: '训练多少' },
  train: { en: 'Train the notebook model', zh: '训练笔记本模型' },
  retrain: { en: 'Train it again', zh: '重新训练' },
  progressLabel: { en: 'Training progress', zh: '训练进度' },
  progressLine: {
    en: 'Epoch {epoch} of {epochs}, batch {batch} of {batches}: accuracy {acc}, {speed} images/s',
    zh: '第 {epoch}/{epochs} 轮，第 {batch}/{batches} 批：准确率 {acc}，每秒 {speed} 张图像',
  },
  statusBuilding: { en: 'Building the notebook model…', zh: '正在构建笔记本模型……' },
  statusTraining: { en: 'Training in the background (the animation keeps running)…', zh: '正在后台训练（动画会继续播放）……' },
  statusTesting: { en: 'Scoring on the 10,000 test images…', zh: '正在用 10,000 张测试图像评分……' },
  statusDone: {
    en: 'Done: test accuracy {acc} ({errors} errors out of 10,000).',
    zh: '完成：测试准确率 {acc}（10,000 张中错了 {errors} 张）。',
  },
  statusStopped: { en: 'Stopped before the first epoch ended: nothing to score.', zh: '在第一轮结束前就停止了：没有可评分的结果。' },
  diverged: { en: 'Training went wrong (the loss is no longer a number: {detail}). Train it again.', zh: '训练出错了（损失不再是有效数字：{detail}）。请重新训练。' },
  failed: { en: 'Training failed: {detail}', zh: '训练失败：{detail}' },
  predictRight: { en: 'Your guess was right. +{points} points.', zh: '你猜对了。+{points} 分。' },
  predictWrongNote: { en: 'Your guess was different from what happened — that is what experiments are for.', zh: '结果和你猜的不一样——这正是做实验的意义。' },
  tableCaption: { en: 'Your two networks on the 10,000 test images', zh: '你的两个网络在 10,000 张测试图像上的表现' },
  columnNetwork: { en: 'Network', zh: '网络' },
  columnParams: { en: 'Parameters', zh: '参数' },
  columnYours: { en: 'Your test accuracy', zh: '你的测试准确率' },
  columnTutorial: { en: 'Tutorial', zh: '教程' },
  rowFirst: { en: 'First network: Conv 5 × (1 × 3) → Dense', zh: '第一个网络：卷积 5 ×（1 × 3）→ 全连接' },
  rowNotebook: { en: 'Notebook model: Conv 10 → Conv 20 → channel max → Dense', zh: '笔记本模型：卷积 10 → 卷积 20 → 通道最大值 → 全连接' },
  notTrained: { en: 'not trained yet', zh: '尚未训练' },
  quickMark: { en: '{acc} (quick)', zh: '{acc}（快速）' },
  conclusion: {
    en: 'The notebook model has about a quarter of the parameters. Its two 3 × 3 convolutions see more than a 1 × 3 window, and the channel max throws away 19 of every 20 numbers before the dense layer — which is where the parameters were.',
    zh: '笔记本模型的参数只有大约四分之一。它的两个 3 × 3 卷积比 1 × 3 的窗口看得更多，而通道最大值在进入全连接层之前丢掉了每 20 个数中的 19 个——而参数原本主要就在全连接层里。',
  },
} satisfies Readonly<Record<string, Entry>>;
