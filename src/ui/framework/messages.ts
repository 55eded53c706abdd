// The `menus` message namespace: the buttons that fold the section links and the lesson's step
// list away on tablets and phones (framework/fold.ts). Registered in src/ui/i18n/messages.ts.
import type { Entry } from '../i18n/messages';

export const menus = {
  sections: { en: 'Menu — {current}', zh: '菜单 — {current}' },
  steps: { en: 'Steps: {step} of {total} — {title}', zh: '步骤：第 {step} 步，共 {total} 步 — {title}' },
  stepsNone: { en: 'Steps and options', zh: '步骤与选项' },
} satisfies Readonly<Record<string, Entry>>;
