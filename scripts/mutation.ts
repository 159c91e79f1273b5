/**
 * `npm run mutation`: mutation testing (StrykerJS + its Vitest runner) of the modules that guard
 * safety, one group at a time, each with only its own unit tests; then the score per module.
 *
 *   npm run mutation                     every group (tens of minutes on two cores)
 *   npm run mutation -- phone vcard      some groups
 *   npm run mutation -- phone --force    all mutants again (default: only those whose code or tests changed)
 *
 * Arguments starting with `--` go to `stryker run`. Reports: reports/mutation/<group>/index.html,
 * the table of scores: reports/mutation/summary.md (git-ignored). Why per group: a mutant in
 * module-level code needs its tests re-run from scratch, and running every unit test for each
 * of those took hours; a group's own tests take seconds. Not part of `npm test` (too slow).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, globSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PROJECT_ROOT } from '../src/config/paths.ts';
import { mutation as T } from '../src/i18n/mutation.ts';

interface Group {
  /** Files Stryker mutates (globs). */
  mutate: string[];
  /** Unit tests that guard them (globs); nothing here may build the site or start a browser. */
  tests: string[];
}

/** Score (%) each module should reach; below it, the summary says so. */
export const TARGET = 85;

export const GROUPS: Record<string, Group> = {
  'static-server': {
    // The LAN server: path traversal, dotfiles, symlinks, headers, compressed streams.
    mutate: ['scripts/lib/static-server.ts'],
    tests: ['tests/unit/static-server*.test.ts'],
  },
  swap: {
    // Moving a finished build into place without ever leaving no site behind.
    mutate: ['scripts/lib/swap.ts'],
    tests: ['tests/unit/swap*.test.ts'],
  },
  'content-check': {
    // Bad content stops the build with a Vietnamese error naming file and field.
    mutate: ['src/content-check/*.ts'],
    tests: ['tests/unit/content-check*.test.ts', 'tests/unit/check.test.ts', 'tests/unit/markdown*.test.ts'],
  },
  'markdown-safety': {
    // Markdown bodies: no script, event handler, frame or javascript:/data: link reaches a page.
    mutate: ['src/lib/markdown-safety.ts', 'src/lib/sanitize-body.ts'],
    tests: ['tests/unit/markdown*.test.ts', 'tests/unit/content-check*.test.ts'],
  },
  feeds: {
    // RSS, Atom and JSON Feed: titles and summaries go out as text, links keep the sub-path.
    mutate: ['src/feeds/*.ts'],
    tests: ['tests/unit/feed*.test.ts'],
  },
  phone: {
    // What a caller dials: tel: links and the displayed number.
    mutate: ['src/lib/phone.ts'],
    tests: ['tests/unit/phone*.test.ts', 'tests/unit/vcard*.test.ts', 'tests/unit/hotline*.test.ts', 'tests/unit/procedure-jsonld.test.ts'],
  },
  vcard: {
    // Contact cards saved to a phone: escaping, numbers, names.
    mutate: ['src/lib/vcard.ts'],
    tests: ['tests/unit/vcard*.test.ts'],
  },
  'search-text': {
    // What search indexes for a page and how Vietnamese words are folded.
    mutate: ['src/search/search-text.ts'],
    tests: ['tests/unit/search*.test.ts'],
  },
  publication: {
    // Drafts are never published, future-dated news wait for their day, contest status.
    mutate: ['src/lib/dates.ts', 'src/data/content.ts', 'src/lib/contest-status.ts'],
    tests: ['tests/unit/*dates.test.ts', 'tests/unit/publication*.test.ts', 'tests/unit/contest-status.test.ts'],
  },
  hotlines: {
    // The hotline directory's search records and their tel: links.
    mutate: ['src/lib/hotline-directory.ts'],
    tests: ['tests/unit/hotline*.test.ts'],
  },
  'vietnamese-slug': {
    // đ→d and diacritics folding, Vietnamese ordering, file names and addresses.
    mutate: ['src/lib/vietnamese.ts', 'src/lib/slug.ts'],
    tests: ['tests/unit/vietnamese*.test.ts', 'tests/unit/slug*.test.ts'],
  },
};

export interface ModuleScore {
  group: string;
  file: string;
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
  /** Killed or timed out, over every mutant that was valid (Stryker's "total" score). */
  score: number;
}

interface StrykerReport {
  files: Record<string, { mutants: { status: string }[] }>;
}

/** Scores per file of one Stryker JSON report (mutation-testing-report-schema). */
export function scoresOf(group: string, report: StrykerReport): ModuleScore[] {
  return Object.entries(report.files).map(([file, { mutants }]) => {
    const count = (status: string) => mutants.filter((mutant) => mutant.status === status).length;
    const killed = count('Killed');
    const timeout = count('Timeout');
    const survived = count('Survived');
    const noCoverage = count('NoCoverage');
    const valid = killed + timeout + survived + noCoverage;
    return { group, file, killed, timeout, survived, noCoverage, score: valid ? (100 * (killed + timeout)) / valid : 100 };
  });
}

function summaryTable(scores: ModuleScore[], date: string, commit: string): string {
  const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [
    `## ${T.title(date, commit)}`,
    '',
    row(T.columns),
    row(T.columns.map(() => '---')),
    ...scores.map((s) =>
      row([s.group, `\`${s.file}\``, `${s.score.toFixed(2)} %`, s.killed, s.timeout, s.survived, s.noCoverage, s.score >= TARGET ? T.reached : T.below]),
    ),
    '',
  ].join('\n');
}

/** Group names, and options for Stryker: `--force`, `--concurrency 1`, `--concurrency=1`. */
export function splitArguments(args: string[]): { names: string[]; strykerArgs: string[] } {
  const names: string[] = [];
  const strykerArgs: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      names.push(arg);
      continue;
    }
    strykerArgs.push(arg);
    const next = args[i + 1];
    // A value after an option ("--concurrency 1") belongs to it, unless it names a group.
    if (!arg.includes('=') && next !== undefined && !next.startsWith('--') && !(next in GROUPS)) {
      strykerArgs.push(next);
      i += 1;
    }
  }
  return { names, strykerArgs };
}

function main(): void {
  const { names, strykerArgs } = splitArguments(process.argv.slice(2));
  const unknown = names.filter((name) => !(name in GROUPS));
  if (unknown.length > 0) {
    for (const name of unknown) console.error(T.unknownGroup(name, Object.keys(GROUPS)));
    process.exit(2);
  }
  const chosen = names.length ? names : Object.keys(GROUPS);

  // The package exports no path to its command; it is installed here by npm.
  const stryker = join(PROJECT_ROOT, 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js');
  const reportRoot = join(PROJECT_ROOT, 'reports', 'mutation');
  mkdirSync(reportRoot, { recursive: true });
  const scores: ModuleScore[] = [];
  let failed = false;

  chosen.forEach((name, index) => {
    const group = GROUPS[name]!;
    console.log(T.running(name, index + 1, chosen.length));
    if (!group.mutate.some((glob) => globSync(glob, { cwd: PROJECT_ROOT }).length)) {
      console.log(T.nothingToMutate(group.mutate));
      return;
    }
    const reportDir = join(reportRoot, name);
    const run = spawnSync(process.execPath, [stryker, 'run', '--mutate', group.mutate.join(','), ...strykerArgs], {
      cwd: PROJECT_ROOT,
      stdio: 'inherit',
      env: { ...process.env, MUTATION_TESTS: group.tests.join(','), MUTATION_REPORT_DIR: reportDir },
    });
    if (run.status !== 0) {
      console.error(T.failed(name, run.status));
      failed = true;
      return;
    }
    const file = join(reportDir, 'mutation.json');
    if (!existsSync(file)) {
      console.error(T.noReport(relative(PROJECT_ROOT, file)));
      failed = true;
      return;
    }
    scores.push(...scoresOf(name, JSON.parse(readFileSync(file, 'utf8')) as StrykerReport));
  });

  // MUTATION_COMMIT names the commit when the run is in a copy of the project without .git.
  const commit =
    process.env.MUTATION_COMMIT ?? (spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).stdout?.trim() || '?');
  const table = summaryTable(scores, new Date().toISOString().slice(0, 10), commit);
  const summary = join(reportRoot, 'summary.md');
  writeFileSync(summary, table);
  console.log(`\n${table}`);
  console.log(T.written(relative(PROJECT_ROOT, summary)));
  if (failed) process.exitCode = 1;
}

if (import.meta.main) main();
