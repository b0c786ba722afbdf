// html-validate's recommended rules, less one: void-style. `<input>` and `<input/>` are both valid HTML,
// and the MDX renderer writes the second form for task-list checkboxes while Astro templates write the first.
export default {
	extends: ['html-validate:recommended'],
	rules: {
		'void-style': 'off',
	},
};
