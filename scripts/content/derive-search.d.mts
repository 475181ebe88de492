export type VocabularyEntry = [word: string, pinyin: string, initials: string, targets: string[]]
export declare function deriveReportSearch(
  content: { named: { places: string[]; products: string[] }; everyday: { words: Record<string, string[]> } },
  reportText: string,
): { vocabulary: VocabularyEntry[] }
