// @ts-check
/**
 * CHANGELOG.md follows Keep a Changelog 1.1: an "Unreleased" section first, then versions newest
 * first with their dates, change types from the format's list only, and the partner API's changes
 * marked as such (partners read this file to know what changed for them).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { REPOSITORY_ROOT, readJson } from './repository.mjs';

const CHANGE_TYPES = ['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security'];
const changelog = fs.readFileSync(path.join(REPOSITORY_ROOT, 'CHANGELOG.md'), 'utf8');
const sections = [...changelog.matchAll(/^## (.+)$/gm)].map((match) => match[1]);

describe('CHANGELOG.md', () => {
  it('opens with Unreleased, then versions newest first, each with its date', () => {
    assert.match(changelog, /^# Changelog\n/);
    assert.equal(sections[0], 'Unreleased');
    const versions = sections.slice(1).map((heading) => {
      const match = heading.match(/^\[?(\d+)\.(\d+)\.(\d+)\]? - (\d{4}-\d{2}-\d{2})$/);
      assert.ok(match, `"## ${heading}" is "## x.y.z - YYYY-MM-DD"`);
      return match.slice(1, 4).map(Number);
    });
    assert.ok(versions.length > 0);
    const sorted = [...versions].sort((a, b) => b[0] - a[0] || b[1] - a[1] || b[2] - a[2]);
    assert.deepEqual(versions, sorted);
  });

  it('records the version every package.json carries', () => {
    const version = readJson(path.join(REPOSITORY_ROOT, 'apps', 'web', 'package.json')).version;
    assert.ok(
      sections.some((heading) => heading.startsWith(`${version} `) || heading.startsWith(`[${version}]`)),
      version,
    );
  });

  it("groups changes by Keep a Changelog's types and names the partner API's", () => {
    for (const [, type] of changelog.matchAll(/^### (.+)$/gm)) assert.ok(CHANGE_TYPES.includes(type), `### ${type}`);
    assert.match(changelog, /\*\*Partner API\*\*/);
  });
});
