export declare function inlineScripts(html: string): string[]
