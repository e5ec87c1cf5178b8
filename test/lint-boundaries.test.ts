// The architecture the linter keeps (eslint.config.js), proved by breaking it: each forbidden
// import below is linted as if it were in the tree and must be reported by the rule that guards it;
// an allowed import must pass. If a rule were switched off or mis-aimed, these tests would fail.
// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url).pathname;
const eslint = new ESLint({ cwd: root });
// The probes of import boundaries are not files on disk, which the cycle rule needs to read: it is
// proved separately, below, on real files.
const withoutCycleRule = new ESLint({ cwd: root, overrideConfig: { rules: { 'import/no-cycle': 'off' } } });

async function rulesBroken(file: string, code: string, linter = withoutCycleRule): Promise<string[]> {
  const [result] = await linter.lintText(code, { filePath: join(root, file) });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

describe('import boundaries', () => {
  it('lets a feature use core, store and shared components', async () => {
    const code = "import { messages } from '../../components/chart-messages';\nimport { useAppStore } from '../../store/store';\nexport const x = [messages, useAppStore];\n";
    expect(await rulesBroken('src/features/results/probe.ts', code)).toEqual([]);
  });

  it('refuses a feature importing another feature', async () => {
    const code = "import { messages } from '../home/messages';\nexport const x = messages;\n";
    expect(await rulesBroken('src/features/results/probe.ts', code)).toContain('import/no-restricted-paths');
  });

  it('refuses export code importing UI components', async () => {
    const code = "import { messages } from '../components/chart-messages';\nexport const x = messages;\n";
    expect(await rulesBroken('src/export/probe.ts', code)).toContain('import/no-restricted-paths');
  });

  it("refuses participant code reaching the group's answers or the facilitator's screens", async () => {
    const file = 'src/features/workshop/participant/probe.ts';
    for (const code of [
      "import { aggregateBallots } from '../../../core/aggregation';\nexport const x = aggregateBallots;\n",
      "import { useAppStore } from '../../../store/store';\nexport const x = useAppStore;\n",
      "import { PictureView } from '../picture/picture-view';\nexport const x = PictureView;\n",
    ]) {
      expect(await rulesBroken(file, code), code).toContain('import/no-restricted-paths');
    }
    expect(await rulesBroken(file, "import { messages } from '../messages';\nexport const x = messages;\n")).toEqual([]);
  });

  it('refuses core importing the store', async () => {
    const code = "import { useAppStore } from '../store/store';\nexport const x = useAppStore;\n";
    expect(await rulesBroken('src/core/probe.ts', code)).toContain('import/no-restricted-paths');
  });
});

describe('import cycles', () => {
  // A cycle needs two real files: written into src/core for the test, removed after.
  const dir = mkdtempSync(join(root, 'src/core/lint-probe-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses two modules that import each other', async () => {
    writeFileSync(join(dir, 'a.ts'), "import { b } from './b';\nexport const a = () => b;\n");
    writeFileSync(join(dir, 'b.ts'), "import { a } from './a';\nexport const b = () => a;\n");
    const file = relative(root, join(dir, 'a.ts'));
    expect(await rulesBroken(file, "import { b } from './b';\nexport const a = () => b;\n", eslint)).toContain('import/no-cycle');
  });

  it('accepts the same two modules once one no longer imports the other', async () => {
    writeFileSync(join(dir, 'b.ts'), 'export const b = () => 1;\n');
    const file = relative(root, join(dir, 'a.ts'));
    expect(await rulesBroken(file, "import { b } from './b';\nexport const a = () => b;\n", eslint)).toEqual([]);
  });
});
