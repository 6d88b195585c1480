/** See bundle.js: the bundled command for the sources as they are now (built if need be), or undefined where none can be built. */
export function ensureBundle(root?: string): Promise<string | undefined>
