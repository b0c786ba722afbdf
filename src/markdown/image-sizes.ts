import { defineHastPlugin } from 'satteri';

/**
 * The width an image in an article is shown at, for the browser to pick a file from its srcset before the
 * layout is known. The article column is at most 46rem wide (656 px beside the contents list, 733 px without
 * it); Astro's own guess, the image's full width or the whole viewport, made a desktop download twice the
 * pixels it shows.
 */
export const ARTICLE_IMAGE_SIZES = '(min-width: 50rem) 46rem, 100vw';

/** Gives every image in a page the `sizes` above; Astro passes it on to the optimised `<img>`. */
export function imageSizes() {
	return () =>
		defineHastPlugin({
			name: 'pmo-kb:image-sizes',
			element: {
				filter: ['img'],
				visit(node, ctx) {
					ctx.setProperty(node, 'sizes', ARTICLE_IMAGE_SIZES);
				},
			},
		});
}
