// consentry/vue: a plugin, composables and a gate for Vue 3.
import {
  computed,
  defineComponent,
  inject,
  shallowRef,
  toValue,
  type App,
  type ComputedRef,
  type InjectionKey,
  type MaybeRefOrGetter,
  type Plugin,
  type ShallowRef,
} from 'vue'
import type { Consent, ConsentState } from '../types'
import { controlsOf, initialStateOf, startConsent, type ConsentSetup } from './connect'

export type { ConsentSetup } from './connect'

/** What `useConsent()` gives: the state as a ref, and the actions. */
export interface VueConsentControls {
  /** The current state: before the manager runs, the initial state. */
  readonly state: Readonly<ShallowRef<ConsentState>>
  /** The manager, once it runs in the browser. */
  readonly consent: Readonly<ShallowRef<Consent | undefined>>
  isGranted(name: string): boolean
  acceptAll(): void
  rejectAll(): void
  save(choice: Parameters<Consent['save']>[0]): void
  showBanner(): void
  showPreferences(): void
  reset(): void
}

const KEY: InjectionKey<VueConsentControls> = Symbol('consentry')

/**
 * The plugin that runs one consent manager for the app. The manager starts in the browser once
 * `app.mount()` has rendered (or hydrated) the app, and stops with `app.unmount()`; on the
 * server nothing starts, and nothing optional is granted (or `initialState` is).
 * @example
 * createApp(App).use(consentPlugin({ config, options: { ui: createUI() } })).mount('#app')
 */
export function consentPlugin(setup: ConsentSetup): Plugin {
  return {
    install(app: App) {
      const state = shallowRef(initialStateOf(setup))
      const consent = shallowRef<Consent | undefined>()
      const now = () => controlsOf(state.value, consent.value)
      app.provide(KEY, {
        state,
        consent,
        isGranted: (name) => now().isGranted(name),
        acceptAll: () => now().acceptAll(),
        rejectAll: () => now().rejectAll(),
        save: (choice) => now().save(choice),
        showBanner: () => now().showBanner(),
        showPreferences: () => now().showPreferences(),
        reset: () => now().reset(),
      })
      // Server rendering never mounts: the manager starts only in the browser, after the app
      // has hydrated with the initial state.
      const mount = app.mount
      app.mount = (...args: Parameters<App['mount']>) => {
        const root = mount.apply(app, args)
        const stop = startConsent(setup, (started, next) => {
          consent.value = started
          state.value = next
        })
        app.onUnmount(stop)
        return root
      }
    },
  }
}

/**
 * The state and the actions of the app's manager.
 * @throws {Error} when the plugin is not installed.
 */
export function useConsent(): VueConsentControls {
  const controls = inject(KEY, null)
  if (!controls) throw new Error('Consentry: useConsent() needs app.use(consentPlugin(…)).')
  return controls
}

/** Whether a category or service id is granted, as a computed ref. */
export function useGranted(name: MaybeRefOrGetter<string>): ComputedRef<boolean> {
  const { state } = useConsent()
  return computed(() => controlsOf(state.value, undefined).isGranted(toValue(name)))
}

/**
 * Renders its default slot once `when` is granted, else its `fallback` slot.
 * @example
 * <ConsentGate when="youtube"><iframe … /><template #fallback>…</template></ConsentGate>
 */
export const ConsentGate = defineComponent({
  name: 'ConsentGate',
  props: { when: { type: String, required: true } },
  setup(props, { slots }) {
    const granted = useGranted(() => props.when)
    return () => (granted.value ? slots.default?.() : slots.fallback?.())
  },
})
