export declare const ASK_LOCALLY: string
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export declare function deriveBenefits(content: any, report: any, blockOf: (paragraphs: { line: number; text: string }[], quote: string) => number | null): { benefits: any; index: any }
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export declare function searchCharacterMap(index: any, toTraditional: ((s: string) => string)[]): Record<string, string>
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export declare function deriveFinder(finder: any, benefits: { id: string }[]): any
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export declare function deriveSituations(finder: any): import('../../src/domain/search/situations').SituationData
export declare function policyFactsChecked(markdown: string): string
export declare function packBenefits(data: any): any
