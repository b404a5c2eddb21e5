// stopword 3 ships no type declarations (the @types package describes version 2); only what LOCI uses.
declare module 'stopword' {
  /** English stop words, lower case. */
  export const eng: string[];
  /** Spanish stop words, lower case, with their accents. */
  export const spa: string[];
}
