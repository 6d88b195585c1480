declare module 'amphtml-validator' {
  interface ValidationError {
    readonly line: number
    readonly col: number
    readonly message: string
    readonly severity: 'ERROR' | 'WARNING' | 'UNKNOWN_SEVERITY'
  }
  interface Validator {
    validateString(html: string): {status: 'PASS' | 'FAIL' | 'UNKNOWN'; errors: ValidationError[]}
  }
  /** Loads the validator engine from a local file or URL. */
  export function getInstance(validatorJs?: string): Promise<Validator>
  const amphtmlValidator: {getInstance: typeof getInstance}
  export default amphtmlValidator
}
