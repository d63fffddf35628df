/** The shape of a UI-string lookup, for modules that take the translator as a parameter (badge, error texts). */
export type Translate = (key: string, substitutions?: string | string[]) => string;
