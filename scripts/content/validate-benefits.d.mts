export interface Facts {
  numbers: Set<string>
  unverifiedDocNumbers: string[]
  unverifiedPhones: string[]
  unverifiedNames: string[]
}
export declare const LOCAL_STANDARD: string
export declare function readFacts(markdown: string): Facts
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export declare function ownText(benefit: any): string[]
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export declare function benefitProblems(data: any, facts: Facts): string[]
