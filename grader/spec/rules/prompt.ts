// Every `{{name}}` in the prompt and the hints, in every language the exercise gives them in, names a parameter.
import { isPlaceholderName, placeholdersIn } from '../prompt.ts';
import type { Path } from '../source.ts';
import type { Rule } from './context.ts';

export const placeholdersResolve: Rule = (ctx) => {
  // Only the parameters' names matter here, so this runs even when a parameter's spec is
  // malformed; not when `params` itself is not a mapping.
  const declared: unknown = ctx.exercise.params ?? {};
  if (typeof declared !== 'object' || declared === null || Array.isArray(declared)) return;
  const params = Object.keys(declared);
  const templates: { path: Path; text: string }[] = [{ path: ['prompt'], text: ctx.exercise.prompt }];
  ctx.exercise.hints?.forEach((hint, i) => templates.push({ path: ['hints', i], text: hint }));
  for (const [lang, translation] of Object.entries(ctx.exercise.translations ?? {})) {
    if (translation.prompt !== undefined) templates.push({ path: ['translations', lang, 'prompt'], text: translation.prompt });
    translation.hints?.forEach((hint, i) => templates.push({ path: ['translations', lang, 'hints', i], text: hint }));
  }
  for (const { path, text } of templates) {
    for (const placeholder of placeholdersIn(text)) {
      if (params.includes(placeholder.name)) continue;
      const known = params.length > 0 ? `parameters: ${params.join(', ')}` : 'this exercise has no parameters';
      const what = isPlaceholderName(placeholder.name) ? `'${placeholder.name}' is not a parameter` : `'{{${placeholder.name}}}' is not a parameter name`;
      ctx.reportIn(path, placeholder, 'unresolved-placeholder', `${what} (${known})`);
    }
  }
};
