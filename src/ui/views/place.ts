// Positions a DOM caption over the canvas at layout coordinates (CSS px), capped to a width if given.
export function place(element: HTMLElement, { x, y, width }: { x: number; y: number; width?: number }): void {
  element.style.left = `${x}px`;
  element.style.top = `${y}px`;
  if (width !== undefined) element.style.maxWidth = `${width}px`;
}
