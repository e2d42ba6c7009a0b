/**
 * The share link: profession, state and step in the URL fragment, as
 * `#siip-profession=…&siip-state=…&siip-step=…`. Other fragment parameters
 * (the partner's own) are kept. Pure: strings in, strings out.
 */
export interface SharedPlan {
  profession?: string;
  state?: string;
  step?: string;
}

const KEYS = { profession: 'siip-profession', state: 'siip-state', step: 'siip-step' } as const;
const MAX_VALUE = 100;

/** Reads our values from a fragment ("#a=b&siip-state=NY"); anything missing, empty or overlong is left out. */
export function parseFragment(hash: string): SharedPlan {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const plan: SharedPlan = {};
  for (const [field, key] of Object.entries(KEYS) as Array<[keyof SharedPlan, string]>) {
    const value = params.get(key)?.trim();
    if (value && value.length <= MAX_VALUE) plan[field] = value;
  }
  return plan;
}

/** A fragment ("#…") carrying `plan`, keeping the other parameters of `currentHash`. */
export function buildFragment(currentHash: string, plan: SharedPlan): string {
  const params = new URLSearchParams(currentHash.replace(/^#/, ''));
  for (const [field, key] of Object.entries(KEYS) as Array<[keyof SharedPlan, string]>) {
    const value = plan[field];
    if (value) params.set(key, value);
    else params.delete(key);
  }
  const text = params.toString();
  return text ? `#${text}` : '';
}

/** The full address of `href` with its fragment replaced by one carrying `plan`. */
export function shareUrl(href: string, plan: SharedPlan): string {
  const url = new URL(href);
  const fragment = buildFragment(url.hash, plan);
  url.hash = '';
  return `${url.href.replace(/#$/, '')}${fragment}`;
}
