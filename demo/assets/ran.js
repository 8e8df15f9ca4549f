// Demo only: stands in for a third-party script that a page gates. It notes in `window.__order`
// that it ran, by its `data-name`, and touches neither cookies nor storage.
;(window.__order ||= []).push(document.currentScript.dataset.name)
