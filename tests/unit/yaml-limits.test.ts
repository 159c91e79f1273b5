import { describe, expect, it } from 'vitest';
import { readYamlFile } from '../../src/content-check/read-files.ts';
import { expandedSize, MAX_EXPANDED_VALUES, withinExpansionLimit } from '../../src/lib/yaml-limits.ts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALIAS_BOMB_LEVELS } from '../helpers/alias-bomb.ts';

const ALIAS_BOMB = `name: "lol"\n${ALIAS_BOMB_LEVELS}`;

describe('YAML alias bombs', () => {
  it('measures the expanded size of shared references without expanding them', () => {
    expect(expandedSize('x')).toBe(1);
    expect(expandedSize({ a: [1, 2], b: 'x' })).toBe(5);
    const shared = [1, 2, 3];
    expect(expandedSize({ a: shared, b: shared })).toBe(9);
    const cyclic: unknown[] = [];
    cyclic.push(cyclic);
    expect(expandedSize(cyclic)).toBe(Number.POSITIVE_INFINITY);
  });

  it('refuses the bomb as Astro parses it (js-yaml keeps aliases as references), and accepts real content', () => {
    // What js-yaml (Astro's parser) returns for the bomb: each alias is the same array again.
    let level: unknown[] = Array(9).fill('lol');
    const parsed: Record<string, unknown> = { name: 'lol', a: level };
    for (const name of 'bcdefghi') parsed[name] = level = Array(9).fill(level);
    expect(expandedSize(parsed)).toBeGreaterThan(9 ** 9);
    expect(withinExpansionLimit(parsed)).toBe(false);
    const procedure = { title: 'Đăng ký khai sinh', documents: Array.from({ length: 300 }, (_, i) => ({ name: `Giấy tờ ${i}`, original: 1, copy: 0 })) };
    expect(withinExpansionLimit(procedure)).toBe(true);
    expect(MAX_EXPANDED_VALUES).toBeGreaterThan(expandedSize(procedure) * 10);
  });

  it('the checker refuses it with a Vietnamese message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-yaml-'));
    try {
      writeFileSync(join(dir, 'bom.yaml'), ALIAS_BOMB);
      const read = readYamlFile(join(dir, 'bom.yaml'));
      expect(read.ok).toBe(false);
      expect(read.ok ? '' : read.message).toContain('quá nhiều bí danh YAML');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
