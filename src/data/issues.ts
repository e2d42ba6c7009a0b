/** A fault in the data, located by its JSON path (e.g. `communities[3].coordinates.lat`). */
export interface DataIssue {
  path: string;
  message: string;
}

type PathSegment = PropertyKey;

/** `['communities', 3, 'name']` → `communities[3].name`. */
export function formatPath(segments: readonly PathSegment[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_$][\w$]*$/.test(segment)) path += path ? `.${segment}` : segment;
    else path += `[${JSON.stringify(String(segment))}]`;
  }
  return path || '(root)';
}

interface ZodLikeIssue {
  code: string;
  path: readonly PathSegment[];
  expected?: unknown;
  values?: readonly unknown[];
  minimum?: unknown;
  maximum?: unknown;
  format?: string;
  message?: string;
  keys?: readonly string[];
  input?: unknown;
}

/** A plain-words English description of one zod issue, for developers' consoles and the validator. */
export function describeIssue(issue: ZodLikeIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `is required (expected ${issue.expected})` : `should be ${issue.expected}, not ${typeName(issue.input)}`;
    case 'invalid_value':
      return `should be one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return `is too small (minimum ${String(issue.minimum)})`;
    case 'too_big':
      return `is too big (maximum ${String(issue.maximum)})`;
    case 'invalid_format':
      return issue.format === 'url' ? 'is not an allowed link (only https: and http: links are accepted)' : `is not a valid ${issue.format ?? 'value'}`;
    case 'invalid_union':
      return 'does not match any allowed form';
    case 'invalid_key':
      return 'has a key that is not allowed';
    case 'unrecognized_keys':
      return `has unknown keys ${(issue.keys ?? []).join(', ')}`;
    default:
      return issue.message && issue.message !== 'Invalid input' ? issue.message : 'is not valid';
  }
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Converts zod issues under a base path into DataIssues. */
export function toDataIssues(issues: readonly ZodLikeIssue[], base: readonly PathSegment[] = []): DataIssue[] {
  return issues.map((issue) => ({ path: formatPath([...base, ...issue.path]), message: describeIssue(issue) }));
}
