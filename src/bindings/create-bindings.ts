import type { Consent } from '../types'
import {
  controlsOf,
  initialStateOf,
  startConsent,
  type ConsentControls,
  type ConsentSetup,
} from './connect'

/** The hooks React and Preact share (React's module, or `preact/hooks`). @internal */
export interface Hooks<Context> {
  useContext(context: Context): ConsentControls | null
  useState<S>(initial: () => S): [S, (value: S) => void]
  useEffect(effect: () => () => void, deps: []): void
  useMemo<T>(factory: () => T, deps: unknown[]): T
  useRef<T>(initial: T): { current: T }
}

/**
 * What the React and Preact bindings need of their framework: its hooks, and the two elements
 * the bindings render, made with the framework's own `createElement`, around the context the
 * binding makes.
 * @internal
 */
export interface Framework<Children, ProviderElement, GateElement, Context> {
  hooks: Hooks<NoInfer<Context>>
  /** The framework's context of the controls, `createContext<ConsentControls | null>(null)`. */
  context: Context
  /** The context provider element, giving `controls` to `children`. */
  provide(controls: ConsentControls, children: Children | undefined): ProviderElement
  /** A fragment of `children`. */
  fragment(children: Children | undefined): GateElement
}

/** The provider's props: a {@link ConsentSetup} and the app inside it. @internal */
export interface ProviderProps<Children> extends ConsentSetup {
  children?: Children | undefined
}

/** The gate's props. @internal */
export interface GateProps<Children> {
  /** The category or service id the children need. */
  when: string
  /** What renders until it is granted (on the server too). */
  fallback?: Children | undefined
  children?: Children | undefined
}

/**
 * The provider, the hooks and the gate, once for every framework with React's hooks: React and
 * Preact each pass theirs (see `react.ts` and `preact.ts`, which document the public API).
 * @internal
 */
export function createBindings<Children, ProviderElement, GateElement, Context>(
  framework: Framework<Children, ProviderElement, GateElement, Context>,
) {
  const { useContext, useState, useEffect, useMemo, useRef } = framework.hooks

  function ConsentProvider(props: ProviderProps<Children>): ProviderElement {
    const [initial] = useState(() => initialStateOf(props))
    const [current, setCurrent] = useState(() => ({
      state: initial,
      consent: undefined as Consent | undefined,
    }))
    // The latest props, for the effect that runs once.
    const latest = useRef(props)
    latest.current = props
    useEffect(
      () =>
        startConsent(
          {
            ...latest.current,
            onError: (error) => (latest.current.onError || console.error)(error),
          },
          (consent, state) => setCurrent({ state, consent }),
        ),
      [],
    )
    const controls = useMemo(() => controlsOf(current.state, current.consent), [current])
    return framework.provide(controls, props.children)
  }

  function useConsent(): ConsentControls {
    const controls = useContext(framework.context)
    if (!controls) throw new Error('Consentry: useConsent() needs a <ConsentProvider> above it.')
    return controls
  }

  const useGranted = (name: string): boolean => useConsent().isGranted(name)

  function ConsentGate({ when, fallback, children }: GateProps<Children>): GateElement {
    return framework.fragment(useGranted(when) ? children : fallback)
  }

  return { ConsentProvider, useConsent, useGranted, ConsentGate }
}
