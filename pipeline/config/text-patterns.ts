/** Slugs, tag ids and URL prefixes: ASCII lowercase letters and digits, joined by single hyphens. */
export const kebabId = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** An ISO 8601 date-time that names its offset, so it means one instant wherever it is read. */
export const isoDateTimeWithOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/
