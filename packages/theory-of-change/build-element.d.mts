export function buildElementBundle(options?: { write?: boolean }): Promise<string>;
