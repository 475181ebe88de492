/** Every generated file the app ships, keyed by its path (src/data/…), derived from `root`/content. */
export declare function deriveAll(root: string): Promise<Record<string, unknown>>
