// tfjs-core with its gradients and chained ops registered (tfjs-core alone registers neither).
// Imported only by the cross-check: tfjs is the reference, never the engine.
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';

export * as tf from '@tensorflow/tfjs-core';
