export declare function linkTitles(
  report: { sections: { id: string; title: string }[] },
  benefits: { id: string; name: string }[],
  routes: { section: (id: string) => string; benefit: (id: string) => string },
): Record<string, string>
export declare function linkTitlesMeta(titles: Record<string, string>): string
export declare function withoutLinkTitles(html: string): string
export declare function withLinkTitles(html: string, titles: Record<string, string>): string
