// A font file imported from code is its URL in the build (see components/font-preloads.ts).
declare module '*.woff2' {
  const url: string;
  export default url;
}
