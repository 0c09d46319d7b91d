import type { z } from 'zod';
import { didYouMean } from '../../core/did-you-mean.js';

/** A configuration mistake found at start-up; the message says what to fix. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    message: string,
    /** Each problem on its own line, for printing. */
    readonly problems: readonly string[] = [message],
  ) {
    super(message);
  }
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** The object schemas found at `path` (several when a union is crossed). */
function objectsAt(schema: z.ZodType, path: readonly PropertyKey[]): Def[] {
  const def = defOf(schema);
  if (def.innerType) return objectsAt(def.innerType, path);
  if (def.type === 'pipe' && def.in) return objectsAt(def.in, path);
  if (def.options) return def.options.flatMap((option) => objectsAt(option, path));
  if (path.length === 0) return def.type === 'object' ? [def] : [];
  const [head, ...rest] = path;
  if (def.type === 'object' && typeof head === 'string') {
    const child = def.shape?.[head];
    return child ? objectsAt(child, rest) : [];
  }
  if (def.type === 'array' && def.element) return objectsAt(def.element, rest);
  if (def.type === 'record' && def.valueType) return objectsAt(def.valueType, rest);
  return [];
}

/** `keys.0.origins` → `keys[0].origins`, `(root)` for the top. */
export function dottedPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/**
 * One line per zod issue, with "did you mean" for unknown properties:
 * `cache: received an unsupported property \`maxentries\`. Did you mean \`maxEntries\`?`
 */
export function describeIssues(schema: z.ZodType, issues: readonly z.core.$ZodIssue[]): string[] {
  const lines: string[] = [];
  for (const issue of issues) {
    const where = issue.path.length > 0 ? `${dottedPath(issue.path)}: ` : '';
    if (issue.code === 'unrecognized_keys') {
      const known = objectsAt(schema, issue.path).flatMap((def) => Object.keys(def.shape ?? {}));
      for (const key of issue.keys) {
        const guess = didYouMean(key, known);
        const hint = guess
          ? ` Did you mean \`${guess}\`?`
          : known.length > 0
            ? ` Known properties: ${known.map((name) => `\`${name}\``).join(', ')}.`
            : '';
        lines.push(`${where}received an unsupported property \`${key}\`.${hint}`);
      }
    } else {
      lines.push(`${where}${issue.message}`);
    }
  }
  return lines;
}

/** Parses `input` with `schema` or throws a ConfigError listing every problem. */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  input: unknown,
  source: string,
): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = describeIssues(schema, result.error.issues);
  throw new ConfigError(
    `Invalid configuration (${source}):\n${problems.map((line) => `  - ${line}`).join('\n')}`,
    problems,
  );
}
