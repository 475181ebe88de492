export declare function staleFacts(outputs: Record<string, unknown>, isStale: (checked: string) => boolean): string[]
export declare function passedStatements(benefits: unknown[], today: string): string[]
