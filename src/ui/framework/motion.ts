// prefers-reduced-motion, read once per query (screens receive it through ScreenContext).

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
