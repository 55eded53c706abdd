// Sharing, export, import and the Keras code (part of the `sandbox` namespace).
import type { Entry } from '../../i18n/messages';

export const shareMessages = {
  linkHeading: { en: 'Share this network', zh: '分享这个网络' },
  linkIntro: {
    en: 'The link holds the network and its training settings (not the weights: those stay on this device). Whoever opens it gets the same network, ready to train.',
    zh: '链接中包含网络结构和训练设置（不含权重：权重只保存在本设备上）。打开链接的人会得到同样的网络，可以直接训练。',
  },
  linkLabel: { en: 'Link', zh: '链接' },
  linkCopy: { en: 'Copy link', zh: '复制链接' },
  linkCopied: { en: 'Link copied.', zh: '链接已复制。' },
  linkCopyFailed: { en: 'This browser did not let the page copy: select the link and copy it yourself.', zh: '浏览器不允许本页复制：请选中链接后自行复制。' },
  linkInvalid: { en: 'Fix the network (see Build) to get a link.', zh: '请先修正网络（见“搭建”）才能得到链接。' },
  exportHeading: { en: 'Export and import (TensorFlow.js layers format)', zh: '导出和导入（TensorFlow.js 层模型格式）' },
  exportIntro: {
    en: 'Two files: model.json (the network) and a .bin file (the trained weights). tf.loadLayersModel reads them as they are; FilterFit reads them back too.',
    zh: '两个文件：model.json（网络结构）和一个 .bin 文件（训练好的权重）。tf.loadLayersModel 可以直接读取；FilterFit 也能读回来。',
  },
  exportButton: { en: 'Export the trained network', zh: '导出训练好的网络' },
  exportNeedsWeights: { en: 'Train this network (or re-open one of its runs) to export it with its weights.', zh: '请先训练这个网络（或重新打开它的某次训练），才能连同权重一起导出。' },
  exportReady: { en: 'Ready: download both files.', zh: '已准备好：请下载这两个文件。' },
  importHeading: { en: 'Import a model', zh: '导入模型' },
  importJson: { en: 'model.json', zh: 'model.json 文件' },
  importWeights: { en: 'Weights file (.bin)', zh: '权重文件（.bin）' },
  importButton: { en: 'Import', zh: '导入' },
  importMissing: { en: 'Choose this file first.', zh: '请先选择这个文件。' },
  importTooLarge: { en: '{name} has {size} bytes; a sandbox model’s file has at most {max}.', zh: '{name} 有 {size} 字节；沙盒模型的文件最多 {max} 字节。' },
  importFailed: { en: 'The files could not be read: {detail}', zh: '无法读取这些文件：{detail}' },
  importDone: { en: 'Imported “{name}”: the network, its settings and its weights are in the sandbox (see Build).', zh: '已导入“{name}”：网络、设置和权重都已载入沙盒（见“搭建”）。' },
  kerasHeading: { en: 'Continue in Keras', zh: '在 Keras 中继续' },
  kerasIntro: { en: 'The Python (TensorFlow 2) that builds, compiles and trains the same network with the same settings.', zh: '用相同设置构建、编译并训练同一个网络的 Python 代码（TensorFlow 2）。' },
  kerasButton: { en: 'Copy as Keras code', zh: '复制为 Keras 代码' },
  kerasCopied: { en: 'Copied. The code is also below.', zh: '已复制。代码也显示在下面。' },
  kerasCopyFailed: { en: 'This browser did not let the page copy: the code is below, select and copy it.', zh: '浏览器不允许本页复制：代码在下面，请选中后复制。' },
} satisfies Readonly<Record<string, Entry>>;
