import { msg } from '@lit/localize';
import type { CommunityKind } from '../data/schema.js';

/** The kinds of community, in the order filters and legends list them. */
export const COMMUNITY_KINDS: readonly CommunityKind[] = ['city', 'region', 'state'];

/** A community kind in the reader's language (call during render, so msg() answers in the widget's locale). */
export function communityKindLabel(kind: CommunityKind | string): string {
  switch (kind) {
    case 'city':
      return msg('City');
    case 'region':
      return msg('Region');
    case 'state':
      return msg('State');
    default:
      return kind;
  }
}
