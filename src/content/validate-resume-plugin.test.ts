// @vitest-environment node
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { translatedResumes } from '../test/resume-fixtures.ts';
import { validateResumePlugin } from './validate-resume-plugin.ts';

const realContent = new URL('./', import.meta.url);
let workDir = '';

/**
 * A throwaway project whose content is the synthetic Chinese and English résumé of
 * src/test/resume-fixtures.ts (whatever the real content's languages), edited by `edit`.
 */
function projectWithContent(edit: (file: string, json: Record<string, any>) => void): string {
  workDir = mkdtempSync(join(tmpdir(), 'resume-'));
  for (const [language, json] of Object.entries(translatedResumes())) {
    const file = `resume.${language}.json`;
    edit(file, json);
    writeFileSync(join(workDir, file), JSON.stringify(json));
  }
  writeFileSync(join(workDir, 'index.html'), '<!doctype html><title>t</title>');
  return workDir;
}

function buildWith(contentDir: string) {
  return build({
    configFile: false,
    root: contentDir,
    logLevel: 'silent',
    plugins: [validateResumePlugin({ contentDir })],
    build: { write: false },
  });
}

afterEach(() => rmSync(workDir, { recursive: true, force: true }));

describe('the build', () => {
  it('succeeds with the real content', async () => {
    workDir = mkdtempSync(join(tmpdir(), 'resume-'));
    cpSync(realContent, workDir, { recursive: true });
    writeFileSync(join(workDir, 'index.html'), '<!doctype html><title>t</title>');
    await expect(buildWith(workDir)).resolves.toBeDefined();
  });

  it('fails on broken content, listing every problem with its file and JSON path', async () => {
    let work = -1;
    let twice = '';
    const dir = projectWithContent((file, json) => {
      if (file === 'resume.en.json') {
        json.projects[1].startDate = '2023/9';
        json.projects.splice(0, 1);
      } else {
        work = json.projects.findIndex((project: { employer?: string }) => project.employer);
        json.projects[work].employer = 'no-such-employer';
        twice = json.work[0].id;
        json.work[1].id = twice;
      }
    });
    const failure = buildWith(dir);
    await expect(failure).rejects.toThrow(/The résumé content in src\/content\/ has \d+ problems/);
    await expect(failure).rejects.toThrow(
      'resume.en.json: projects[0].startDate: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got "2023/9"',
    );
    await expect(failure).rejects.toThrow(
      'resume.en.json: projects: expected the same ids as resume.zh.json',
    );
    await expect(failure).rejects.toThrow(
      `resume.zh.json: projects[${work}].employer: expected the id of a work entry`,
    );
    await expect(failure).rejects.toThrow(
      `resume.zh.json: work[1].id: expected a unique id, got "${twice}" again`,
    );
  });

  it('fails on a file that is not valid JSON, naming the file', async () => {
    const dir = projectWithContent(() => {});
    writeFileSync(join(dir, 'resume.zh.json'), '{ "basics": ');
    await expect(buildWith(dir)).rejects.toThrow(
      /resume\.zh\.json: \(document\): expected valid JSON, got SyntaxError/,
    );
  });
});
