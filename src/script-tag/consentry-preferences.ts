import { Preferences } from '../ui/preferences'

// consentry-preferences.js: the preferences center, fetched by consentry-ui.js the first time a
// visitor opens it, so the first layer stays small. Preact comes from the UI chunk (see the
// rollup config), so both render with the one copy.
;(window.ConsentryChunks ||= {}).preferences = Preferences
