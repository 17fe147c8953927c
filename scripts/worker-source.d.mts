/** See worker-source.mjs. */
export function rowOpenerWorkerSource(): string;
export function workerDefines(): Record<string, string>;
