// The run history's text (part of the `sandbox` namespace).
import type { Entry } from '../../i18n/messages';

export const historyMessages = {
  runsHeading: { en: 'Your runs', zh: '你的训练记录' },
  runsCaption: { en: 'Every network you trained here, with its settings and test accuracy. Sort by a column with its button.', zh: '你在这里训练过的每个网络，以及它的设置和测试准确率。点击列标题的按钮可排序。' },
  runsLoading: { en: 'Reading your runs…', zh: '正在读取你的训练记录……' },
  runsEmpty: { en: 'No runs yet: train a network and it appears here.', zh: '还没有训练记录：训练一个网络，它就会出现在这里。' },
  runsCount: { en: 'Runs kept on this device: {count}.', zh: '本设备上保存了 {count} 次训练。' },
  runsFailed: { en: 'Your runs could not be read ({detail}).', zh: '无法读取你的训练记录（{detail}）。' },
  runSaved: { en: 'Run saved (runs in the table: {n}).', zh: '已保存这次训练：表中共 {n} 次训练。' },
  runKeptForPage: { en: 'Run added (runs in the table: {n}), but this browser could not store it: it is kept until you leave the page.', zh: '已添加这次训练（表中共 {n} 次），但浏览器无法保存它：离开本页之前它都会保留。' },
  runDeleted: { en: 'Run “{name}” deleted.', zh: '已删除训练“{name}”。' },
  runReopened: { en: 'Re-opened “{name}”: its network, settings and trained weights are back.', zh: '已重新打开“{name}”：它的网络、设置和训练好的权重都恢复了。' },
  runNumber: { en: '#', zh: '#' },
  runNetwork: { en: 'Network', zh: '网络' },
  runParams: { en: 'Parameters', zh: '参数' },
  runTraining: { en: 'Training', zh: '训练' },
  runTrainingValue: { en: 'epochs: {epochs} · images: {data} · {optimizer}', zh: '{epochs} 轮 · {data} 张图像 · {optimizer}' },
  runAllImages: { en: 'all', zh: '全部' },
  runAccuracy: { en: 'Test accuracy', zh: '测试准确率' },
  runTime: { en: 'Time per epoch', zh: '每轮用时' },
  runTimeValue: { en: '{actual} (estimated {estimate})', zh: '{actual}（估计 {estimate}）' },
  runWhen: { en: 'When', zh: '时间' },
  runActions: { en: 'Actions', zh: '操作' },
  runReopen: { en: 'Re-open', zh: '重新打开' },
  runDelete: { en: 'Delete', zh: '删除' },
  runReopenLabel: { en: 'Re-open run {n}: {name}', zh: '重新打开第 {n} 次训练：{name}' },
  runDeleteLabel: { en: 'Delete run {n}: {name}', zh: '删除第 {n} 次训练：{name}' },
  runsScatterCaption: {
    en: 'Parameters (log scale) against test accuracy of the runs in the table ({count}), numbered as in the table. Best: {best} at {acc}.',
    zh: '你的 {count} 次训练的参数（对数刻度）与测试准确率；编号与表格一致。最好的是 {best}，准确率 {acc}。',
  },
} satisfies Readonly<Record<string, Entry>>;
