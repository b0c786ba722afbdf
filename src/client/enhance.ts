// The site-wide enhancements, in one small module that every page loads. Each does nothing on pages
// without its element, and search loads its real code only when a reader is about to search.
import './theme-toggle';
import './site-menu';
import './search-dialog';
import './highlight';
import './toc';
import './heading-anchors';
