/* eslint-disable @typescript-eslint/no-explicit-any */
export declare const REPORTS_DIR: string
export declare function readReports(root: string, dir?: string): { year: number; dir: string; structure: any; rules: any; source: string }[]
export declare function draftRefusal(years: { year: number; draft: boolean }[]): string | null
