// Positions a DOM caption over the canvas at layout coordinates (CSS px), capped to a width.
export function place(element: HTMLElement, { x, y, width }: { x: number; y: number; width: number }): void {
  element.style.left = `${x}px`;
  element.style.top = `${y}px`;
  element.style.maxWidth = `${width}px`;
}
