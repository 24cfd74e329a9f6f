// Jest, before any test: the Urdu core font that components/font-preloads.ts imports, which `predev`
// and `prebuild` make for Next (scripts/urdu-font.mjs; nothing is done when it is up to date).
const { execFileSync } = require('node:child_process');
const path = require('node:path');

module.exports = function makeGeneratedFonts() {
  execFileSync(process.execPath, [path.join(__dirname, '..', 'scripts', 'urdu-font.mjs')], { stdio: 'inherit' });
};
