// The search components, in a chunk of their own that loadSearchUi() fetches on demand.
export { getInstanceManager } from '@pagefind/component-ui';
