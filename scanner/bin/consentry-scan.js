#!/usr/bin/env node
// The command. `npm ci` bundles the scanner (the workspace's `prepare`); a checkout that skipped
// it is bundled here, once, on first use.
import { existsSync } from 'node:fs'

const bundle = new URL('../dist/consentry-scan.js', import.meta.url)
if (!existsSync(bundle)) await import('../build.js')
await import(bundle.href)
