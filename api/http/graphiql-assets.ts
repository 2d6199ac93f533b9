import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Where GraphiQL's files are served: `/graphiql/<name>.<content hash>.<js|css>`. */
export const GRAPHIQL_ASSET_PREFIX = '/graphiql/';

export interface StaticAsset {
  /** The path the page links to; its content hash changes whenever the file does. */
  path: string;
  contentType: string;
  body: Buffer;
}

/** One npm package's file, by the package's folder (its `exports` map hides the UMD builds from require). */
function packageFile(pkg: string, file: string): Buffer {
  return readFileSync(path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file));
}

const CONTENT_TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

/** Names a file by its content: a browser may keep it for a year, since a new version gets a new path. */
export function hashedAsset(name: string, ext: 'js' | 'css', body: Buffer): StaticAsset {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
  return { path: `${GRAPHIQL_ASSET_PREFIX}${name}.${hash}.${ext}`, contentType: CONTENT_TYPES[ext], body };
}

/** The GraphiQL bundle and the React it runs on, in the order the page loads them, read once from node_modules. */
export function readGraphiqlBundle(): { scripts: StaticAsset[]; style: StaticAsset } {
  return {
    scripts: [
      hashedAsset('react', 'js', packageFile('react', 'umd/react.production.min.js')),
      hashedAsset('react-dom', 'js', packageFile('react-dom', 'umd/react-dom.production.min.js')),
      hashedAsset('graphiql', 'js', packageFile('graphiql', 'graphiql.min.js')),
    ],
    style: hashedAsset('graphiql', 'css', packageFile('graphiql', 'graphiql.min.css')),
  };
}
