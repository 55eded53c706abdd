// A Fashion-MNIST image as a PNG data URL, for an <img> inside a form (a question's picture):
// the DOM keeps it next to its label and control; CSS scales it with `image-rendering: pixelated`.
import { IMAGE_SIZE } from '../../data/idx';
import { grayToRgba } from './image-atlas';

export function imageDataUrl(images: Uint8Array, index: number): string {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = IMAGE_SIZE;
  const context = canvas.getContext('2d')!;
  const image = new ImageData(IMAGE_SIZE, IMAGE_SIZE);
  grayToRgba(images, index, image.data);
  context.putImageData(image, 0, 0);
  return canvas.toDataURL('image/png');
}
