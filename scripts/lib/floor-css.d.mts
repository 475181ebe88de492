export declare function beyondTheFloor(css: string): string[]
