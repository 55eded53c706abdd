// The `device` message namespace: the device settings panel — what the start-up speed probe
// measured, what it picked for quick mode, and the learner's override. Registered in
// src/ui/i18n/messages.ts.
import type { Entry } from '../i18n/messages';

export const device = {
  summary: { en: 'Device: {images} images per quick-mode epoch, {threads} threads', zh: '设备：快速模式每轮 {images} 张图像，{threads} 个线程' },
  measuring: { en: 'Measuring how fast this device trains…', zh: '正在测量本设备的训练速度……' },
  measured: {
    en: 'Speed check: {speedA} images/s for seed-a and {speedNotebook} for seed-notebook on one thread; {cores} cores.',
    zh: '速度测试：单线程下 seed-a 每秒 {speedA} 张图像，seed-notebook 每秒 {speedNotebook} 张；共 {cores} 个核心。',
  },
  failed: { en: 'The speed check failed ({detail}); the defaults are used.', zh: '速度测试失败（{detail}）；将使用默认设置。' },
  picked: {
    en: 'Picked: {images} images per quick-mode epoch (seed-a: about {seconds} s), {threads} threads.',
    zh: '已选择：快速模式每轮 {images} 张图像（seed-a 约 {seconds} 秒），{threads} 个线程。',
  },
  pickedDefault: { en: 'Quick mode uses {images} images per epoch on {threads} threads.', zh: '快速模式每轮使用 {images} 张图像，{threads} 个线程。' },
  chosen: { en: 'Your choice: {images} images per quick-mode epoch, {threads} threads.', zh: '你的选择：快速模式每轮 {images} 张图像，{threads} 个线程。' },
  oneThread: {
    en: 'Training uses one thread: this page cannot share memory between threads.',
    zh: '训练只使用一个线程：本页无法在线程之间共享内存。',
  },
  quickLabel: { en: 'Quick-mode images', zh: '快速模式图像数' },
  threadsLabel: { en: 'Threads', zh: '线程数' },
  auto: { en: 'Automatic ({value})', zh: '自动（{value}）' },
} satisfies Readonly<Record<string, Entry>>;
