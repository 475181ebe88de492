export declare function pageCspDirectives(html: string): Record<string, string[]>
export declare function inlineScriptsRefused(html: string): string[]
