// Messages of the step "Compare architectures" (stepCompare namespace), English and 简体中文
// side by side; merged into the one message table (src/ui/i18n/messages.ts) by ../../messages.ts.
import type { Entry } from '../../../i18n/messages';

export const stepCompare = {
  navTitle: { en: 'Compare architectures', zh: '比较网络结构' },
  title: { en: 'Compare architectures', zh: '比较不同的网络结构' },
  intro: {
    en: 'The tutorial compared networks built from convolution, max-pooling and logistic layers. Train the same five here, one after another, and fill in the table with your own numbers. The page stays usable while they train.',
    zh: '教程比较了由卷积层、最大池化层和逻辑回归层搭成的几种网络。在这里依次训练同样的 5 个网络，用你自己的结果填满表格。训练期间页面仍可正常使用。',
  },
  budgetQuick: {
    en: 'Quick: {epochs} epochs on {trainImages} training images each (about a minute in all)',
    zh: '快速：每个网络用 {trainImages} 张训练图像训练 {epochs} 轮（总共约一分钟）',
  },
  budgetFull: {
    en: 'Full: {epochs} epochs on all {trainImages} training images each (several minutes)',
    zh: '完整：每个网络用全部 {trainImages} 张训练图像训练 {epochs} 轮（需要几分钟）',
  },
  start: { en: 'Train all five', zh: '训练全部 5 个网络' },
  startRemaining: { en: 'Train the remaining rows', zh: '训练剩下的网络' },
  clear: { en: 'Clear the table', zh: '清空表格' },
  trainingRow: { en: 'Training network {n} of {total}: {arch}…', zh: '正在训练第 {n} 个网络（共 {total} 个）：{arch}……' },
  done: { en: 'All {total} networks are trained.', zh: '全部 {total} 个网络都已训练完成。' },
  stopped: { en: 'Stopped: {count} of {total} networks trained. Continue any time.', zh: '已停止：{total} 个网络中已训练 {count} 个。随时可以继续。' },
  diverged: { en: '{arch}: the loss is no longer a number; this row was skipped.', zh: '{arch}：损失值不再是有效数字，已跳过这一行。' },
  crashed: {
    en: 'The training worker stopped unexpectedly ({detail}). Press the train button to continue with a new one.',
    zh: '训练工作线程意外停止（{detail}）。按训练按钮即可用新的工作线程继续。',
  },
  caption: { en: 'Architectures, trainable parameters and test accuracy (10,000 test images)', zh: '网络结构、可训练参数和测试准确率（10,000 张测试图像）' },
  columnNumber: { en: 'No.', zh: '序号' },
  columnArchitecture: { en: 'Layers', zh: '网络层' },
  columnParams: { en: 'Trainable parameters', zh: '可训练参数' },
  columnTestAcc: { en: 'Test accuracy', zh: '测试准确率' },
  columnTrainTime: { en: 'Training time (s)', zh: '训练用时（秒）' },
  columnStatus: { en: 'Status', zh: '状态' },
  paramsValue: { en: '{count}', zh: '{count}' },
  rowWaiting: { en: 'Not trained', zh: '未训练' },
  rowQueued: { en: 'Waiting', zh: '等待中' },
  rowBuilding: { en: 'Building…', zh: '正在构建……' },
  rowTraining: { en: 'Training…', zh: '正在训练……' },
  rowTesting: { en: 'Testing…', zh: '正在测试……' },
  rowDone: { en: 'Done', zh: '完成' },
  rowStopped: { en: 'Stopped', zh: '已停止' },
  rowFailed: { en: 'Failed', zh: '失败' },
  rowProgressLabel: { en: 'Training progress: {arch}', zh: '训练进度：{arch}' },
  layerConv: { en: 'Conv', zh: '卷积' },
  layerMaxPool: { en: 'MaxPool', zh: '最大池化' },
  layerChannelMax: { en: 'Channel max', zh: '通道最大池化' },
  layerAvgPool: { en: 'AvgPool', zh: '平均池化' },
  layerDropout: { en: 'Dropout', zh: '随机失活' },
  layerLogistic: { en: 'Logistic', zh: '逻辑回归' },
  layerDense: { en: 'Dense', zh: '全连接' },
  scatterCaption: {
    en: 'Trainable parameters (log scale) against test accuracy for your {count} trained networks; the numbers match the table rows. Best: {best} at {acc}.',
    zh: '你训练的 {count} 个网络的可训练参数（对数刻度）与测试准确率的关系；编号与表格各行对应。最好的是{best}，准确率 {acc}。',
  },
  discussionHeading: { en: 'What your numbers say', zh: '你的结果说明了什么' },
  tutorialFinding: {
    en: 'The tutorial found: two convolutions followed by max-pooling did best, at about 91%; a second max-pooling layer cut the parameters by about ten times for a little accuracy; and extra layers added only about 2 points.',
    zh: '教程的结论是：两个卷积层后接最大池化效果最好，约 91%；再加一个最大池化层能把参数减少到约十分之一，只损失一点准确率；而增加层数只提高了约 2 个百分点。',
  },
  findingBestAgrees: {
    en: 'Your best network is {arch} at {acc}% — the same winner as in the tutorial (about {tutorial}% there).',
    zh: '你最好的网络是{arch}，准确率 {acc}%——和教程中的最佳网络一样（教程中约 {tutorial}%）。',
  },
  findingBestDiffers: {
    en: 'Your best network is {arch} at {acc}%. In the tutorial {tutorialArch} won with about {tutorial}%; yours reached {yours}%.',
    zh: '你最好的网络是{arch}，准确率 {acc}%。教程中获胜的是{tutorialArch}，约 {tutorial}%；你的只达到 {yours}%。',
  },
  findingBestOnly: { en: 'Your best network so far is {arch} at {acc}%.', zh: '到目前为止，你最好的网络是{arch}，准确率 {acc}%。' },
  findingPoolsCost: {
    en: 'A second max-pool divided the parameters by {ratio} ({from} → {to}) and cost {diff} points of accuracy.',
    zh: '第二个最大池化层把参数减少到原来的 1/{ratio}（{from} → {to}），准确率降低了 {diff} 个百分点。',
  },
  findingPoolsGain: {
    en: 'A second max-pool divided the parameters by {ratio} ({from} → {to}) and here even gained {diff} points of accuracy.',
    zh: '第二个最大池化层把参数减少到原来的 1/{ratio}（{from} → {to}），在这里准确率甚至提高了 {diff} 个百分点。',
  },
  findingExtraLayers: {
    en: 'Compared with a single convolution ({from}%), your best network gained {diff} points ({to}%); the tutorial saw about {tutorial} points from extra layers.',
    zh: '与只有一个卷积层的网络（{from}%）相比，你最好的网络提高了 {diff} 个百分点（{to}%）；教程中增加层数约提高 {tutorial} 个百分点。',
  },
  findingSingleBest: {
    en: 'The simplest network, {arch}, did best here: with so little training the bigger networks have not caught up yet.',
    zh: '在这里最简单的网络{arch}表现最好：训练量这么少，更大的网络还没来得及追上。',
  },
  findingSmallest: {
    en: 'The smallest network, {arch}, has only {params} parameters and reached {acc}%.',
    zh: '最小的网络{arch}只有 {params} 个参数，准确率达到 {acc}%。',
  },
  budgetNoteQuick: {
    en: 'Each network trained only {epochs} epochs on {images} images; the tutorial trained longer on all 60,000. With more training the numbers rise and the order can change.',
    zh: '每个网络只用 {images} 张图像训练了 {epochs} 轮；教程用全部 60,000 张图像训练得更久。训练更多时，准确率会提高，排名也可能变化。',
  },
  budgetNoteFull: {
    en: 'Each network trained {epochs} epochs on all {images} training images.',
    zh: '每个网络都用全部 {images} 张训练图像训练了 {epochs} 轮。',
  },
  budgetNoteMixed: {
    en: 'The rows were trained with different budgets: compare them with care, or clear the table and train all again.',
    zh: '表格中各行的训练量不同：比较时要小心，或者清空表格后全部重新训练。',
  },
} satisfies Readonly<Record<string, Entry>>;
