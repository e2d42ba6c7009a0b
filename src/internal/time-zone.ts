const known = new Map<string, boolean>();

/**
 * True when `zone` is an IANA time zone this browser knows. Creating an Intl formatter is slow (≈0.1 ms),
 * and datasets repeat the same few zones, so each zone is checked once per page.
 */
export function isTimeZone(zone: string): boolean {
  let valid = known.get(zone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      valid = true;
    } catch {
      valid = false;
    }
    known.set(zone, valid);
  }
  return valid;
}

let localZone: string | undefined;

/** The reader's own IANA zone ('UTC' when the browser has none), asked of Intl once per page. */
export function localTimeZone(): string {
  localZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  return localZone;
}
