export interface RatioInterval {
  ratio: number
  low: number
  high: number
}
export declare function median(xs: number[]): number
export declare function medianRatioInterval(app: number[], bare: number[], options?: { level?: number; resamples?: number; seed?: number }): RatioInterval
export declare function verdictAtMost(interval: Pick<RatioInterval, 'low' | 'high'>, goal: number): '✓' | '✗' | '≈'
