import CareerLadder from './CareerLadder.astro';
import Figure from './Figure.astro';
import HubAndSpokeDiagram from './HubAndSpokeDiagram.astro';
import P3ODiagram from './P3ODiagram.astro';
import Toolkit from './Toolkit.astro';

/** Components authors may use in MDX without importing them. */
export const mdxComponents = { CareerLadder, Figure, HubAndSpokeDiagram, P3ODiagram, Toolkit };
