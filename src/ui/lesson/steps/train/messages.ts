// Messages of the step "Train it" (stepTrain namespace), English and 简体中文
// side by side; merged into the one message table (src/ui/i18n/messages.ts) by ../../messages.ts.
import type { Entry } from '../../../i18n/messages';

export const stepTrain = {
  title: { en: 'Train it', zh: '训练它' },
  intro: {
    en: 'Now the first network learns, right here in your browser: Adam, batches of 128 images, the last 10% of the training images held back for validation — exactly as the tutorial’s model.fit. After every epoch you see how well it does on the images it trains on and on the validation images it never trains on.',
    zh: '现在第一个网络就在你的浏览器里开始学习：使用 Adam 优化器，每批 128 张图像，训练图像的最后 10% 留作验证——和教程里的 model.fit 完全一样。每一轮结束后，你会看到它在训练图像上的表现，以及在从未训练过的验证图像上的表现。',
  },
  guessLabel: { en: 'Your guess: accuracy on the 10,000 test images after training', zh: '你的猜测：训练后在 10,000 张测试图像上的准确率' },
  guessHint: {
    en: 'Between 10% and 100%. Guessing at random among the 10 classes would score 10%. A close guess earns up to 10 points.',
    zh: '在 10% 到 100% 之间。在 10 个类别中随机乱猜能得到 10%。猜得越准，最多可得 10 分。',
  },
  guessInvalid: { en: 'Enter your guess first: a number from 10 to 100.', zh: '请先输入你的猜测：10 到 100 之间的数字。' },
  budgetQuick: {
    en: 'Quick: {epochs} epochs on {trainImages} training images (about 10 seconds)',
    zh: '快速：用 {trainImages} 张训练图像训练 {epochs} 轮（约 10 秒）',
  },
  budgetFull: {
    en: 'Full: {epochs} epochs on all {trainImages} training images (10% of them held out for validation), as the tutorial (up to a minute)',
    zh: '完整：像教程一样用全部 {trainImages} 张训练图像（其中 10% 留作验证）训练 {epochs} 轮（最多约一分钟）',
  },
  progressLabel: { en: 'Training progress', zh: '训练进度' },
  progressLine: {
    en: 'Epoch {epoch}/{epochs} · batch {batch}/{batches} · loss {loss} · accuracy {acc} · {speed} images/s',
    zh: '第 {epoch}/{epochs} 轮 · 第 {batch}/{batches} 批 · 损失 {loss} · 准确率 {acc} · 每秒 {speed} 张图像',
  },
  statusBuilding: { en: 'Building the network…', zh: '正在构建网络……' },
  statusTraining: { en: 'Training: {epochs} epochs on {images} images…', zh: '正在训练：用 {images} 张图像训练 {epochs} 轮……' },
  statusPaused: { en: 'Paused.', zh: '已暂停。' },
  statusTesting: { en: 'Scoring on the 10,000 test images…', zh: '正在用 10,000 张测试图像评分……' },
  statusDone: { en: 'Done: {epochs} epochs trained. The network is saved for the next steps.', zh: '完成：已训练 {epochs} 轮。网络已保存，供后面的步骤使用。' },
  statusStopped: { en: 'Stopped after {epochs} epochs. The network is saved as it is.', zh: '已在第 {epochs} 轮后停止。网络按当前状态保存。' },
  statusStoppedEarly: { en: 'Stopped before the first epoch ended: nothing to save yet. Train again when you are ready.', zh: '在第一轮结束前就停止了：还没有可保存的结果。准备好后请重新训练。' },
  statusRestored: { en: 'This is the network you trained earlier. You can train it again.', zh: '这是你之前训练好的网络。你也可以重新训练。' },
  diverged: {
    en: 'Training went wrong: the loss is no longer a number ({detail}). Try again — a new random start usually helps.',
    zh: '训练出了问题：损失值不再是有效数字（{detail}）。请重试——换一个新的随机起点通常就能解决。',
  },
  chartCaption: {
    en: 'Accuracy (left axis, solid = training, dashed = validation) and loss (right axis) after each epoch. The table below has the same numbers.',
    zh: '每轮结束后的准确率（左轴，实线 = 训练，虚线 = 验证）和损失（右轴）。下表列出了相同的数字。',
  },
  historyCaption: { en: 'Per epoch: accuracy and loss on training and validation images', zh: '每轮在训练图像和验证图像上的准确率与损失' },
  columnEpoch: { en: 'Epoch', zh: '轮次' },
  columnAcc: { en: 'Accuracy', zh: '准确率' },
  columnValAcc: { en: 'Val. accuracy', zh: '验证准确率' },
  columnLoss: { en: 'Loss', zh: '损失' },
  columnValLoss: { en: 'Val. loss', zh: '验证损失' },
  columnTime: { en: 'Time (s)', zh: '用时（秒）' },
  logHeading: { en: 'Layer 0’s bias, printed every epoch', zh: '每轮打印的第 0 层偏置' },
  logIntro: {
    en: 'The tutorial prints the convolution’s five biases with a callback while training. Here is the same printout for your network:',
    zh: '教程在训练时用一个回调函数打印卷积层的 5 个偏置。下面是你的网络的同样输出：',
  },
  logStart: { en: 'Start', zh: '开始时' },
  logEpoch: { en: 'Epoch {epoch}', zh: '第 {epoch} 轮后' },
  replayHeading: { en: 'Replay the kernels', zh: '回放卷积核' },
  replayIntro: {
    en: 'Each of the five filters has three weights (a 1×3 kernel). Move the slider to see them as they were after each epoch: blue is negative, red positive.',
    zh: '5 个过滤器各有 3 个权重（1×3 卷积核）。拖动滑块，查看每轮结束后它们的样子：蓝色为负，红色为正。',
  },
  scrubberLabel: { en: 'Kernels at', zh: '卷积核时刻' },
  kernelsInitial: { en: 'Before training', zh: '训练前' },
  kernelsAfterEpoch: { en: 'After epoch {epoch} of {epochs}', zh: '第 {epoch} 轮（共 {epochs} 轮）之后' },
  kernelsCaption: { en: 'Layer 0’s five 1×3 kernels and biases — {when}', zh: '第 0 层的 5 个 1×3 卷积核及偏置——{when}' },
  columnFilter: { en: 'Filter', zh: '过滤器' },
  columnWeight: { en: 'Weight {n}', zh: '权重 {n}' },
  columnBias: { en: 'Bias', zh: '偏置' },
  testResult: {
    en: 'Test accuracy: {acc} — {errors} errors on the {count} test images.',
    zh: '测试准确率：{acc}——{count} 张测试图像中错了 {errors} 张。',
  },
  tutorialResult: {
    en: 'The tutorial’s network reached 96% on its training images, 89% on validation and 88% on the test images.',
    zh: '教程中的网络在训练图像上达到 96%，验证图像上 89%，测试图像上 88%。',
  },
  gapNotable: {
    en: 'In the last epoch, training accuracy was {gap} points above validation accuracy: the network starts to memorise its training images (the tutorial: 96% vs 89%).',
    zh: '最后一轮中，训练准确率比验证准确率高 {gap} 个百分点：网络开始“背下”训练图像了（教程中为 96% 对 89%）。',
  },
  gapSmall: {
    en: 'Training and validation accuracy are within {gap} points of each other: no sign of memorising yet. With more epochs the gap grows (the tutorial: 96% vs 89%).',
    zh: '训练准确率与验证准确率相差不超过 {gap} 个百分点：还看不出“死记硬背”。训练轮数更多时，差距会变大（教程中为 96% 对 89%）。',
  },
  guessResult: { en: 'You guessed {guess}%: {off} points off → {points} points.', zh: '你猜的是 {guess}%：相差 {off} 个百分点 → 得 {points} 分。' },
  quickNote: {
    en: 'Quick mode trained {epochs} epochs on {trainImages} images; with all 60,000 the same network gets closer to the tutorial’s 88%.',
    zh: '快速模式只用 {trainImages} 张图像训练了 {epochs} 轮；用全部 60,000 张图像训练时，同一个网络会更接近教程中的 88%。',
  },
  start: { en: 'Train the network', zh: '训练网络' },
  trainAgain: { en: 'Train again', zh: '重新训练' },
  pause: { en: 'Pause', zh: '暂停' },
  resume: { en: 'Resume', zh: '继续' },
  restartAndRetry: { en: 'Start a new worker and try again', zh: '启动新的工作线程并重试' },
} satisfies Readonly<Record<string, Entry>>;
