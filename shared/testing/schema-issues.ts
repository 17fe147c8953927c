import type { z } from 'zod';

/** Each issue as `path: message`, so a test states exactly which rule spoke and where. */
export function issues(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`);
}
