/** The app chunk's file beside the entry (scripts/app-chunk-url.ts); null outside a build. */
declare module 'virtual:article-reader/app-chunk' {
  const url: string | null;
  export default url;
}
