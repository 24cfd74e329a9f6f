import { createRequire } from 'node:module';
const nativeRequire = createRequire(__filename);
it('probe', () => {
  const core = nativeRequire('use-intl/core') as typeof import('use-intl/core');
  console.log(Object.keys(core));
  const f = core.createFormatter({ locale: 'ar', timeZone: 'Europe/Rome' });
  console.log(f.dateTime(new Date('2026-06-18T15:30:00Z'), { hour: '2-digit', minute: '2-digit', numberingSystem: 'latn' }));
  console.log(f.dateTime(new Date('2026-06-18T15:30:00Z'), { dateStyle: 'full', timeStyle: 'short', numberingSystem: 'latn' }));
  const g = nativeRequire('/work/main/node_modules/next-intl/dist/esm/production/server/react-server/getRequestConfig.js');
  console.log(g);
});
