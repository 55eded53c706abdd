// Messages of the classroom inside the app (the class badge, the #class screen, the experiment
// card, the sandbox's challenge offer), English and 简体中文; merged into the one message table in
// src/ui/i18n/messages.ts as the `classSync` namespace.
import type { Entry } from '../i18n/messages';

export const classSync = {
  nav: { en: 'Class', zh: '课堂' },
  openApp: { en: 'Open FilterFit and start', zh: '打开 FilterFit 开始学习' },
  // ---- the header badge ----
  badgeLabel: { en: 'Class session', zh: '课堂' },
  badgeNotJoined: { en: 'Join the class', zh: '加入课堂' },
  badgeJoined: { en: 'Class: {nickname}', zh: '课堂：{nickname}' },
  badgePending: { en: '{count} waiting to send', zh: '{count} 条待发送' },
  badgeSaved: { en: 'all saved', zh: '已全部保存' },
  badgeOffline: { en: 'offline: results are kept and sent later', zh: '离线：结果已保存，稍后发送' },
  badgeFailed: { en: '{count} refused by the server', zh: '服务器拒收 {count} 条' },
  badgeEnded: { en: 'the session has ended', zh: '课堂已结束' },

  // ---- the #class screen ----
  heading: { en: 'Your class', zh: '你的课堂' },
  intro: {
    en: 'Your teacher runs this class session. What you do in the lesson, in play mode and in the sandbox challenge is sent to the class; nothing else.',
    zh: '这是老师开设的课堂。你在课程、游戏模式和沙盒挑战中的进度会发送给课堂，其他内容不会发送。',
  },
  activitiesHeading: { en: 'Today’s activities', zh: '今天的活动' },
  activityLesson: { en: 'The guided lesson ({mode})', zh: '引导课程（{mode}）' },
  lessonQuick: { en: 'quick mode', zh: '快速模式' },
  lessonFull: { en: 'full mode', zh: '完整模式' },
  activityPlay: { en: 'Play mode: level {level}, seed {seed} — the same rounds for the whole class', zh: '游戏模式：第 {level} 关，随机种子 {seed}——全班题目相同' },
  activityChallenge: {
    en: 'Sandbox challenge: best test accuracy with at most {params} parameters in at most {epochs} epochs',
    zh: '沙盒挑战：在不超过 {params} 个参数、不超过 {epochs} 轮训练的条件下取得最高测试准确率',
  },
  activityExperiment: { en: 'The class experiment (below)', zh: '全班实验（见下方）' },
  open: { en: 'Open', zh: '打开' },
  noActivities: { en: 'Your teacher has not chosen any activity yet.', zh: '老师还没有选择活动。' },
  ended: { en: 'This session has ended: nothing more is sent.', zh: '本课堂已结束：不再发送任何结果。' },
  leave: { en: 'Leave this class', zh: '退出课堂' },
  leaveConfirm: { en: 'Leave the class? Results not yet sent are dropped.', zh: '要退出课堂吗？尚未发送的结果将被丢弃。' },

  // ---- the class experiment card ----
  experimentHeading: { en: 'The class experiment', zh: '全班实验' },
  experimentIntro: {
    en: 'The class reproduces the tutorial’s comparison together: each of you trains one architecture on all 60,000 training images, and the table below fills in with everyone’s results.',
    zh: '全班一起重现教程中的比较：每人用全部 60,000 张训练图像训练一种网络结构，下表会汇总所有人的结果。',
  },
  experimentShare: { en: 'Your share: {arch}, seed {seed}, {epochs} epochs ({params} parameters).', zh: '你的任务：{arch}，随机种子 {seed}，训练 {epochs} 轮（{params} 个参数）。' },
  experimentNoShare: { en: 'The class experiment is not part of this session.', zh: '本课堂不包含全班实验。' },
  experimentTrain: { en: 'Train my share', zh: '训练我的部分' },
  experimentStop: { en: 'Stop', zh: '停止' },
  experimentEpoch: { en: 'Epoch {epoch} of {epochs}: validation accuracy {acc}', zh: '第 {epoch} / {epochs} 轮：验证准确率 {acc}' },
  experimentProgress: { en: 'Training progress', zh: '训练进度' },
  experimentDone: { en: 'Done: test accuracy {acc}. Your result was sent to the class.', zh: '完成：测试准确率 {acc}。结果已发送给课堂。' },
  experimentFailed: { en: 'Training did not finish: {detail}', zh: '训练未完成：{detail}' },
  experimentSent: { en: 'Already sent: test accuracy {acc}.', zh: '已发送：测试准确率 {acc}。' },
  tableHeading: { en: 'The class’s comparison table', zh: '全班的比较表' },
  experimentChart: {
    en: 'Parameters against test accuracy: one dot per run, each architecture’s mean as a bar with ± one standard deviation, numbered as the table’s rows',
    zh: '参数数量与测试准确率：每次训练一个点，每种结构的平均值为一条横线，竖线为 ± 一个标准差，编号与表格各行相同',
  },
  tableEmpty: { en: 'No results yet.', zh: '暂时没有结果。' },
  colArchitecture: { en: 'Architecture', zh: '网络结构' },
  colParams: { en: 'Parameters', zh: '参数' },
  colRuns: { en: 'Runs', zh: '次数' },
  colMedian: { en: 'Median accuracy', zh: '准确率中位数' },
  colBest: { en: 'Best accuracy', zh: '最高准确率' },
  colMean: { en: 'Mean ± s.d.', zh: '平均值 ± 标准差' },
  colTutorial: { en: 'Tutorial', zh: '教程' },
  meanSpread: { en: '{mean} ± {spread}', zh: '{mean} ± {spread}' },
  tutorialNote: {
    en: 'The tutorial reports about 91% for two convolutions then max-pooling, and 89.19% for the notebook’s network; it gives no exact figure for the other rows.',
    zh: '教程中“两个卷积层再接最大池化”约为 91%，教程笔记本中的网络为 89.19%；其余各行教程没有给出确切数字。',
  },

  // ---- the sandbox's challenge offer ----
  challengeHeading: { en: 'Class challenge', zh: '课堂挑战' },
  challengeRule: {
    en: 'Best test accuracy with at most {params} parameters in at most {epochs} epochs. The server checks every entry on the 10,000 test images.',
    zh: '在不超过 {params} 个参数、不超过 {epochs} 轮训练的条件下取得最高测试准确率。服务器会用 10,000 张测试图像验证每个作品。',
  },
  challengeNetwork: { en: 'Your network: {params} parameters, {epochs} epochs.', zh: '你的网络：{params} 个参数，{epochs} 轮。' },
  challengeTooManyParams: { en: 'Too many parameters for the challenge ({params} > {max}).', zh: '参数超出挑战上限（{params} > {max}）。' },
  challengeTooManyEpochs: { en: 'Too many epochs for the challenge ({epochs} > {max}).', zh: '训练轮数超出挑战上限（{epochs} > {max}）。' },
  challengeInvalid: { en: 'Build a valid network first.', zh: '请先搭建一个有效的网络。' },
  challengeTrainFirst: { en: 'Train this network to submit it.', zh: '训练这个网络后才能提交。' },
  challengeReady: { en: 'Trained: test accuracy {acc}. Ready to submit.', zh: '已训练：测试准确率 {acc}。可以提交。' },
  challengeSubmit: { en: 'Submit to the class challenge', zh: '提交到课堂挑战' },
  challengeSubmitted: { en: 'Submitted ({acc}): the server is checking it; the leaderboard shows the verified accuracy.', zh: '已提交（{acc}）：服务器正在验证，排行榜显示验证后的准确率。' },
  challengeJoinFirst: { en: 'Join the class to take part.', zh: '加入课堂后即可参加。' },
} satisfies Record<string, Entry>;
