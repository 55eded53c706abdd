// The architecture picture's and the inspector's text (part of the `sandbox` namespace).
import type { Entry } from '../../i18n/messages';

export const architectureMessages = {
  pictureHeading: { en: 'The network as a picture', zh: '网络结构图' },
  pictureIntro: {
    en: 'One block per layer, sized by its output: the face is height × width, the depth grows with the number of channels. After training, choose a block to look inside that layer.',
    zh: '每一层一个方块，大小对应它的输出：正面是高 × 宽，厚度随通道数增加。训练之后，选择一个方块即可查看该层的内部。',
  },
  pictureBlocks: { en: 'Layers of the network (use the arrow keys, then Enter to look inside)', zh: '网络的各层（用方向键选择，按回车查看内部）' },
  pictureInput: { en: 'Input', zh: '输入' },
  pictureLayer: { en: '{n} · {kind}', zh: '{n} · {kind}' },
  shortConv2d: { en: 'Conv', zh: '卷积' },
  shortMaxPool2d: { en: 'MaxPool', zh: '最大池化' },
  shortAvgPool2d: { en: 'AvgPool', zh: '平均池化' },
  shortChannelMaxPool: { en: 'Channel max', zh: '通道最大' },
  shortDropout: { en: 'Dropout', zh: '随机失活' },
  shortFlatten: { en: 'Flatten', zh: '展平' },
  shortDense: { en: 'Dense', zh: '全连接' },
  inspectorHeading: { en: 'Inside layer {n}', zh: '第 {n} 层的内部' },
  inspectorUntrained: {
    en: 'Train this network first (or re-open a run of it from the history): an untrained network has nothing to show yet.',
    zh: '请先训练这个网络（或从训练记录中重新打开它的某次训练）：未训练的网络还没有可看的内容。',
  },
  inspectorLoading: { en: 'Sending the image through the network…', zh: '正在把图像送入网络……' },
  inspectorFailed: { en: 'Could not look inside: {detail}', zh: '无法查看内部：{detail}' },
  inspectorShown: { en: 'Layer {n} turns the image into {shape}: one map per channel below, each scaled to its own range (light = large).', zh: '第 {n} 层把图像变成 {shape}：下面每个通道一张图，各自按自己的范围缩放（越亮数值越大）。' },
  inspectorShownFlat: { en: 'Layer {n} turns the image into {shape} numbers, drawn as a strip (light = large).', zh: '第 {n} 层把图像变成 {shape} 个数，画成一条带状图（越亮数值越大）。' },
  inspectorSource: { en: 'Image to send through the network', zh: '送入网络的图像' },
  inspectorSourceTest: { en: 'A test image', zh: '一张测试图像' },
  inspectorSourceDraw: { en: 'My drawing', zh: '我画的图' },
  inspectorInput: { en: 'Input', zh: '输入' },
  inspectorMaps: { en: 'Layer {n}: {shape}', zh: '第 {n} 层：{shape}' },
  inspectorChannel: { en: '{k}', zh: '{k}' },
  inspectorChannelEmpty: { en: '{k} · empty', zh: '{k} · 全空' },
  inspectorFilters: { en: 'Its {count} filters ({kh} × {kw}) on input channel {channel} of {channels}', zh: '它的 {count} 个卷积核（{kh} × {kw}），输入通道 {channel} / {channels}' },
  inspectorFilterChannel: { en: 'Input channel of the filters', zh: '卷积核的输入通道' },
} satisfies Readonly<Record<string, Entry>>;
