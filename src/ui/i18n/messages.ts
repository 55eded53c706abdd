// Every user-facing string, in English and Simplified Chinese, side by side. One object per
// namespace; a key is `namespace.name` (e.g. `classes.ankleBoot`). An entry without both
// languages does not type-check. Parameters are written `{name}` and must be the same in both.
// To add a namespace: add an object below; the key type and the tests pick it up. The lesson's
// namespaces (its frame and one per step) come from src/ui/lesson/messages.ts, the shared views'
// from src/ui/views/messages.ts.
import type { ClassId } from '../../data/classes';
import type { DatasetErrorCode } from '../../data/errors';
import { lessonMessages } from '../lesson/messages';
import { play } from '../play/messages';
import { importErrors, sandboxSettingNames, shareLinkErrors, specErrors } from './messages-sandbox-errors';
import { training } from '../training/messages';
import { networks } from '../training/network-messages';
import { home } from '../screens/home-messages';
import { classroom } from '../teacher/messages';
import { classSync } from '../classroom-sync/messages';
import { sandbox } from '../sandbox/messages';
import { views } from '../views/messages';
import { storage } from '../storage/messages';
import { device } from '../training/device-messages';
import { offline } from '../offline/messages';
import { menus } from '../framework/messages';

export interface Entry {
  en: string;
  zh: string;
}

type Namespace<K extends string = string> = Readonly<Record<K, Entry>>;

const app = {
  name: { en: 'FilterFit', zh: 'FilterFit' },
  documentTitle: { en: 'FilterFit — train a convolutional network', zh: 'FilterFit — 训练一个卷积神经网络' },
  tagline: {
    en: 'Train small convolutional networks on Fashion-MNIST, right in your browser.',
    zh: '在浏览器里用 Fashion-MNIST 训练小型卷积神经网络。',
  },
  languageSwitch: { en: 'Language', zh: '语言' },
  navLabel: { en: 'Sections', zh: '栏目' },
  navHome: { en: 'Home', zh: '首页' },
  navImages: { en: 'Images', zh: '图像' },
  navTrain: { en: 'Training lab', zh: '训练实验室' },
  navEngineCheck: { en: 'Engine check', zh: '引擎自检' },
} satisfies Namespace;

const loading = {
  heading: { en: 'Loading Fashion-MNIST', zh: '正在加载 Fashion-MNIST' },
  intro: {
    en: '70,000 small grayscale photos of clothing: 60,000 to train on and 10,000 to test with.',
    zh: '共 70,000 张服装的小幅灰度照片：60,000 张用于训练，10,000 张用于测试。',
  },
  progressLabel: { en: 'Downloading the data', zh: '正在下载数据' },
  progressBytes: { en: '{received} MB of {total} MB', zh: '已下载 {received} MB，共 {total} MB' },
  statusLoading: { en: 'Loading the Fashion-MNIST data…', zh: '正在加载 Fashion-MNIST 数据……' },
  statusReady: {
    en: 'Data loaded: {train} training images and {test} test images.',
    zh: '数据已加载：{train} 张训练图像，{test} 张测试图像。',
  },
} satisfies Namespace;

const gallery = {
  heading: { en: 'Fashion-MNIST test images', zh: 'Fashion-MNIST 测试图像' },
  intro: {
    en: 'The first {count} of the {total} test images, 28 × 28 pixels each, with their labels.',
    zh: '{total} 张测试图像中的前 {count} 张，每张 28 × 28 像素，并附有标签。',
  },
  canvasLabel: {
    en: 'A grid of {count} grayscale clothing images; their labels follow as a list.',
    zh: '由 {count} 张灰度服装图像组成的网格；图像的标签见下面的列表。',
  },
  listLabel: { en: 'Labels of the test images', zh: '测试图像的标签' },
  itemPrefix: { en: 'Test image {index}:', zh: '测试图像 {index}：' },
} satisfies Namespace;

const errors = {
  heading: { en: 'The data could not be loaded', zh: '无法加载数据' },
  fileLabel: { en: 'File', zh: '文件' },
  problemLabel: { en: 'Problem', zh: '问题' },
  dataHint: {
    en: 'Run “npm run data” to put the official Fashion-MNIST files into public/data/, then reload this page.',
    zh: '请运行“npm run data”，把官方 Fashion-MNIST 文件放到 public/data/，然后重新加载本页。',
  },
  graphicsHeading: { en: 'The graphics could not start', zh: '无法启动图形显示' },
  graphicsDetail: {
    en: 'This browser could not create a WebGL canvas ({detail}).',
    zh: '此浏览器无法创建 WebGL 画布（{detail}）。',
  },
  unexpectedHeading: { en: 'Something went wrong', zh: '出错了' },
  unexpectedDetail: { en: 'Unexpected error: {detail}', zh: '意外错误：{detail}' },
  reload: { en: 'Reload', zh: '重新加载' },
} satisfies Namespace;

/** Messages of DatasetError (src/data/errors.ts); its `key` is `dataError.<code>`. */
const dataError = {
  missing: { en: '{file} was not found on the server ({url}).', zh: '服务器上找不到 {file}（{url}）。' },
  http: {
    en: '{file}: the server answered HTTP {status} instead of sending the file.',
    zh: '{file}：服务器返回 HTTP {status}，没有发送该文件。',
  },
  network: { en: '{file}: the download failed ({detail}).', zh: '{file}：下载失败（{detail}）。' },
  gzip: {
    en: '{file}: the file looks gzip-compressed but could not be decompressed ({detail}).',
    zh: '{file}：文件看起来是 gzip 压缩的，但无法解压（{detail}）。',
  },
  tooShort: {
    en: '{file}: only {actual} bytes, too short even for an IDX header ({expected} bytes).',
    zh: '{file}：只有 {actual} 字节，连 IDX 文件头（{expected} 字节）都不完整。',
  },
  badImageMagic: {
    en: '{file}: not an IDX image file (magic number {actual}, expected {expected}).',
    zh: '{file}：不是 IDX 图像文件（魔数为 {actual}，应为 {expected}）。',
  },
  badLabelMagic: {
    en: '{file}: not an IDX label file (magic number {actual}, expected {expected}).',
    zh: '{file}：不是 IDX 标签文件（魔数为 {actual}，应为 {expected}）。',
  },
  badDimensions: {
    en: '{file}: the images are {rows} × {cols} pixels, expected {expectedRows} × {expectedCols}.',
    zh: '{file}：图像为 {rows} × {cols} 像素，应为 {expectedRows} × {expectedCols}。',
  },
  truncated: {
    en: '{file}: the file is truncated: {actual} bytes, but its header announces {expected}.',
    zh: '{file}：文件不完整：只有 {actual} 字节，而文件头声明了 {expected} 字节。',
  },
  tooLong: {
    en: '{file}: {actual} bytes, more than the {expected} its header announces.',
    zh: '{file}：有 {actual} 字节，多于文件头声明的 {expected} 字节。',
  },
  countMismatch: {
    en: '{images} holds {imageCount} images but {labels} holds {labelCount} labels.',
    zh: '{images} 含有 {imageCount} 张图像，而 {labels} 含有 {labelCount} 个标签，数量不一致。',
  },
  badLabel: {
    en: '{file}: label {value} at position {index} is not one of the {classes} classes.',
    zh: '{file}：位置 {index} 的标签 {value} 不属于 {classes} 个类别之一。',
  },
} satisfies Namespace<DatasetErrorCode>;

/** Fashion-MNIST class names, by ClassId (label order is in src/data/classes.ts). */
const classes = {
  tshirtTop: { en: 'T-shirt/top', zh: 'T恤/上衣' },
  trouser: { en: 'Trouser', zh: '裤子' },
  pullover: { en: 'Pullover', zh: '套头衫' },
  dress: { en: 'Dress', zh: '连衣裙' },
  coat: { en: 'Coat', zh: '外套' },
  sandal: { en: 'Sandal', zh: '凉鞋' },
  shirt: { en: 'Shirt', zh: '衬衫' },
  sneaker: { en: 'Sneaker', zh: '运动鞋' },
  bag: { en: 'Bag', zh: '包' },
  ankleBoot: { en: 'Ankle boot', zh: '短靴' },
} satisfies Namespace<ClassId>;

/** The engine-check page (engine-check.html): our kernels against TensorFlow.js, in the browser. */
const engineCheck = {
  documentTitle: { en: 'FilterFit — engine check', zh: 'FilterFit — 引擎自检' },
  heading: { en: 'Engine check', zh: '引擎自检' },
  back: { en: '← Back to FilterFit', zh: '← 返回 FilterFit' },
  navLabel: { en: 'Back to the app', zh: '返回应用' },
  intro: {
    en: 'FilterFit trains on its own WebAssembly kernels. This page runs each of them on the layer shapes the app uses and on a few random ones, and compares the results and gradients with TensorFlow.js.',
    zh: 'FilterFit 使用自己的 WebAssembly 内核进行训练。本页在应用所用的各层形状以及若干随机形状上运行每个内核，并将结果和梯度与 TensorFlow.js 进行比较。',
  },
  statusLoading: { en: 'Loading the engine and TensorFlow.js…', zh: '正在加载引擎和 TensorFlow.js……' },
  statusRunning: { en: 'Checking case {done} of {total}…', zh: '正在检查第 {done} 个用例，共 {total} 个……' },
  allPassed: { en: 'All {count} checks passed.', zh: '全部 {count} 项检查均已通过。' },
  someFailed: { en: '{failed} of {count} checks failed.', zh: '{count} 项检查中有 {failed} 项未通过。' },
  startFailed: { en: 'The check could not start: {detail}', zh: '检查无法启动：{detail}' },
  tableCaption: {
    en: 'Each kernel output compared with TensorFlow.js: the largest absolute difference, that difference relative to the largest reference value, and the tolerance it must stay within.',
    zh: '每个内核输出与 TensorFlow.js 的比较：最大绝对差、该差值相对于参考值最大幅度的比例，以及必须满足的容差。',
  },
  columnOp: { en: 'Operation', zh: '运算' },
  columnShape: { en: 'Shape', zh: '形状' },
  columnMaxError: { en: 'Max. abs. error', zh: '最大绝对误差' },
  columnRelError: { en: 'Relative error', zh: '相对误差' },
  columnTolerance: { en: 'Tolerance', zh: '容差' },
  columnResult: { en: 'Result', zh: '结果' },
  pass: { en: 'Pass', zh: '通过' },
  fail: { en: 'Fail', zh: '未通过' },
  largestGap: {
    en: 'Largest gap at index {index}: ours {ours}, TensorFlow.js {ref}.',
    zh: '最大差值位于索引 {index}：本引擎 {ours}，TensorFlow.js {ref}。',
  },
  firstValues: {
    en: 'First values — ours: {ours}; TensorFlow.js: {ref}.',
    zh: '前几个值——本引擎：{ours}；TensorFlow.js：{ref}。',
  },
} satisfies Namespace;

/** The training lab: pick a network, train it in the worker, read the curves and the test score. */
const train = {
  heading: { en: 'Training lab', zh: '训练实验室' },
  intro: {
    en: 'Pick a network and train it on the 60,000 training images (the last 10 % are held out for validation), then score it on the 10,000 test images. Training runs in a background worker on FilterFit’s WebAssembly kernels.',
    zh: '选择一个网络，用 60,000 张训练图像训练它（最后 10% 留作验证集），再用 10,000 张测试图像评分。训练在后台线程中运行，使用 FilterFit 的 WebAssembly 内核。',
  },
  settings: { en: 'Settings', zh: '设置' },
  model: { en: 'Network', zh: '网络' },
  epochs: { en: 'Epochs', zh: '训练轮数' },
  seed: { en: 'Random seed', zh: '随机种子' },
  batchSize: { en: 'Batch size', zh: '批大小' },
  optimizer: { en: 'Optimiser', zh: '优化器' },
  learningRate: { en: 'Learning rate', zh: '学习率' },
  threads: { en: 'Threads', zh: '线程数' },
  quick: { en: 'Quick mode: train on the first {count} images only', zh: '快速模式：只用前 {count} 张图像训练' },
  chartCaption: {
    en: 'Loss after each epoch (dark: training, yellow: validation) and the first layer’s filters.',
    zh: '每轮之后的损失（深色：训练，黄色：验证）以及第一层的滤波器。',
  },
  chartLabel: {
    en: 'Chart of the loss after each epoch and the first layer’s filters; the numbers are in the table below.',
    zh: '每轮损失的曲线图和第一层的滤波器；具体数值见下表。',
  },
  summary: { en: 'Keras-style summary', zh: 'Keras 风格的模型摘要' },
  progressEpochs: { en: 'Epochs done', zh: '已完成的轮数' },
  progressBatches: { en: 'Batches in this epoch', zh: '本轮已完成的批次' },
  progressLine: {
    en: 'Epoch {epoch} of {epochs}, batch {batch} of {batches}: loss {loss}, accuracy {acc}, {speed} images/s',
    zh: '第 {epoch}/{epochs} 轮，第 {batch}/{batches} 批：损失 {loss}，准确率 {acc}，每秒 {speed} 张图像',
  },
  historyCaption: { en: 'Per epoch: training and validation loss and accuracy', zh: '每轮的训练与验证损失和准确率' },
  columnEpoch: { en: 'Epoch', zh: '轮次' },
  columnLoss: { en: 'Loss', zh: '损失' },
  columnAcc: { en: 'Accuracy', zh: '准确率' },
  columnValLoss: { en: 'Val. loss', zh: '验证损失' },
  columnValAcc: { en: 'Val. accuracy', zh: '验证准确率' },
  columnTime: { en: 'Time (s)', zh: '用时（秒）' },
  columnSpeed: { en: 'Images/s', zh: '每秒图像数' },
  testResult: {
    en: 'Test accuracy: {acc} ({errors} errors out of {count} test images).',
    zh: '测试准确率：{acc}（{count} 张测试图像中错了 {errors} 张）。',
  },
  invalidNumber: {
    en: '{field} must be a number from {min} to {max}.',
    zh: '{field}必须是 {min} 到 {max} 之间的数字。',
  },
} satisfies Namespace;

export const messages = { app, home, loading, gallery, errors, dataError, classes, engineCheck, train, training, networks, views, ...lessonMessages, classroom, classSync, sandbox, specErrors, shareLinkErrors, importErrors, sandboxSettingNames, storage, device, offline, play, menus } as const;

type Messages = typeof messages;
export type MessageKey = {
  [N in keyof Messages & string]: `${N}.${keyof Messages[N] & string}`;
}[keyof Messages & string];

/** The entry of `key`, or undefined for a key that is not in the table. */
export function entryOf(key: string): Entry | undefined {
  const dot = key.indexOf('.');
  const namespace = (messages as Record<string, Namespace>)[key.slice(0, dot)];
  return namespace?.[key.slice(dot + 1)];
}

export function allMessageKeys(): MessageKey[] {
  return Object.entries(messages).flatMap(([ns, entries]) => Object.keys(entries).map((k) => `${ns}.${k}` as MessageKey));
}
