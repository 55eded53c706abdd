// The `networks` namespace: the preset networks' friendly names (network-names.ts maps presets to
// them), English and 简体中文; registered in the one table, src/ui/i18n/messages.ts.
import type { Entry } from '../i18n/messages';

export const networks = {
  seedA: { en: 'First network: Conv 5 × (1 × 3) → Dense', zh: '第一个网络：卷积 5 ×（1 × 3）→ 全连接' },
  seedNotebook: { en: 'Notebook model: Conv → Conv → Channel max → Dense', zh: '笔记本模型：卷积 → 卷积 → 通道最大池化 → 全连接' },
  seedAShort: { en: 'First network', zh: '第一个网络' },
  seedNotebookShort: { en: 'Notebook model', zh: '笔记本模型' },
  compareConv: { en: 'Conv → Logistic', zh: '卷积 → 逻辑回归' },
  compareConvPool: { en: 'Conv → MaxPool → Logistic', zh: '卷积 → 最大池化 → 逻辑回归' },
  compareConvConvPool: { en: 'Conv → Conv → MaxPool → Logistic', zh: '卷积 → 卷积 → 最大池化 → 逻辑回归' },
  compareConvPoolConvPool: { en: 'Conv → MaxPool → Conv → MaxPool → Logistic', zh: '卷积 → 最大池化 → 卷积 → 最大池化 → 逻辑回归' },
  benchA: { en: 'Benchmark A (the first network)', zh: '基准 A（第一个网络）' },
  benchB: { en: 'Benchmark B (the notebook model)', zh: '基准 B（笔记本模型）' },
  benchC: { en: 'Benchmark C: Conv 32 → Conv 32 → MaxPool → Dense', zh: '基准 C：卷积 32 → 卷积 32 → 最大池化 → 全连接' },
} satisfies Readonly<Record<string, Entry>>;
