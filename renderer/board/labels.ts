/** The workshop's words for the authority facets, shared by cards, lists and the print view. */
import type { AuthorityFacet } from '../../shared/model';

export const AUTHORITY_LABELS: Readonly<Record<AuthorityFacet, string>> = {
  decidesHow: 'Decides how',
  prioritisesResources: 'Prioritises resources',
  choosesApproaches: 'Chooses approaches',
};
