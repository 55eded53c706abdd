// Messages of the lesson (lessonTraining namespace), English and 简体中文 side by side; merged into the
// one message table in messages.ts.
import type { Entry } from './messages';

export const lessonTraining = {
  placeholder: { en: '…', zh: '……' },
} satisfies Readonly<Record<string, Entry>>;
