/** The same shape as the German catalogue, every leaf a string: English must translate every key. */
export type Catalogue<T> = { [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]> };
