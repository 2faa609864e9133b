import { randomUUID } from 'node:crypto';

export const newId = (): string => randomUUID();

/** Escapes LIKE wildcards so a search for "50%" matches literally (used with ESCAPE '\'). */
export const likePattern = (query: string): string => `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
