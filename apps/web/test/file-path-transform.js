// Jest: a font file imported from code is its path on disk (in the build, Next makes it a URL).
module.exports = {
  process(_source, filename) {
    return { code: `module.exports = { __esModule: true, default: ${JSON.stringify(filename)} };` };
  },
};
