/** @jsxRuntime classic */
/** @jsx h */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- for the classic JSX pragma (h calls are smaller than the automatic runtime's)
import { h } from 'preact'
import type { Texts } from './lang/en'

/**
 * "Accept all" and "Reject all": the same kind of button, in the same style, in two grid columns
 * of equal width, so neither is bigger whatever the texts (EDPB taskforce, CNIL). A notice (opt-out
 * regimes) puts "OK" and "Do not sell or share my personal information" in their places.
 * @internal
 */
export const Choices = (props: { t: Texts; onAccept: () => void; onReject: () => void }) => (
  <div class="equal">
    <button class="button primary" part="button accept" onClick={props.onAccept}>
      {props.t.acceptAll}
    </button>
    <button class="button primary" part="button reject" onClick={props.onReject}>
      {props.t.rejectAll}
    </button>
  </div>
)
