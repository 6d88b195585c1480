/** See list-files.js: every regular file under `folder`, relative, forward slashes, code-unit order. */
export function listFiles(folder: string): string[]
