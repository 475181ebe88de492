export declare function withTextFloor(bareHtml: string, appHtml: string): string
export declare function writeTextFloor(dirs: { appDir: string; bareDir: string; outDir: string }): void
