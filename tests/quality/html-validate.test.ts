/**
 * Every built page is valid HTML under the project's html-validate rules (.htmlvalidate.json at the
 * project root). Invalid markup is what makes screen readers, old phone browsers and the national
 * portal's embed frames behave differently from the browser the editor tested in.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, ROOT_SITE } from '../helpers/sites.ts';
import { pageTypes } from './page-types.ts';

const config = JSON.parse(readFileSync(join(PROJECT_ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData;
// The site is built in a temporary folder outside the project: load the project's rules by hand
// instead of letting html-validate look for a config file beside each page.
const validator = new HtmlValidate(new StaticConfigLoader(config));

describe('html-validate: every built page', () => {
  const types = pageTypes(ROOT_SITE);

  it('finds the pages of the sample site', () => {
    expect(types.map((type) => type.pattern)).toEqual(expect.arrayContaining(['/', '/tin-tuc/*/', '/thu-tuc/*/', '/duong-day-nong/', '/tim-kiem/']));
  });

  it.each(types.map((type) => [type.pattern, type] as const))('%s has no errors', async (_pattern, type) => {
    const problems: string[] = [];
    for (const page of type.pages) {
      const report = await validator.validateString(readFileSync(page.file, 'utf8'), page.file);
      for (const result of report.results) {
        for (const message of result.messages) {
          if (message.severity === 2) problems.push(`${page.path}:${message.line}:${message.column} [${message.ruleId}] ${message.message} (${message.selector ?? ''})`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
