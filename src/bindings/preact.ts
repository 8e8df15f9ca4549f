// consentry/preact: a provider, hooks and a gate for Preact 10.
import { createContext, createElement, Fragment, type ComponentChildren } from 'preact'
import { useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks'
import type { Consent } from '../types'
import {
  controlsOf,
  initialStateOf,
  startConsent,
  type ConsentControls,
  type ConsentSetup,
} from './connect'

export type { ConsentControls, ConsentSetup } from './connect'

const ConsentContext = createContext<ConsentControls | null>(null)

/** Props of {@link ConsentProvider}. */
export interface ConsentProviderProps extends ConsentSetup {
  children?: ComponentChildren
}

/**
 * Starts one consent manager for the app, in the browser, after the first render; on the server
 * and in that first render, nothing optional is granted (or `initialState` is). The config is
 * read once: to start again with another one, give the provider a new `key`. A config error
 * goes to `onError` and the children still render.
 * @example
 * <ConsentProvider config={config} options={{ ui: createUI() }} onError={report}>
 *   <App />
 * </ConsentProvider>
 */
export function ConsentProvider(props: ConsentProviderProps) {
  const [initial] = useState(() => initialStateOf(props))
  const [current, setCurrent] = useState({
    state: initial,
    consent: undefined as Consent | undefined,
  })
  // The latest props, for the effect that runs once.
  const latest = useRef(props)
  latest.current = props
  useEffect(
    () =>
      startConsent(
        { ...latest.current, onError: (error) => (latest.current.onError || console.error)(error) },
        (consent, state) => setCurrent({ state, consent }),
      ),
    [],
  )
  const controls = useMemo(() => controlsOf(current.state, current.consent), [current])
  return createElement(ConsentContext.Provider, { value: controls }, props.children)
}

/**
 * The state and the actions of the manager that the nearest {@link ConsentProvider} runs.
 * @throws {Error} outside a provider.
 */
export function useConsent(): ConsentControls {
  const controls = useContext(ConsentContext)
  if (!controls) throw new Error('Consentry: useConsent() needs a <ConsentProvider> above it.')
  return controls
}

/** Whether a category or service id is granted now; re-renders when that changes. */
export function useGranted(name: string): boolean {
  return useConsent().isGranted(name)
}

/** Props of {@link ConsentGate}. */
export interface ConsentGateProps {
  /** The category or service id the children need. */
  when: string
  /** What renders until it is granted (on the server too). */
  fallback?: ComponentChildren
  children?: ComponentChildren
}

/**
 * Renders its children only once `when` is granted, else the fallback.
 * @example
 * <ConsentGate when="youtube" fallback={<p>Allow YouTube to see the video.</p>}>
 *   <iframe src="https://www.youtube-nocookie.com/embed/…" />
 * </ConsentGate>
 */
export function ConsentGate({ when, fallback = null, children }: ConsentGateProps) {
  return createElement(Fragment, null, useGranted(when) ? children : fallback)
}
