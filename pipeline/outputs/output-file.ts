/** One file of the output, in memory until the writer puts it on disk. */
export type OutputFile =
  | {readonly path: string; readonly content: string | Uint8Array}
  /** Copied from a source file as it is (media). */
  | {readonly path: string; readonly copyFrom: string}
