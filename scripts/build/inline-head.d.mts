export declare const scriptHashSource: (code: string) => string
export declare function withScriptSource(csp: string, source: string): string
export declare function inlineHead(html: string, files: { script: { src: string; code: string }; style: { href: string; css: string } }): string
export declare function withoutInlinedHead(html: string): string
export declare const inlinedStylesheet: (html: string) => string | null
