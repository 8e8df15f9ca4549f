import * as preactTesting from '@testing-library/preact'
import * as reactTesting from '@testing-library/react'
import { createElement as preactElement, hydrate, render as renderInto, type VNode } from 'preact'
import { renderToString as preactToString } from 'preact-render-to-string'
import { createElement as reactElement, StrictMode, type ReactElement } from 'react'
import { hydrateRoot } from 'react-dom/client'
import { renderToString as reactToString } from 'react-dom/server'
import * as preactBinding from 'consentry/preact'
import * as reactBinding from 'consentry/react'
import type { ConsentControls } from 'consentry/react'

/*
 * The React and Preact bindings have one API; test/bindings/react-and-preact.test.ts runs one
 * suite against both. Each framework is described here by what the suite needs of it, without
 * JSX (whose runtime is chosen per file): `h` is the framework's createElement.
 */

/** An element of either framework; the suite only passes them back to the same framework. */
export type Element = { readonly element: unique symbol }

/** What the suite needs of a framework and its binding. */
export interface Framework {
  name: string
  binding: {
    ConsentProvider: unknown
    ConsentGate: unknown
    useConsent(): ConsentControls
    useGranted(name: string): boolean
  }
  h(type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]): Element
  /** The framework's Testing Library: what it wraps in the framework's `act()`. */
  testing: {
    render(element: Element): { unmount(): void }
    click(element: HTMLElement): void
    waitFor<T>(expectation: () => T): Promise<T>
    cleanup(): void
  }
  renderToString(element: Element): string
  /** Hydrates server markup; `mismatches` holds what the framework reported as recovered. */
  hydrate(container: HTMLElement, element: Element): Promise<Hydrated>
  /** The framework's strictest mode around an element (React's StrictMode; Preact has none). */
  strict(element: Element): Element
}

interface Hydrated {
  mismatches: unknown[]
  unmount(): void
}

/** A framework's Testing Library, as the suite uses it. */
interface TestingLibrary<FrameworkElement> {
  render(element: FrameworkElement): { unmount(): void }
  fireEvent: { click(element: HTMLElement): unknown }
  waitFor<T>(expectation: () => T): Promise<T>
  cleanup(): void
}

const testingWith = <FrameworkElement>(
  library: TestingLibrary<FrameworkElement>,
): Framework['testing'] => ({
  render: (element) => library.render(element as unknown as FrameworkElement),
  click: (element) => void library.fireEvent.click(element),
  waitFor: (expectation) => library.waitFor(expectation),
  cleanup: library.cleanup,
})

// React checks that tests wrap updates in act() only when told it runs in a test.
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const react: Framework = {
  name: 'consentry/react',
  binding: reactBinding,
  h: reactElement as unknown as Framework['h'],
  testing: testingWith<ReactElement>(reactTesting),
  renderToString: (element) => reactToString(element as unknown as ReactElement),
  async hydrate(container, element) {
    const mismatches: unknown[] = []
    const root = await reactTesting.act(async () =>
      hydrateRoot(container, element as unknown as ReactElement, {
        onRecoverableError: (error) => mismatches.push(error),
      }),
    )
    return { mismatches, unmount: () => reactTesting.act(() => root.unmount()) }
  },
  strict: (element) => react.h(StrictMode, null, element),
}

const preact: Framework = {
  name: 'consentry/preact',
  binding: preactBinding,
  h: preactElement as unknown as Framework['h'],
  testing: testingWith<VNode>(preactTesting),
  renderToString: (element) => preactToString(element as unknown as VNode),
  async hydrate(container, element) {
    await preactTesting.act(() => hydrate(element as unknown as VNode, container))
    // Preact repairs a mismatch without reporting it: the suite checks the elements instead.
    return { mismatches: [], unmount: () => renderInto(null, container) }
  },
  strict: (element) => element,
}

/** The frameworks the suite runs against. */
export const frameworks = [react, preact]
