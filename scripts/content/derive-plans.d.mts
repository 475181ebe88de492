/* eslint-disable @typescript-eslint/no-explicit-any */
export declare const OUTCOMES: Record<string, string>
export declare function derivePlans(root: string, years: any[]): { plans: any[] }
export declare function followUpProposals(plan: any, sections: any[], sentencesOf: (text: string) => string[]): { item: string; text: string; proposals: { section: string; sentence: string; shared: number }[] }[]
