import { createApp } from 'vue'
import type { ConsentConfig } from 'consentry'
import { createUI } from 'consentry/ui'
import { consentPlugin } from 'consentry/vue'
import consentJson from '../../consent.json'
import App from './App.vue'

createApp(App)
  .use(
    consentPlugin({
      config: consentJson as ConsentConfig,
      options: { ui: createUI() },
      onError: (error) => console.error('Consentry could not start', error),
    }),
  )
  .mount('#app')
