// consentry-ui.js: the UI chunk the script-tag core loads when the visitor must be asked, asks
// for the preferences, or the page needs a placeholder or the floating button. (Being built.)
export {}
