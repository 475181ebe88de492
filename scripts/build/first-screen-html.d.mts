export declare function withoutFirstScreen(html: string): string
export declare function withFirstScreen(html: string, screen: { css: string; markup: string }): string
export declare function firstScreenBlocks(html: string): { style: string; markup: string }
