// Messages of the step "Edit the weights" (stepWeights namespace), English and 简体中文
// side by side; merged into the one message table (src/ui/i18n/messages.ts) by ../../messages.ts.
import type { Entry } from '../../../i18n/messages';

export const stepWeights = {
  title: { en: 'Edit the weights', zh: '修改权重' },
  intro: {
    en: 'In Keras, layer.get_weights() returns a layer’s numbers: for the first layer a kernel of shape (1, 3, 1, 5) — five filters of 1 × 3 weights — and a bias of shape (5,). layer.set_weights() puts new numbers in. Change them below and watch the feature maps and the prediction follow at once.',
    zh: '在 Keras 中，layer.get_weights() 返回一层的数值：第一层是形状为 (1, 3, 1, 5) 的卷积核——五个 1 × 3 的滤波器——以及形状为 (5,) 的偏置。layer.set_weights() 则把新的数值放进去。在下面修改它们，特征图和预测会立即随之改变。',
  },
  tableCaption: { en: 'Layer 0: the kernel weights of each filter, and its bias', zh: '第 0 层：每个滤波器的卷积核权重及其偏置' },
  filterColumn: { en: 'Filter', zh: '滤波器' },
  colLeft: { en: 'Left weight', zh: '左权重' },
  colMiddle: { en: 'Middle weight', zh: '中权重' },
  colRight: { en: 'Right weight', zh: '右权重' },
  colBias: { en: 'Bias', zh: '偏置' },
  inputLabel: { en: 'Filter {filter}, {which}', zh: '滤波器 {filter}，{which}' },
  setTwo: { en: 'Set all kernel weights to 2 (the notebook’s experiment)', zh: '把所有卷积核权重设为 2（笔记本中的实验）' },
  reset: { en: 'Reset to the trained weights', zh: '恢复训练得到的权重' },
  resetUntrained: { en: 'Reset to the starting weights', zh: '恢复初始权重' },
  invalid: {
    en: '{field}: “{value}” is not a number. Nothing was changed; type a number such as 0.5 or −1.',
    zh: '{field}：“{value}”不是数字。没有做任何修改；请输入像 0.5 或 −1 这样的数字。',
  },
  empty: { en: '{field} is empty. Nothing was changed; type a number.', zh: '{field}为空。没有做任何修改；请输入一个数字。' },
  outOfRange: {
    en: '{field}: {value} is too large. Nothing was changed; use numbers from −{limit} to {limit}.',
    zh: '{field}：{value} 太大了。没有做任何修改；请使用 −{limit} 到 {limit} 之间的数字。',
  },
  applied: { en: 'set_weights done: the feature maps and the prediction are up to date.', zh: '已执行 set_weights：特征图和预测都已更新。' },
  codeCaption: { en: 'What layer.get_weights() returns now', zh: 'layer.get_weights() 现在返回的内容' },
  trainedPrediction: { en: 'With the trained weights: {label} ({probability}).', zh: '使用训练得到的权重时：{label}（{probability}）。' },
  startPrediction: { en: 'With the starting weights: {label} ({probability}).', zh: '使用初始权重时：{label}（{probability}）。' },
  nowPrediction: { en: 'Now: {label} ({probability}).', zh: '现在：{label}（{probability}）。' },
  gridCaption: { en: 'Layer 0: the 5 feature maps (28 × 26)', zh: '第 0 层：5 张特征图（28 × 26）' },
  question: {
    en: 'Check: after “set all to 2”, what happened to the five feature maps?',
    zh: '检查：执行“全部设为 2”之后，五张特征图发生了什么变化？',
  },
  questionLocked: { en: 'Press “Set all kernel weights to 2” first.', zh: '请先点击“把所有卷积核权重设为 2”。' },
  answerSame: { en: 'They all look the same', zh: '它们看起来都一样了' },
  answerBlack: { en: 'They all turned black (empty)', zh: '它们都变黑了（为空）' },
  answerUnchanged: { en: 'Nothing changed', zh: '没有任何变化' },
  correct: {
    en: 'Right. All five filters now have the same weights [2, 2, 2], so they compute the same sum at every position: the maps differ only by their biases. Five identical filters find one feature, not five — and the dense layer, trained for the old features, now sees different numbers: {prediction}',
    zh: '正确。五个滤波器现在的权重都是 [2, 2, 2]，所以在每个位置算出的和都相同：各特征图只因偏置不同而略有差别。五个相同的滤波器只能找出一种特征，而不是五种——而为旧特征训练的全连接层现在看到的是不同的数值：{prediction}',
  },
  wrong: {
    en: 'Look again at the five maps after setting all weights to 2: compare them with each other.',
    zh: '把权重都设为 2 之后，再看看这五张特征图：把它们互相比较一下。',
  },
} satisfies Readonly<Record<string, Entry>>;
