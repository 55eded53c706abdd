// The `sandbox` namespace, English and 简体中文: the screen's own text here, each part's beside
// its code (editor/, train/, …), all merged into one namespace of the message table
// (src/ui/i18n/messages.ts). Keys are prefixed by part, so the parts never collide.
import type { Entry } from '../i18n/messages';
import { architectureMessages } from './architecture/messages';
import { editorMessages } from './editor/messages';
import { historyMessages } from './history/messages';
import { playgroundMessages } from './playground/messages';
import { shareMessages } from './share/messages';
import { trainMessages } from './train/messages';

const screenMessages = {
  nav: { en: 'Sandbox', zh: '沙盒' },
  heading: { en: 'Sandbox: design, train, compare', zh: '沙盒：设计、训练、比较' },
  intro: {
    en: 'Design your own network for Fashion-MNIST, see what filters, kernel sizes and strides do, train it here, and compare your runs. The address always holds your network: copy it to share.',
    zh: '为 Fashion-MNIST 设计你自己的网络，看看卷积核、卷积核大小和步幅有什么作用，在这里训练它，并比较各次训练。地址栏里始终保存着你的网络：复制它即可分享。',
  },
  tabsLabel: { en: 'Sandbox sections', zh: '沙盒栏目' },
  tabBuild: { en: 'Build', zh: '搭建' },
  tabPlayground: { en: 'Filters & strides', zh: '卷积核与步幅' },
  tabTrain: { en: 'Train', zh: '训练' },
  tabHistory: { en: 'Runs', zh: '训练记录' },
  tabShare: { en: 'Share & export', zh: '分享与导出' },
  linkWeightsLesson: { en: 'Opened with the weights you trained in the lesson.', zh: '已打开，并载入了你在课程中训练的权重。' },
  linkWeightsRun: { en: 'Opened with the trained weights of your saved run.', zh: '已打开，并载入了你保存的那次训练的权重。' },
  linkWeightsMissing: {
    en: 'The link asks for trained weights that are not on this device (or no longer fit): the network opens untrained.',
    zh: '链接要求的训练权重不在本设备上（或已不匹配）：网络以未训练的状态打开。',
  },
  openInSandbox: { en: 'Open in the sandbox:', zh: '在沙盒中打开：' },
  openInSandboxLabel: { en: 'This step’s networks in the sandbox', zh: '本步骤的网络（在沙盒中打开）' },
  openUntrained: { en: '{name}', zh: '{name}' },
  openTrained: { en: '{name}, with your trained weights', zh: '{name}（带上你训练好的权重）' },
  linkFailed: { en: '{reason} The default network is shown instead.', zh: '{reason} 现在显示的是默认网络。' },
} satisfies Readonly<Record<string, Entry>>;

export const sandbox = { ...screenMessages, ...editorMessages, ...architectureMessages, ...playgroundMessages, ...trainMessages, ...historyMessages, ...shareMessages } satisfies Readonly<Record<string, Entry>>;
