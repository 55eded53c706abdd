// Challenge weights on the wire: the flat parameter array (Model.exportWeights order) as base64
// of little-endian float32, 4 bytes per parameter. Runs in browsers and Node (atob/btoa).

export function encodeWeights(weights: Float32Array): string {
  const bytes = new Uint8Array(weights.length * 4);
  const view = new DataView(bytes.buffer);
  weights.forEach((value, i) => view.setFloat32(i * 4, value, true));
  let binary = '';
  const CHUNK = 0x8000; // String.fromCharCode's argument count stays well under engine limits
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

export function weightsFromBytes(bytes: Uint8Array): Float32Array {
  if (bytes.length % 4 !== 0) throw new RangeError(`${bytes.length} bytes are not whole float32 values`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const weights = new Float32Array(bytes.length / 4);
  for (let i = 0; i < weights.length; i++) weights[i] = view.getFloat32(i * 4, true);
  return weights;
}

export function decodeWeightBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
