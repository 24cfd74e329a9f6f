// Starts the compiled CMS (dist/) without recompiling: the test run compiled it once in global setup.
const path = require('node:path');
const { createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '..', '..');
createStrapi({ appDir, distDir: path.join(appDir, 'dist') })
  .start()
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
