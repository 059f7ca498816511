import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { de } from '../../../src-renderer/i18n/de';
import { en } from '../../../src-renderer/i18n/en';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') result.set(path, value);
    else for (const [k, v] of leaves(value, path)) result.set(k, v);
  }
  return result;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

// Interfaces (the domain's names) have no index signature: read them as plain trees.
const deLeaves = leaves(de as unknown as Tree);
const enLeaves = leaves(en as unknown as Tree);
const root = join(import.meta.dirname, '../../..');

describe('catalogues', () => {
  it('German and English have exactly the same keys', () => {
    expect([...enLeaves.keys()].sort()).toEqual([...deLeaves.keys()].sort());
  });

  it('have no empty texts and the same placeholders in both languages', () => {
    for (const [key, text] of deLeaves) {
      expect(text.trim(), key).not.toBe('');
      const placeholders = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort();
      expect(placeholders(enLeaves.get(key)!), key).toEqual(placeholders(text));
    }
  });

  it('have a message for every error key the core and the host can send', () => {
    const keys = new Set<string>();
    for (const file of sourceFiles(join(root, 'src-main'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/'(errors\.[a-zA-Z]+(?:\.[a-zA-Z]+)+)'/g)) keys.add(match[1]!);
    }
    // notFound(what) builds its key from a template string.
    for (const what of ['organisation', 'workshop', 'phase', 'template']) keys.add(`errors.notFound.${what}`);
    expect(keys.size).toBeGreaterThan(20);
    for (const key of keys) {
      expect(deLeaves.has(key), `de: ${key}`).toBe(true);
      expect(enLeaves.has(key), `en: ${key}`).toBe(true);
    }
  });

  it('address the user as "Sie", not "du"', () => {
    for (const [key, text] of deLeaves) expect(text, key).not.toMatch(/\b(du|dein|deine|dich|dir)\b/i);
  });
});
