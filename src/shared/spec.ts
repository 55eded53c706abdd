// The one declarative description of a network: JSON-serialisable, Keras/tfjs-layers option
// names. Lessons, the sandbox, URL sharing, the CLI and the engine all read this shape.

export type Padding = 'valid' | 'same';
export type Pair = [number, number];

export interface Conv2dSpec {
  kind: 'conv2d';
  name?: string;
  filters: number;
  kernelSize: Pair;
  /** Default [1, 1]. */
  strides?: Pair;
  /** Default 'valid'. */
  padding?: Padding;
  /** Default 'linear' (as Keras). */
  activation?: 'relu' | 'linear';
  /** Default true. */
  useBias?: boolean;
}

export interface MaxPool2dSpec {
  kind: 'maxPool2d';
  name?: string;
  poolSize: Pair;
  /** Default = poolSize (as Keras). */
  strides?: Pair;
  padding?: 'valid';
}

/** Keras AveragePooling2D: the mean of each window; 'same' divides by the window's in-image taps. */
export interface AvgPool2dSpec {
  kind: 'avgPool2d';
  name?: string;
  poolSize: Pair;
  /** Default = poolSize (as Keras). */
  strides?: Pair;
  /** Default 'valid'. */
  padding?: Padding;
}

/**
 * Keras Dropout: while training, zeroes each element with probability `rate` and scales the rest
 * by 1 / (1 − rate); the identity at inference. Any input shape; no parameters.
 */
export interface DropoutSpec {
  kind: 'dropout';
  name?: string;
  /** In [0, 1). */
  rate: number;
}

/** Max over the channel axis, keepdims (the tutorial's Lambda `reduce_max(axis=3)`): depth → 1. */
export interface ChannelMaxPoolSpec {
  kind: 'channelMaxPool';
  name?: string;
}

export interface FlattenSpec {
  kind: 'flatten';
  name?: string;
}

export interface DenseSpec {
  kind: 'dense';
  name?: string;
  units: number;
  /** Default 'linear'. 'softmax' only on the last layer (trained with sparse categorical CE). */
  activation?: 'softmax' | 'relu' | 'linear';
  /** Default true. */
  useBias?: boolean;
}

export type LayerSpec = Conv2dSpec | MaxPool2dSpec | AvgPool2dSpec | ChannelMaxPoolSpec | DropoutSpec | FlattenSpec | DenseSpec;
export type LayerKind = LayerSpec['kind'];

/** [height, width, channels]; Fashion-MNIST is [28, 28, 1]. */
export type Shape3 = [number, number, number];

export interface ModelSpec {
  name: string;
  input: Shape3;
  layers: LayerSpec[];
}

/** Number of classes the loss trains against (Fashion-MNIST). */
export const CLASS_COUNT = 10;
