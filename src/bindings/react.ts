// consentry/react: a provider, hooks and a gate for React 18 and 19.
import * as React from 'react'
import {
  createContext,
  createElement,
  Fragment,
  type FragmentProps,
  type FunctionComponentElement,
  type ProviderProps,
  type ReactNode,
} from 'react'
import type { ConsentControls, ConsentSetup } from './connect'
import { createBindings } from './create-bindings'

export type { ConsentControls, ConsentSetup } from './connect'

const context = createContext<ConsentControls | null>(null)

const bindings = createBindings({
  hooks: React,
  context,
  provide: (value, children: ReactNode) => createElement(context.Provider, { value }, children),
  fragment: (children: ReactNode) => createElement(Fragment, null, children),
})

/** Props of {@link ConsentProvider}. */
export interface ConsentProviderProps extends ConsentSetup {
  children?: ReactNode
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
export const ConsentProvider: (
  props: ConsentProviderProps,
) => FunctionComponentElement<ProviderProps<ConsentControls | null>> = bindings.ConsentProvider

/**
 * The state and the actions of the manager that the nearest {@link ConsentProvider} runs.
 * @throws {Error} outside a provider.
 */
export const useConsent: () => ConsentControls = bindings.useConsent

/** Whether a category or service id is granted now; re-renders when that changes. */
export const useGranted: (name: string) => boolean = bindings.useGranted

/** Props of {@link ConsentGate}. */
export interface ConsentGateProps {
  /** The category or service id the children need. */
  when: string
  /** What renders until it is granted (on the server too). */
  fallback?: ReactNode
  children?: ReactNode
}

/**
 * Renders its children only once `when` is granted, else the fallback.
 * @example
 * <ConsentGate when="youtube" fallback={<p>Allow YouTube to see the video.</p>}>
 *   <iframe src="https://www.youtube-nocookie.com/embed/…" />
 * </ConsentGate>
 */
export const ConsentGate: (props: ConsentGateProps) => FunctionComponentElement<FragmentProps> =
  bindings.ConsentGate
