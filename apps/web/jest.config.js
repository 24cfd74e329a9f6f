const path = require('node:path');

// The repository root holds Strapi's React 18; the portal runs on its own React 19 (Next aliases it
// at run time). Tests resolve react and react-dom to the portal's copy, so there is one React.
const ownReact = (name) => path.dirname(require.resolve(`${name}/package.json`, { paths: [__dirname] }));

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  globalSetup: '<rootDir>/test/global-setup.js',
  testPathIgnorePatterns: ['/node_modules/', '/.next/'],
  transform: {
    '^.+\\.(tsx?|jsx?|mjs)$': ['@swc/jest', { jsc: { transform: { react: { runtime: 'automatic' } } } }],
    '\\.woff2$': '<rootDir>/test/file-path-transform.js',
  },
  // next-intl and its dependencies ship only as ES modules: compile them for Jest like our own code;
  // the @fontsource files become their paths.
  transformIgnorePatterns: ['/node_modules/(?!(next-intl|use-intl|@formatjs|@schummar|icu-minify|intl-messageformat|@fontsource)/)'],
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/$1',
    '^react$': ownReact('react'),
    '^react/(.*)$': `${ownReact('react')}/$1`,
    '^react-dom$': ownReact('react-dom'),
    '^react-dom/(.*)$': `${ownReact('react-dom')}/$1`,
  },
};
