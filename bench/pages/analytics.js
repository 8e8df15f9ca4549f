// A gated script of the benchmark pages: it records that it ran, and when.
;(window.__gated ||= []).push({ name: 'analytics', at: performance.now() })
