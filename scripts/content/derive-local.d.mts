export declare function readDay(value: unknown): Date | null
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export declare function localFactProblems(facts: any, options: { file: string; today: Date; benefits: { id: string; name: string }[] }): string[]
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export declare function deriveLocal(facts: any): any
