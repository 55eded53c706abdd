// Why a model, a share link or an imported file is refused, in English and 简体中文: one entry per
// error code with the parameters the error carries (src/ui/sandbox/error-messages.ts fills them).
// Registered in the one message table, messages.ts. Option names (kernelSize, strides, …) and
// shapes stay as written in the spec and in Keras, the same in every language.
import type { ImportErrorCode } from '../../formats/import-error';
import type { NumericSetting } from '../../shared/sandbox-settings';
import type { ShareLinkErrorCode } from '../../shared/share-link';
import type { SpecErrorCode } from '../../shared/spec-error';
import type { Entry } from './messages';

type Without<P extends string, C extends string> = C extends `${P}${infer K}` ? K : never;

/** SpecError (planModel, checkSandboxSpec). Layer rules also carry {layer} (its name) and {index}. */
export const specErrors = {
  'spec.shape': { en: 'This is not a model: a model has a name, an input shape and a list of layers.', zh: '这不是一个模型：模型需要名称、输入形状和层列表。' },
  'spec.inputShape': { en: 'The input must be [height, width, channels] of positive whole numbers, got {input}.', zh: '输入必须是由正整数组成的 [高, 宽, 通道数]，现在是 {input}。' },
  'spec.noLayers': { en: 'The model has no layers yet: add one.', zh: '模型还没有任何层：请添加一层。' },
  'spec.badName': { en: 'The model name must be text of at most {max} characters, got {value}.', zh: '模型名称必须是不超过 {max} 个字符的文本，现在是 {value}。' },
  'layer.unknownKind': { en: '{layer}: unknown layer kind {kind} (known: {kinds}).', zh: '{layer}：未知的层类型 {kind}（可用：{kinds}）。' },
  'layer.notPositiveInteger': { en: '{layer}: {option} must be a positive whole number, got {value}.', zh: '{layer}：{option} 必须是正整数，现在是 {value}。' },
  'layer.badOption': { en: '{layer}: {option} must be one of {allowed}, got {value}.', zh: '{layer}：{option} 必须是 {allowed} 之一，现在是 {value}。' },
  'layer.rateOutOfRange': { en: '{layer}: the dropout {option} must be at least 0 and less than 1, got {value}.', zh: '{layer}：Dropout 的 {option} 必须大于等于 0 且小于 1，现在是 {value}。' },
  'layer.duplicateName': { en: '{layer}: the name “{name}” is already used by another layer.', zh: '{layer}：名称“{name}”已被另一层使用。' },
  'layer.badName': {
    en: 'Layer {layer}: a name is 1 to {max} letters, digits, _ . or -, starting with a letter or _; got {value}.',
    zh: '第 {layer} 层：名称须为 1 到 {max} 个字母、数字、_、. 或 -，并以字母或 _ 开头；现在是 {value}。',
  },
  'layer.needsImageInput': { en: '{layer} needs an image (height, width, channels) as input, got {input}: move it before Flatten.', zh: '{layer} 的输入必须是图像（高、宽、通道），现在是 {input}：请把它移到 Flatten 之前。' },
  'layer.needsFlatInput': { en: '{layer} needs a flat input, got {input}: add a Flatten layer before it.', zh: '{layer} 的输入必须是一维的，现在是 {input}：请在它前面添加 Flatten 层。' },
  'layer.windowLargerThanInput': {
    en: '{layer}: the {option} {window} is larger than its {input} input (with ‘valid’ padding). Use a smaller window or ‘same’ padding.',
    zh: '{layer}：{option} {window} 比它的 {input} 输入还大（‘valid’ 填充）。请用更小的窗口或 ‘same’ 填充。',
  },
  'layer.emptyOutput': { en: '{layer}: the output {output} would have no values.', zh: '{layer}：输出 {output} 中将没有任何数值。' },
  'layer.softmaxNotLast': { en: '{layer}: softmax is only allowed on the last layer.', zh: '{layer}：只有最后一层可以使用 softmax。' },
  'model.lastMustBeSoftmax': {
    en: 'The last layer must be Dense({classes}, softmax), one probability per class; the model ends with {output}.',
    zh: '最后一层必须是 Dense({classes}, softmax)，每个类别输出一个概率；现在模型的输出是 {output}。',
  },
  'model.tooManyParams': { en: '{count} parameters: more than the cap of {cap}.', zh: '共 {count} 个参数：超过了上限 {cap}。' },
  'model.tooManyActivations': { en: '{count} activations per image: more than the cap of {cap}. Use fewer filters, strides or pooling.', zh: '每张图像 {count} 个激活值：超过了上限 {cap}。请减少卷积核数量，或使用步幅或池化。' },
  'sandbox.inputShape': { en: 'The sandbox trains on Fashion-MNIST: the input must be {expected}, got {input}.', zh: '沙盒使用 Fashion-MNIST 训练：输入必须是 {expected}，现在是 {input}。' },
  'sandbox.tooManyLayers': { en: '{count} layers: the sandbox allows at most {cap}.', zh: '共 {count} 层：沙盒最多允许 {cap} 层。' },
  'sandbox.kernelTooLarge': { en: '{layer}: the kernel {kernel} is larger than the sandbox’s {cap}.', zh: '{layer}：卷积核 {kernel} 超过了沙盒允许的 {cap}。' },
  'sandbox.strideOutOfRange': { en: '{layer}: each stride must be from {min} to {max}, got {strides}.', zh: '{layer}：每个方向的步幅必须在 {min} 到 {max} 之间，现在是 {strides}。' },
  'sandbox.tooManyParams': { en: '{count} parameters: the sandbox allows at most {cap}.', zh: '共 {count} 个参数：沙盒最多允许 {cap} 个。' },
  'sandbox.tooMuchMemory': {
    en: 'Training at batch size {batchSize} needs {mib} MiB of memory; the sandbox allows {capMib} MiB. Use fewer filters, strides or pooling, or a smaller batch.',
    zh: '以批大小 {batchSize} 训练需要 {mib} MiB 内存；沙盒最多允许 {capMib} MiB。请减少卷积核数量、使用步幅或池化，或减小批大小。',
  },
} satisfies Record<SpecErrorCode, Entry>;

/** ShareLinkError; {reason} of invalidSpec is the translated SpecError, {setting} a translated setting name. */
export const shareLinkErrors = {
  empty: { en: 'The link holds no model.', zh: '链接中没有模型。' },
  tooLong: { en: 'The link is too long ({length} characters; at most {cap}).', zh: '链接太长（{length} 个字符；最多 {cap} 个）。' },
  badFormat: { en: 'The link is not a FilterFit model link (it may have been cut off).', zh: '这不是 FilterFit 模型链接（可能被截断了）。' },
  badVersion: { en: 'The link was made by another version of FilterFit (format {version}; this one reads {supported}).', zh: '该链接由另一版本的 FilterFit 生成（格式 {version}；本版本读取格式 {supported}）。' },
  checksum: { en: 'The link is damaged: part of it was changed or cut off. Copy it again.', zh: '链接已损坏：其中一部分被修改或截断了。请重新复制。' },
  badEncoding: { en: 'The link is damaged: it contains characters a FilterFit link never has.', zh: '链接已损坏：其中含有 FilterFit 链接不会出现的字符。' },
  badJson: { en: 'The link is damaged: its content cannot be read ({detail}).', zh: '链接已损坏：无法读取其内容（{detail}）。' },
  badStructure: { en: 'The link’s content is not laid out as a FilterFit model (at {field}).', zh: '链接内容不符合 FilterFit 模型的格式（位置：{field}）。' },
  badSetting: { en: 'The link’s setting “{setting}” is {value}; it must be from {min} to {max}.', zh: '链接中的设置“{setting}”为 {value}；它必须在 {min} 到 {max} 之间。' },
  badOptimizer: { en: 'The link’s optimiser {value} is not one FilterFit has ({allowed}).', zh: '链接中的优化器 {value} 不是 FilterFit 支持的（{allowed}）。' },
  invalidSpec: { en: 'The link’s model cannot be trained: {reason}', zh: '链接中的模型无法训练：{reason}' },
} satisfies Record<Without<'share.', ShareLinkErrorCode>, Entry>;

/** ImportError; {reason} of invalidSpec is the translated SpecError. */
export const importErrors = {
  malformed: { en: 'The model file cannot be read ({detail}).', zh: '无法读取模型文件（{detail}）。' },
  notLayersModel: { en: 'This is not a Keras layers model (format {format}). Export a tf.keras Sequential model as a tfjs layers model.', zh: '这不是 Keras 层模型（格式 {format}）。请把 tf.keras Sequential 模型导出为 tfjs 层模型。' },
  notSequential: { en: 'Only Sequential models can be imported; this one is a {className}.', zh: '只能导入 Sequential 模型；此模型是 {className}。' },
  tooManyLayers: { en: 'The model has {count} layers; at most {cap} can be imported.', zh: '模型有 {count} 层；最多只能导入 {cap} 层。' },
  badInputShape: { en: 'The model’s input shape {shape} is not an image (height, width, channels).', zh: '模型的输入形状 {shape} 不是图像（高、宽、通道）。' },
  unsupportedLayer: { en: 'Layer {index} is a {className}, which FilterFit does not have.', zh: '第 {index} 层是 {className}，FilterFit 没有这种层。' },
  unsupportedOption: { en: 'Layer {layer}: {option} = {value} is not something FilterFit can compute.', zh: '层 {layer}：FilterFit 无法计算 {option} = {value}。' },
  badLayerConfig: { en: 'Layer {layer}: {option} = {value} is not valid.', zh: '层 {layer}：{option} = {value} 无效。' },
  badManifest: { en: 'The model file’s weights list is damaged ({detail}).', zh: '模型文件中的权重列表已损坏（{detail}）。' },
  badWeightData: { en: 'The weights file could not be read ({detail}).', zh: '无法读取权重文件（{detail}）。' },
  missingWeight: { en: 'The weights file has no {name}.', zh: '权重文件中缺少 {name}。' },
  unexpectedWeight: { en: 'The weights file has a weight the model does not use: {name}.', zh: '权重文件中有模型用不到的权重：{name}。' },
  weightShape: { en: 'The weight {name} has shape {shape}; the model needs {expected}.', zh: '权重 {name} 的形状是 {shape}；模型需要 {expected}。' },
  weightDtype: { en: 'The weight {name} is stored as {dtype}; FilterFit reads float32 weights only.', zh: '权重 {name} 以 {dtype} 格式存储；FilterFit 只能读取 float32 权重。' },
  weightDataSize: { en: 'The weights file has {bytes} bytes; the model.json lists {expected}. Pick the weights file that belongs to it.', zh: '权重文件有 {bytes} 字节，而 model.json 列出的是 {expected} 字节。请选择与之配套的权重文件。' },
  nonFiniteWeight: { en: 'The weight {name} holds {value} at position {index}: weights must be finite numbers.', zh: '权重 {name} 在位置 {index} 处为 {value}：权重必须是有限数值。' },
  invalidSpec: { en: 'The imported model cannot be trained here: {reason}', zh: '导入的模型无法在这里训练：{reason}' },
} satisfies Record<Without<'import.', ImportErrorCode>, Entry>;

/** The sandbox's training settings by name (share links name them; forms may label with them). */
export const sandboxSettingNames = {
  epochs: { en: 'Epochs', zh: '训练轮数' },
  batchSize: { en: 'Batch size', zh: '批大小' },
  learningRate: { en: 'Learning rate', zh: '学习率' },
  seed: { en: 'Random seed', zh: '随机种子' },
  trainLimit: { en: 'Training images', zh: '训练图像数' },
  threads: { en: 'Threads', zh: '线程数' },
} satisfies Record<NumericSetting, Entry>;
