// `npm run new`: scaffolds an article, a role, a glossary term or a toolkit in the content folder.
// Argument parsing, prompts and file access live here; everything else is in src/lib/scaffold/.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface, type Interface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';
import { CONTENT_DIR, TIERS, TOPICS } from '../src/consts.ts';
import { readEntryFiles } from '../src/data/content-files.ts';
import { entryPath, toolkitCsvPath } from '../src/lib/routes.ts';
import { checkLevel, checkPractice, checkTier, checkTitle, checkTopic, cleanTitle } from '../src/lib/scaffold/checks.ts';
import { slugFor } from '../src/lib/slug.ts';
import {
	clashMessage,
	entryIdOf,
	type ExistingEntry,
	findClash,
	glossaryClash,
	glossaryId,
	type GlossaryItem,
} from '../src/lib/scaffold/clashes.ts';
import {
	ACCEPTED,
	type Field,
	KINDS,
	type Kind,
	kindFor,
	listOf,
	missingFields,
	missingMessage,
	nextSteps,
} from '../src/lib/scaffold/kinds.ts';
import {
	articleTemplate,
	glossaryEntry,
	insertGlossaryEntry,
	isoDay,
	nextOrder,
	roleTemplate,
	toolkitTemplate,
} from '../src/lib/scaffold/templates.ts';

const HELP = `Creates a new content file with every required field filled in or marked TODO.

Usage: npm run new -- <kind> [flags]

  article   --title "…" --topic <${TOPICS.map((topic) => topic.id).join('|')}>
  role      --title "…" --level <1-4> --tier <${TIERS.join('|')}>
  glossary  --term "…" [--abbreviation "…"]
  toolkit   --title "…" --practice <article id>

Missing values are asked for when run in a terminal.

Examples:
  ${Object.values(KINDS)
		.map((kind) => kind.example)
		.join('\n  ')}`;

class Refusal extends Error {}

/** Stops with a one-line reason; nothing has been written when this is called. */
function refuse(message: string): never {
	throw new Refusal(message);
}

let prompt: Interface | undefined;

/** Asks until `check` accepts the answer, showing each refusal. */
async function ask(question: string, check: (answer: string) => string | undefined): Promise<string> {
	if (!prompt) {
		prompt = createInterface({ input: process.stdin, output: process.stdout });
		// Ctrl+C while a question is open: nothing has been written yet.
		prompt.on('SIGINT', () => {
			console.error('\nCancelled: nothing was written.');
			process.exit(130);
		});
	}
	for (;;) {
		let answer: string;
		try {
			answer = (await prompt.question(question)).trim();
		} catch {
			refuse('\nCancelled: nothing was written.');
		}
		const problem = check(answer);
		if (!problem) return answer;
		console.error(problem);
	}
}

/** Every page of a collection folder, Markdown or MDX, with its frontmatter and the id the build gives it. */
function readPages(folder: 'articles' | 'roles'): Array<ExistingEntry & { data: Record<string, unknown> }> {
	return readEntryFiles(CONTENT_DIR, folder).map(({ file, name, data }) => ({ file, data, ...entryIdOf(name, data) }));
}

/** The toolkit files and their ids. */
function readToolkits(): ExistingEntry[] {
	const dir = join(CONTENT_DIR, 'toolkits');
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((name) => name.endsWith('.yaml'))
		.map((name) => ({ file: join(dir, name), ...entryIdOf(name, {}) }));
}

async function main(): Promise<string[]> {
	let parsed;
	try {
		parsed = parseArgs({
			allowPositionals: true,
			options: {
				title: { type: 'string' },
				topic: { type: 'string' },
				level: { type: 'string' },
				tier: { type: 'string' },
				term: { type: 'string' },
				abbreviation: { type: 'string' },
				practice: { type: 'string' },
				help: { type: 'boolean', short: 'h' },
			},
		});
	} catch (error) {
		refuse(`${(error as Error).message.replace(/\.?$/, '.')} Run npm run new -- --help for the flags.`);
	}
	if (parsed.values.help) return [HELP];
	const interactive = Boolean(process.stdin.isTTY);
	const [name, extra] = parsed.positionals;
	if (extra !== undefined)
		refuse(`Unexpected argument "${extra}": put a title with spaces in quotes, as in --title "Stage gates in practice".`);

	let kind: Kind;
	if (name !== undefined) {
		const found = kindFor(name);
		if ('refusal' in found) refuse(found.refusal);
		kind = found.kind;
	} else if (interactive) {
		const answer = await ask(`What do you want to add (${listOf(Object.keys(KINDS))})? `, (text) => {
			const found = kindFor(text);
			return 'refusal' in found ? found.refusal : undefined;
		});
		kind = (kindFor(answer) as { kind: Kind }).kind;
	} else {
		refuse(missingMessage(undefined, ['collection']));
	}

	const values: Partial<Record<Field, string>> = {};
	for (const [field, value] of Object.entries(parsed.values)) {
		if (field === 'help' || typeof value !== 'string') continue;
		if (!ACCEPTED[kind].includes(field as Field)) {
			refuse(
				`--${field} does not apply to ${kind === 'article' ? 'an' : 'a'} ${kind}: it takes ${listOf(
					ACCEPTED[kind].map((accepted) => `--${accepted}`),
					'and',
				)}.`,
			);
		}
		values[field as Field] = value;
	}

	const folder = kind === 'article' ? 'articles' : kind === 'role' ? 'roles' : undefined;
	const pages = folder ? readPages(folder) : [];
	const articles = kind === 'toolkit' ? readPages('articles') : [];
	const toolkits = kind === 'toolkit' ? readToolkits() : [];
	const glossaryFile = join(CONTENT_DIR, 'glossary.yaml');
	const glossaryText = kind === 'glossary' && existsSync(glossaryFile) ? readFileSync(glossaryFile, 'utf8') : '';
	let glossary: GlossaryItem[] = [];
	if (kind === 'glossary') {
		try {
			glossary = (yaml.load(glossaryText) as GlossaryItem[] | null) ?? [];
		} catch (error) {
			refuse(`${glossaryFile} is not valid YAML; fix it first. ${(error as Error).message.split('\n')[0]}`);
		}
	}

	/** Where a new page or toolkit with this title would be written, and its URL. */
	const targetOf = (title: string) => {
		const slug = slugFor(cleanTitle(title));
		const collection = kind === 'toolkit' ? 'toolkits' : (folder ?? 'articles');
		const name = kind === 'toolkit' ? `${slug}.yaml` : `${slug}.mdx`;
		// The id the build will give the new file, as for every other file of the collection.
		const { id } = entryIdOf(name, {});
		const url = kind === 'toolkit' ? toolkitCsvPath(id) : entryPath(collection as 'articles' | 'roles', id);
		return { id, file: join(CONTENT_DIR, collection, name), url, taken: kind === 'toolkit' ? toolkits : pages };
	};

	const checks: Record<Field, (value: string) => string | undefined> = {
		title: (value) => {
			const problem = checkTitle(value);
			if (problem) return problem;
			const target = targetOf(value);
			const owner = findClash(target.id, target.taken);
			if (owner) return clashMessage(target.url, owner);
			return existsSync(target.file) ? `${target.file} already exists: choose a different title.` : undefined;
		},
		topic: checkTopic,
		level: checkLevel,
		tier: checkTier,
		term: (value) => checkTitle(value, 'term') ?? glossaryClash(glossary, { term: value }),
		abbreviation: (value) => checkTitle(value, 'abbreviation') ?? glossaryClash(glossary, { abbreviation: value }),
		practice: (value) =>
			checkPractice(
				value.trim(),
				articles.map((article) => ({ ...article.data, id: article.id })),
			),
	};

	for (const [field, value] of Object.entries(values) as Array<[Field, string]>) {
		const problem = checks[field](value);
		if (problem) refuse(problem);
	}

	const missing = missingFields(kind, values);
	if (missing.length && !interactive) refuse(missingMessage(kind, missing));
	const questions: Record<Field, string> = {
		title: `Title of the ${kind}: `,
		topic: 'Topic id: ',
		level: 'Career level (1-4): ',
		tier: `Tier (${TIERS.join(', ')}): `,
		term: 'Term: ',
		abbreviation: 'Abbreviation (optional, press Enter for none): ',
		practice: `Id of the practice article it belongs to (for example ${
			articles
				.filter((article) => article.data.topic === 'practices' && article.data.draft !== true)
				.slice(0, 3)
				.map((article) => article.id)
				.join(', ') || 'an article id'
		}): `,
	};
	for (const field of missing) {
		if (field === 'topic') console.log(`Topics:\n${TOPICS.map((topic) => `  ${topic.id.padEnd(14)}${topic.label}`).join('\n')}`);
		values[field] = await ask(questions[field], checks[field]);
	}
	if (kind === 'glossary' && missing.includes('term') && values.abbreviation === undefined) {
		const abbreviation = await ask(questions.abbreviation, (answer) => (answer ? checks.abbreviation(answer) : undefined));
		if (abbreviation) values.abbreviation = abbreviation;
	}

	const updated = isoDay(new Date());
	if (kind === 'glossary') {
		const term = cleanTitle(values.term!);
		const abbreviation = values.abbreviation?.trim() ? cleanTitle(values.abbreviation) : undefined;
		const id = glossaryId(term, abbreviation);
		const clash = glossaryClash(glossary, { id });
		if (clash) refuse(clash);
		let text: string;
		try {
			text = insertGlossaryEntry(glossaryText, glossaryEntry({ id, term, abbreviation }), term);
		} catch (error) {
			refuse((error as Error).message);
		}
		writeFileSync(glossaryFile, text);
		return [
			`Added "${term}" (id ${id}) to ${glossaryFile}.`,
			'Next steps:',
			...nextSteps(kind, { id, file: glossaryFile }).map((step) => `  - ${step}`),
		];
	}

	const title = cleanTitle(values.title!);
	const target = targetOf(title);
	let text: string;
	let practiceFile: string | undefined;
	if (kind === 'article') {
		const topic = values.topic!.trim();
		text = articleTemplate({
			title,
			topic,
			order: nextOrder(
				pages.map((page) => page.data),
				topic,
			),
			updated,
		});
	} else if (kind === 'role') {
		text = roleTemplate({ title, level: Number(values.level), tier: values.tier!.trim(), updated });
	} else {
		const practice = values.practice!.trim();
		practiceFile = articles.find((article) => article.id === practice)?.file;
		text = toolkitTemplate({ title, practice });
	}
	mkdirSync(dirname(target.file), { recursive: true });
	writeFileSync(target.file, text, { flag: 'wx' });
	return [
		`Created ${target.file}`,
		'Next steps:',
		...nextSteps(kind, { id: target.id, file: target.file, practiceFile }).map((step) => `  - ${step}`),
	];
}

try {
	console.log((await main()).join('\n'));
} catch (error) {
	console.error(error instanceof Refusal ? error.message : `npm run new failed: ${(error as Error).message}`);
	process.exitCode = 1;
} finally {
	prompt?.close();
}
