/** 'real' when the SPA talks to the Node server; 'mock' when the API runs inside the page. */
export type ApiMode = 'real' | 'mock'

export const apiMode: ApiMode = import.meta.env.VITE_API_MODE === 'real' ? 'real' : 'mock'
