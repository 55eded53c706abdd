// The `offline` message namespace: saving FilterFit for offline use, and a new version waiting.
// Registered in src/ui/i18n/messages.ts.
import type { Entry } from '../i18n/messages';

export const offline = {
  saving: { en: 'Saving FilterFit for offline use…', zh: '正在保存 FilterFit，以便离线使用……' },
  ready: { en: 'Ready offline: FilterFit and its images are saved in this browser.', zh: '已可离线使用：FilterFit 及其图像已保存在此浏览器中。' },
  failed: { en: 'FilterFit could not be saved for offline use ({detail}). It works online as before.', zh: '无法保存 FilterFit 以便离线使用（{detail}）。在线使用不受影响。' },
  updateAvailable: { en: 'Update available: a new version of FilterFit is ready.', zh: '有可用更新：FilterFit 的新版本已就绪。' },
  reload: { en: 'Reload', zh: '重新加载' },
} satisfies Readonly<Record<string, Entry>>;
