/** The built-ins each build's oldest phone lacks (config/floor-builtins.cjs). */
export function laterBuiltinRules(): string[]
export function missingBuiltins(surface: 'weapp' | 'h5'): string[]
export function deleteBuiltinsScript(paths: string[]): string
