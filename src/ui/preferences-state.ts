type Switches = Record<string, boolean>

/** Where the visitor is in the preferences: switch positions, and which categories are open. */
export interface PreferencesState {
  categories: Switches
  services: Switches
  open: Switches
}
