/**
 * A generated client model as JSON on the wire: the official packages' models are classes as the
 * clients deserialize them (Date objects, string enums, `_new` for the JSON key `new`); contract
 * servers and type checks compare against this form.
 */
type WireKey<K> = K extends '_new' ? 'new' : K extends '_in' ? 'in' : K extends '_from' ? 'from' : K;

export type Wire<T> = T extends Date ? string
  : T extends string ? `${T}`
  : T extends readonly (infer U)[] ? Wire<U>[]
  : T extends object ? { [K in keyof T as WireKey<K>]: Wire<T[K]> }
  : T;

/** Compiles only when `value` fits the type: a type-level check with a runtime value to go with it. */
export const wire = <T>(value: T): T => value;
