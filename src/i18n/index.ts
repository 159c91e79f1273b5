/**
 * The one place for user-facing Vietnamese words. Templates and scripts read from `vi`;
 * each area has its own file so that people working on different parts do not collide.
 */
import { common } from './common.ts';
import { contests } from './contests.ts';
import { editor } from './editor.ts';
import { errors } from './errors.ts';
import { hotlines } from './hotlines.ts';
import { indices } from './indices.ts';
import { models } from './models.ts';
import { news } from './news.ts';
import { procedures } from './procedures.ts';
import { publishing } from './publishing.ts';
import { quality } from './quality.ts';
import { search } from './search.ts';

export const vi = { common, news, procedures, hotlines, models, contests, indices, search, publishing, editor, errors, quality };
