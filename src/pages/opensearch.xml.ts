import type { APIRoute } from 'astro';
import { SITE_DESCRIPTION, SITE_TITLE } from '../consts';
import { absoluteHref } from '../data/href';

const escapeXml = (text: string) => text.replace(/[<>&"]/g, (char) => `&#${char.charCodeAt(0)};`);

/** Lets browsers search the knowledge base from the address bar, through the search page. */
export const GET: APIRoute = () =>
	new Response(
		`<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
  <ShortName>${escapeXml(SITE_TITLE)}</ShortName>
  <Description>${escapeXml(SITE_DESCRIPTION)}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image width="16" height="16" type="image/svg+xml">${escapeXml(absoluteHref('/favicon.svg'))}</Image>
  <Url type="text/html" method="get" template="${escapeXml(absoluteHref('/search/'))}?q={searchTerms}"/>
  <moz:SearchForm>${escapeXml(absoluteHref('/search/'))}</moz:SearchForm>
</OpenSearchDescription>
`,
		{ headers: { 'Content-Type': 'application/opensearchdescription+xml' } },
	);
