export function buildWorker(options?: { write?: boolean }): Promise<{ code: string; inputs: string[] }>;
