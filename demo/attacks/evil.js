// The attacker's script: it must never run.
;(window.__lab ? window.__lab.ran : (window.__evil = window.__evil || [])).push('evil')
