// graphql-ws 6 names its ws adapter in package.json "exports" only, which the node10 module resolution of
// tsconfig.json does not read (Node itself does, at run time): the adapter's own declarations.
declare module 'graphql-ws/use/ws' {
  export * from 'graphql-ws/dist/use/ws';
}
