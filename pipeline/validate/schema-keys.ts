import type {z} from 'zod'

type Def = {
  type: string
  shape?: Record<string, z.core.$ZodType>
  element?: z.core.$ZodType
  valueType?: z.core.$ZodType
  innerType?: z.core.$ZodType
  in?: z.core.$ZodType
}

/** The keys the object schema at `path` accepts, in the schema's order; none where there is no object. */
export function keysAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
  let node: z.core.$ZodType | undefined = unwrap(schema)
  for (const segment of path) {
    const def: Def | undefined = node?._zod.def as Def | undefined
    node =
      def?.type === 'object' ? def.shape?.[String(segment)] : def?.type === 'array' ? def.element : def?.type === 'record' ? def.valueType : undefined
    if (!node) return []
    node = unwrap(node)
  }
  const def = node._zod.def as Def
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : []
}

/** The schema under optional, default and transform wrappers: the one that has the shape. */
function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let node = schema
  for (;;) {
    const def = node._zod.def as Def
    const inner = def.type === 'pipe' ? def.in : def.innerType
    if (!inner) return node
    node = inner
  }
}
