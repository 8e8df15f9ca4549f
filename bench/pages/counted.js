// An external one of the 200 gated scripts: it counts itself (see libraries.mjs).
window.__count()
