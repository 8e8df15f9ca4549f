import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'

export default defineConfig({
  root: import.meta.dirname,
  plugins: [vue()],
  build: { outDir: '../../node_modules/.examples/vue', emptyOutDir: true },
  logLevel: 'warn',
})
