import type { ConfigIssue } from '../types'

/**
 * Thrown by `createConsent` for a config it cannot use. `issues` lists every problem found,
 * each with the JSON path, what was expected and what was found.
 */
export class ConfigError extends Error {
  readonly issues: ConfigIssue[]
  constructor(issues: ConfigIssue[]) {
    super(
      'Invalid Consentry config:\n' +
        issues.map((i) => `  ${i.path || '(root)'}: ${i.message}`).join('\n'),
    )
    this.name = 'ConfigError'
    this.issues = issues
  }
}
