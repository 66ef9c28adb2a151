// Every reference expression parses, calls functions that exist with the right number of
// arguments, and reads only names it may (parameters, arguments, `expected`).
import type { Rule } from './context.ts';
import { EXPECTED } from './sites.ts';

export const expressionsParse: Rule = (ctx) => {
  for (const { site, errors } of ctx.checkedExpressions().values()) {
    for (const error of errors) {
      let message = error.message;
      if (error.code === 'unknown-name' && site.role !== 'misconception' && site.text.slice(error.start, error.end) === EXPECTED) {
        message = `'${EXPECTED}' is only defined in a misconception's formula`;
      }
      ctx.reportIn(site.path, error, error.code, message);
    }
  }
};

export const derivedParamsAcyclic: Rule = (ctx) => {
  const { cycle } = ctx.defaultValues();
  for (const name of cycle) {
    const others = cycle.filter((other) => other !== name);
    ctx.report(['params', name, 'derived'], 'derived-cycle', `params.${name} is derived from ${others.join(', ')}, which depend${others.length === 1 ? 's' : ''} on it in turn`);
  }
};
