// The shape a translated catalogue must have: the English catalogue's keys, every one, with the
// same kind of value (text, or a function of the same arguments). English literals widen to string.
export type Catalogue<T> = T extends (...args: infer A) => infer R
  ? (...args: A) => Catalogue<R>
  : T extends string
    ? string
    : T extends readonly (infer U)[]
      ? readonly Catalogue<U>[]
      : T extends object
        ? { readonly [K in keyof T]: Catalogue<T[K]> }
        : T;
