// Messages of the shared views (views namespace: playback, image input, feature maps, kernel slide,
// results, charts), English and 简体中文 side by side; merged into the one message table in
// src/ui/i18n/messages.ts. Text that belongs to one lesson step stays with that step.
import type { Entry } from '../i18n/messages';

export const views = {
  // Playback controls (views/playback).
  play: { en: 'Play', zh: '播放' },
  pause: { en: 'Pause', zh: '暂停' },
  stepBack: { en: '◀ Step back', zh: '◀ 后退一步' },
  stepForward: { en: 'Step forward ▶', zh: '前进一步 ▶' },
  speed: { en: 'Speed', zh: '速度' },
  playbackLabel: { en: 'Animation controls', zh: '动画控制' },

  // Image input (views/input): the test image picker and the drawing pad.
  imageLabel: { en: 'Image', zh: '图像' },
  testImageOption: { en: 'Test image {index}: {label}', zh: '测试图像 {index}：{label}' },
  drawLabel: { en: 'Drawing pad, 28 × 28 pixels', zh: '画板，28 × 28 像素' },
  drawHelp: {
    en: 'Draw light strokes on black, as in the dataset: with the mouse or a finger (Shift or the right button erases), or with the keyboard: arrow keys move the pen, Space lowers or lifts it, Enter paints a dot, Delete erases one.',
    zh: '像数据集一样在黑底上画浅色线条：用鼠标或手指（按住 Shift 或用右键可擦除），或用键盘：方向键移动画笔，空格键落笔或抬笔，回车键画一个点，Delete 键擦除一个点。',
  },
  drawClear: { en: 'Clear', zh: '清空' },
  drawStatusDown: { en: 'Pen down at column {col}, row {row}.', zh: '画笔落在第 {col} 列第 {row} 行。' },
  drawStatusUp: { en: 'Pen up at column {col}, row {row}.', zh: '画笔抬起，位于第 {col} 列第 {row} 行。' },
  uploadLabel: { en: 'Or load a picture', zh: '或者载入一张图片' },
  uploadLoaded: { en: 'Picture loaded and scaled to 28 × 28 gray pixels.', zh: '图片已载入，并缩放为 28 × 28 的灰度像素。' },
  uploadInverted: {
    en: 'Picture loaded, scaled to 28 × 28 and inverted: its light background became black, as in Fashion-MNIST.',
    zh: '图片已载入，缩放为 28 × 28 并做了反色：浅色背景变成了黑色，与 Fashion-MNIST 一致。',
  },
  uploadFailed: { en: 'This file could not be read as a picture ({detail}).', zh: '无法把这个文件读取为图片（{detail}）。' },

  // Feature maps (views/feature-maps).
  inputCaption: { en: 'Input 28 × 28', zh: '输入 28 × 28' },
  filterNumber: { en: 'Filter {filter}', zh: '滤波器 {filter}' },
  mapDescription: { en: 'Filter {filter}: values from {min} to {max}', zh: '滤波器 {filter}：取值 {min} 到 {max}' },
  channelEmpty: { en: 'empty', zh: '空' },
  channelFlat: { en: 'flat', zh: '几乎不变' },
  listSeparator: { en: ', ', zh: '、' },

  // Kernel slide (views/kernel-slide): the hand-made kernels.
  presetEdge13: { en: 'Edge detector [−1, 0, 1]: dark → light', zh: '边缘检测 [−1, 0, 1]：由暗到亮' },
  presetEdgeReverse13: { en: 'Edge detector [1, 0, −1]: light → dark', zh: '边缘检测 [1, 0, −1]：由亮到暗' },
  presetAverage13: { en: 'Average [⅓, ⅓, ⅓]', zh: '平均 [⅓, ⅓, ⅓]' },
  presetVertical: { en: 'Vertical edges (Sobel)', zh: '竖直边缘（Sobel）' },
  presetHorizontal: { en: 'Horizontal edges (Sobel)', zh: '水平边缘（Sobel）' },
  presetBlur: { en: 'Blur (average of 9)', zh: '模糊（9 个像素的平均）' },
  presetSharpen: { en: 'Sharpen (bias −0.5)', zh: '锐化（偏置 −0.5）' },

  // Results (views/results): top probabilities, confusion matrix, mistakes gallery.
  probabilitiesCaption: { en: 'The network’s three most likely classes', zh: '网络认为最可能的三个类别' },
  probabilityItem: { en: '{label}: {probability}', zh: '{label}：{probability}' },
  matrixHeading: { en: 'Confusion matrix', zh: '混淆矩阵' },
  matrixIntro: {
    en: 'Rows: the true class. Columns: what the network predicted. The diagonal (blue) counts correct answers; every other cell (orange) a kind of mistake. Choose a cell to see its images; the arrow keys move between cells.',
    zh: '行：真实类别。列：网络预测的类别。对角线（蓝色）是答对的数量；其他格子（橙色）各代表一种错误。选择一个格子即可查看其中的图像；可用方向键在格子之间移动。',
  },
  matrixCaption: { en: 'Test images by true class (rows) and predicted class (columns)', zh: '按真实类别（行）和预测类别（列）统计的测试图像' },
  matrixCorner: { en: 'True ↓', zh: '真实 ↓' },
  matrixPredicted: { en: 'Predicted →', zh: '预测 →' },
  cellLabel: { en: 'True {label}, predicted {predicted}: {count}', zh: '真实为{label}、预测为{predicted}：{count} 张' },
  galleryIntro: {
    en: 'Each image with its true label, the network’s answer and its two highest probabilities.',
    zh: '每张图像都附有真实标签、网络的答案以及两个最高的概率。',
  },
  galleryAllErrors: { en: 'All {count} mistakes, most confident first', zh: '全部 {count} 个错误，按把握程度从高到低排列' },
  galleryCell: { en: '{label} predicted as {predicted} (count: {count}), most confident first', zh: '{label}被预测为{predicted}（共 {count} 张），按把握程度从高到低排列' },
  galleryCellCorrect: { en: '{label} recognised correctly (count: {count}), most confident first', zh: '正确识别的{label}（共 {count} 张），按把握程度从高到低排列' },
  galleryEmpty: { en: 'No images here.', zh: '这里没有图像。' },
  pageLabel: { en: 'Images {from}–{to} of {count}', zh: '第 {from}–{to} 张，共 {count} 张' },
  previousPage: { en: 'Previous', zh: '上一页' },
  nextPage: { en: 'Next', zh: '下一页' },
  showAllErrors: { en: 'Show all mistakes', zh: '显示全部错误' },
  cardTrue: { en: 'True: {label}', zh: '真实：{label}' },
  cardPredicted: { en: 'Predicted: {predicted} {p}', zh: '预测：{predicted} {p}' },
  cardSecond: { en: 'Next: {second} {p2}', zh: '其次：{second} {p2}' },
  cardIndex: { en: 'Test image {index}', zh: '测试图像 {index}' },

  // Charts (views/charts).
  chartEpoch: { en: 'Epoch', zh: '轮次' },
  chartAccuracy: { en: 'Accuracy (%)', zh: '准确率（%）' },
  chartLoss: { en: 'Loss', zh: '损失' },
  seriesAcc: { en: 'Training accuracy', zh: '训练准确率' },
  seriesValAcc: { en: 'Validation accuracy', zh: '验证准确率' },
  seriesLoss: { en: 'Training loss', zh: '训练损失' },
  seriesValLoss: { en: 'Validation loss', zh: '验证损失' },
  chartParams: { en: 'Trainable parameters (log scale)', zh: '可训练参数（对数刻度）' },
  chartTestAccuracy: { en: 'Test accuracy (%)', zh: '测试准确率（%）' },
  // Feature-map zoom (views/feature-maps/feature-zoom.ts).
  zoomLabel: { en: 'Zoom the feature maps', zh: '缩放特征图' },
  zoomIn: { en: 'Zoom in', zh: '放大' },
  zoomOut: { en: 'Zoom out', zh: '缩小' },
  zoomReadout: { en: '{columns} per row', zh: '每行 {columns} 张' },
} satisfies Readonly<Record<string, Entry>>;
