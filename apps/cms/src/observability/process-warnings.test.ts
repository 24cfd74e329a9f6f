import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { transformFileSync } from '@swc/core';

describe("Node's process warnings", () => {
  it('reach the log as a line of it, and no longer as plain text on stderr', () => {
    // In a process of its own: Jest's sandbox has its own `process` listeners.
    const { code } = transformFileSync(path.join(__dirname, 'process-warnings.ts'), {
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'commonjs' },
    });
    const run = `${code}
      exports.logProcessWarnings({ warn: (message, fields) => console.log(JSON.stringify({ message, ...fields })) });
      process.emitWarning('Calling client.query() when the client is already executing a query is deprecated', 'DeprecationWarning');`;
    const child = spawnSync(process.execPath, ['-e', run], { encoding: 'utf8' });

    expect(child.stderr).toBe('');
    expect(JSON.parse(child.stdout)).toEqual({
      message: 'Calling client.query() when the client is already executing a query is deprecated',
      event: 'process-warning',
      warning: 'DeprecationWarning',
    });
  });
});
