/** Wraps the DOM surface auto-blocking patches in pass-through functions (see patch-surface.mjs). */
export function patchSurface(minimal: boolean): void
