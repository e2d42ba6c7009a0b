const SAFE_PROTOCOLS = ['http:', 'https:', 'mailto:', 'tel:'];

/**
 * `url` when it is an absolute http(s), mailto or tel address; otherwise undefined, and the caller shows
 * the text without a link. The schema already refuses other URLs; this keeps partner files merged at
 * run time, and any future field, from putting `javascript:` into an href.
 */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return SAFE_PROTOCOLS.includes(new URL(url).protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}
