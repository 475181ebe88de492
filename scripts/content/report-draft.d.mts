/* eslint-disable @typescript-eslint/no-explicit-any */
export declare class DraftError extends Error {}
export declare function readPasted(bytes: Buffer, file?: string): string
export declare function headingLevel(text: string): number | null
export declare function headingTitle(text: string): string
export declare function idFromTitle(title: string, taken: Set<string>): string
export declare function sentencesOf(text: string): string[]
export declare function numbersIn(sentence: string): { value: string; unit: string; text: string }[]
export declare function draftReport(
  text: string,
  options: { year: number; rules: any; toSimplified: (s: string) => string; benefits: { id: string; name: string; aliases?: string[] }[]; knownWords: string[]; today: string; previousPlan?: any },
): { structure: any; editorial: any; review: any; outcomes: any; title: string }
export declare function reviewSummary(draft: { structure: any; review: any; title: string }, folder: string): string
export declare function readsAsUnnumberedHeading(text: string): boolean
