export function chromiumPath(): string | undefined;
export const CHROMIUM_ARGS: readonly string[];
export const STRICT_CSP: string;
