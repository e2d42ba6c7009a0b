export const INSTALL_HINT: string;
export const CHROME_ARGS: string[];
export function findChrome(): string | undefined;
