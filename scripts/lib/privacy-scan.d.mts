export declare const NETWORK_APIS: string[]
export declare const FORBIDDEN_APIS: string[]
export declare const WECHAT_PRIVACY_INTERFACES: Record<string, string>
export declare const DECLARED_PRIVACY_INTERFACES: Record<string, string>
export declare const WATCHED_APIS: string[]
export declare function findApiUses(code: string, names: string[]): string[]
export declare function findDirectWxUses(code: string, names: string[]): string[]
export declare function findWebNetwork(code: string): string[]
export declare function privacyDeclarations(appJson: Record<string, unknown>): string[]
export declare function classifyWeappUses(uses: string[]): { problems: string[]; declared: string[] }
export declare function undeclaredPrivacyNames(code: string): string[]
