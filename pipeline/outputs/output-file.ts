/**
 * One file of the output. Its content is rendered only when asked for, so a build can write
 * files one at a time and the preview server can render just the page a browser requests.
 */
export type OutputFile =
  | {
      readonly path: string
      readonly render: () => string | Uint8Array
      /** What the content is made from (see output-key.ts); without one it is always rendered. */
      readonly key?: string
      /** The SHA-256 of the content, when whoever made it already knows it. */
      readonly digest?: string
      /**
       * The folder (`pagefind/en/2024/`) this file is made whole with: whoever gives one of its
       * files gives them all, so an update that gives any drops the folder's files it no longer has.
       */
      readonly bundle?: string
    }
  /** Copied from a source file as it is (media). */
  | {readonly path: string; readonly copyFrom: string}
