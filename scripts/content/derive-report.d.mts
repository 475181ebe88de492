/* eslint-disable @typescript-eslint/no-explicit-any */
export declare function titleFromHeading(heading: string): string
export declare function deriveReport(sourceText: string, structure: any, rules: any, toSimplified: (s: string) => string): { report: any; corrections: any }
