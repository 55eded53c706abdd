// The `storage` message namespace: what the app says when the browser cannot keep something, and
// the names of the kinds of records it keeps. Registered in src/ui/i18n/messages.ts.
import type { Entry } from '../i18n/messages';

export const storage = {
  unavailable: {
    en: 'This browser does not let FilterFit save anything (private browsing?). Everything works, but what you do is kept only until this page closes.',
    zh: '此浏览器不允许 FilterFit 保存任何内容（可能处于无痕浏览模式）。一切照常可用，但你的操作只保留到关闭本页为止。',
  },
  quota: {
    en: 'The browser’s storage is full: FilterFit could not save the {what} and keeps the latest only until this page closes.',
    zh: '浏览器的存储空间已满：{what}无法保存，只保留到关闭本页为止。',
  },
  failed: {
    en: 'FilterFit could not save the {what} and keeps the latest only until this page closes.',
    zh: '{what}无法保存；会保留到关闭本页为止。',
  },
  corrupted: {
    en: 'FilterFit could not read the saved {what} and reset that part. Everything else is kept.',
    zh: '保存的{what}无法读取，已被重置。其他内容都保留着。',
  },
  outdated: {
    en: 'The saved {what} came from an older FilterFit and could not be converted, so that part was reset. Everything else is kept.',
    zh: '保存的{what}来自旧版 FilterFit，无法转换，因此已被重置。其他内容都保留着。',
  },
  whatLesson: { en: 'lesson progress', zh: '课程进度' },
  whatModels: { en: 'trained networks', zh: '训练好的网络' },
  whatCheckpoint: { en: 'training checkpoints', zh: '训练检查点' },
  whatSettings: { en: 'device settings', zh: '设备设置' },
  dismiss: { en: 'Dismiss', zh: '知道了' },
} satisfies Readonly<Record<string, Entry>>;
