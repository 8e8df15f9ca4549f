import { defineConfig } from 'vite'

// No React plugin needed to build: esbuild compiles the JSX.
export default defineConfig({
  root: import.meta.dirname,
  esbuild: { jsx: 'automatic', jsxImportSource: 'react' },
  build: { outDir: '../../node_modules/.examples/vite-react', emptyOutDir: true },
  logLevel: 'warn',
})
