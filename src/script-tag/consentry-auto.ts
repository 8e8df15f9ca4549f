/*
 * consentry-auto.js: consentry.js with auto-blocking (`"autoBlock": true`), for sites that
 * cannot rewrite their tags. It must be the first script in <head>, loaded synchronously, with
 * the config inline before it. Modules run in import order: blocking is in place before the core
 * (and anything after this script) runs.
 */
import './auto-block-first'
import './consentry'
