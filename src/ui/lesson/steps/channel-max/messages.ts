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
  gridCaption: { en: 'Layer {index} ({name}): 20 maps, 28 × 28', zh: '第 {index} 层（{name}）：20 张 28 × 28 的图' },
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
  longRunHint: {
    en: 'Your prediction is scored against the tutorial’s result. Then the model trains as long as the notebook trained it ({epochs} epochs on all the training images) on a second worker, while you go on with the lesson: that takes a while, and the result comes back wherever you are.',
    zh: '你的预测将按教程的结果评分。随后模型会在第二个工作线程上按笔记本的训练量训练（用全部训练图像训练 {epochs} 轮），你可以同时继续学习课程：这需要一些时间，结果出来时，无论你在哪一步都会收到。',
  },
  predictFirst: { en: 'Make your prediction first: yes or no.', zh: '请先做出预测：会还是不会。' },
  train: { en: 'Lock in my prediction and train', zh: '确定我的预测并开始训练' },
  retrain: { en: 'Train it again', zh: '重新训练' },
  progressLabel: { en: 'Epochs trained', zh: '已训练的轮数' },
  timeLeft: { en: 'about {minutes} min left', zh: '大约还需 {minutes} 分钟' },
  timeUnknown: { en: 'measuring its speed', zh: '正在测量速度' },
  statusLongRun: {
    en: 'Training in the background: epoch {epoch} of {epochs} done, {left}. Go on with the lesson whenever you like.',
    zh: '正在后台训练：已完成第 {epoch}/{epochs} 轮，{left}。你随时可以继续学习课程。',
  },
  statusWaiting: {
    en: 'Waiting: epoch {epoch} of {epochs} done. Another step is training now; this run goes on when it has finished.',
    zh: '等待中：已完成第 {epoch}/{epochs} 轮。另一个步骤正在训练，它完成后这里会继续。',
  },
  statusDone: {
    en: 'Done after {epochs} epochs: test accuracy {acc} ({errors} errors out of 10,000).',
    zh: '{epochs} 轮训练完成：测试准确率 {acc}（10,000 张中错了 {errors} 张）。',
  },
  statusSaved: { en: 'Your trained notebook model: test accuracy {acc}.', zh: '你训练好的笔记本模型：测试准确率 {acc}。' },
  predictRight: {
    en: 'Right, +{points} points: in the tutorial these 9,770 parameters reach 89.2 %, more than the first network’s 88 % with 36,430. Fewer parameters, used well, can beat more. Watch your own run get there below.',
    zh: '猜对了，+{points} 分：在教程中，这 9,770 个参数达到了 89.2%，超过了有 36,430 个参数的第一个网络的 88%。参数更少但用得好，也能胜过参数更多的网络。下面看看你自己的训练如何达到这个结果。',
  },
  predictWrong: {
    en: 'Not this time: in the tutorial these 9,770 parameters reach 89.2 %, more than the first network’s 88 % with 36,430. Fewer parameters, used well (two 3 × 3 convolutions, then a channel max), can beat more — but it takes longer training. Watch your own run get there below.',
    zh: '这次没猜对：在教程中，这 9,770 个参数达到了 89.2%，超过了有 36,430 个参数的第一个网络的 88%。参数更少但用得好（两个 3 × 3 卷积，再加通道最大池化），也能胜过参数更多的网络——只是需要训练得更久。下面看看你自己的训练如何达到这个结果。',
  },
  curvesCaption: {
    en: 'Validation accuracy after each epoch (the 6,000 images held back from training): your first network and your notebook model. Dashed: the tutorial’s test accuracy at the end of its training ({first} % and {notebook} %). The table has the same numbers.',
    zh: '每轮结束后的验证准确率（训练时留出的 6,000 张图像）：你的第一个网络和你的笔记本模型。虚线：教程训练结束时的测试准确率（{first}% 和 {notebook}%）。表格中是相同的数字。',
  },
  curvesTableCaption: { en: 'Validation accuracy per epoch', zh: '每轮的验证准确率' },
  columnEpoch: { en: 'Epoch', zh: '轮次' },
  rowFirstShort: { en: 'First network', zh: '第一个网络' },
  rowNotebookShort: { en: 'Notebook model', zh: '笔记本模型' },
  tutorialMark: { en: 'Tutorial, {name}: {acc}', zh: '教程中的{name}：{acc}' },
  trainingMark: { en: 'training: epoch {epoch} of {epochs}', zh: '训练中：第 {epoch}/{epochs} 轮' },
  tableCaption: { en: 'Your two networks on the 10,000 test images', zh: '你的两个网络在 10,000 张测试图像上的表现' },
  columnNetwork: { en: 'Network', zh: '网络' },
  columnParams: { en: 'Parameters', zh: '参数' },
  columnYours: { en: 'Your test accuracy', zh: '你的测试准确率' },
  columnTutorial: { en: 'Tutorial', zh: '教程' },
  rowFirst: { en: 'First network: Conv 5 × (1 × 3) → Dense', zh: '第一个网络：卷积 5 ×（1 × 3）→ 全连接' },
  rowNotebook: { en: 'Notebook model: Conv 10 → Conv 20 → channel max → Dense', zh: '笔记本模型：卷积 10 → 卷积 20 → 通道最大值 → 全连接' },
  notTrained: { en: 'not trained yet', zh: '尚未训练' },
  quickMark: { en: '{acc} (quick)', zh: '{acc}（快速）' },
  conclusionBehind: {
    en: 'After {epochs} epochs your notebook model is at {notebook}, still behind your first network’s {first}. That is not the tutorial’s conclusion reversed: the small model learns more slowly per epoch, and the tutorial trained it longer (89.2 % against 88 %).',
    zh: '训练 {epochs} 轮后，你的笔记本模型达到 {notebook}，仍落后于你的第一个网络的 {first}。这并没有推翻教程的结论：小模型每一轮学得更慢，而教程训练它的时间更长（89.2% 对 88%）。',
  },
  conclusion: {
    en: 'The notebook model has about a quarter of the parameters. Its two 3 × 3 convolutions see more than a 1 × 3 window, and the channel max throws away 19 of every 20 numbers before the dense layer — which is where the parameters were.',
    zh: '笔记本模型的参数只有大约四分之一。它的两个 3 × 3 卷积比 1 × 3 的窗口看得更多，而通道最大值在进入全连接层之前丢掉了每 20 个数中的 19 个——而参数原本主要就在全连接层里。',
  },
} satisfies Readonly<Record<string, Entry>>;
