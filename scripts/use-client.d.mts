export function markUseClient(files: readonly string[]): void;
