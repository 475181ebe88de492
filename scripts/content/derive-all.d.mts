export declare const LOCAL_FACTS_FILE: string
/**
 * Every generated file the app ships, keyed by its path (src/data/…), derived from `root`/content.
 * `localFacts`: the town's file relative to `root`; `today`: the day the build runs.
 */
export declare function deriveAll(root: string, options?: { localFacts?: string; today?: Date }): Promise<Record<string, unknown>>
