/// <reference types="vite/client" />

// An interface, not a type: it merges with Vite's own declaration.
interface ImportMetaEnv {
  /** 'real' builds the SPA for the Node server; anything else serves /api from the mock. */
  readonly VITE_API_MODE?: 'mock' | 'real'
}
