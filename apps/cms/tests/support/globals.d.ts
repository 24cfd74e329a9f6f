import type { ChildProcess } from 'node:child_process';
import type { TestDatabase } from './test-database';

declare global {
  // Shared between jest's global setup and teardown (same process).
  var __WELFARE_CMS__: { child: ChildProcess; database: TestDatabase } | undefined;
}
