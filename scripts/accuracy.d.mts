// Types for scripts/accuracy.mjs (plain Node script, imported by test/unit/accuracy-script.test.ts).
export interface Bars {
  all: number;
  everyField: number;
  fields: string[];
  enforced?: boolean;
}
export function minArgument(bars: Bars): string;
export function enforced(bars: Bars, environment?: Record<string, string | undefined>): boolean;
export function verdict(run: { scoreExit: number; ci: boolean; enforce: boolean }): { exit: number; say: string };
