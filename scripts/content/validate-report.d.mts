interface ReportLike {
  sections: { id: string; summary: string; paragraphs: { text: string }[]; figures: { id: string; value: string; unit: string; label: string; quote: string }[] }[]
}
export declare const MONEY: RegExp
export declare const PEOPLE_OR_HOUSEHOLDS: RegExp
export declare function figureProblems(report: ReportLike): string[]
export declare function uncoveredAmounts(report: ReportLike): string[]
export declare function numberTokens(text: string): string[]
export declare function valueMatchesQuote(figure: { value: string; quote: string }): boolean
export declare function withheldNameProblems(
  outputs: Record<string, unknown>,
  withheld: { names: { find: string; replace: string }[] },
  forms: (name: string) => string[],
): string[]
