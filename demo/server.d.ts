/** A running demo server. */
export interface DemoServer {
  /** Where it listens, e.g. `http://127.0.0.1:8080/`. */
  url: string
  port: number
  close(): Promise<void>
}

/**
 * Starts the demo site on 127.0.0.1, with the built library under `/consentry/`.
 * @throws when `dist/consentry.js` is missing (run `npm run build` first).
 */
export function startServer(options?: { port?: number }): Promise<DemoServer>
