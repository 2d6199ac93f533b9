import type { IncomingMessage, ServerResponse } from 'node:http';
import { CALLER_ROLES } from '../../domain/staff/principal.rules';
import { hashedAsset, readGraphiqlBundle, type StaticAsset } from './graphiql-assets';

/**
 * GraphiQL for browsers on the GraphQL path: a GET of /graphql (or /) that accepts text/html gets the page; its
 * scripts and style come from this API's own /graphiql/ routes (read from node_modules at start-up), never from a
 * CDN, so it works with no internet. Autocompletion and the docs explorer come from introspection, so they follow
 * GRAPHQL_INTROSPECTION like any other client (off in production: GraphiQL then runs queries without them).
 */

/** Only this origin: no CDN, no inline script. GraphiQL's CSS embeds its fonts and icons as data: URLs. */
export const GRAPHIQL_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const YEAR_IMMUTABLE = 'public, max-age=31536000, immutable';

/** The editor's first query: how to get a token, and something to run once it is in the headers box. */
const DEFAULT_QUERY = `# Jejak GraphQL. Every request needs a bearer token in the Headers box below:
#   {"Authorization": "Bearer <token>"}
# In development, mint one (roles: ${CALLER_ROLES.join(', ')}) and paste what it prints:
#   npm run token -- --role manager --user m1 --programmes default --regions 52 --header
# Ctrl-Space completes a field, Ctrl-Enter runs the query, the book icon opens the docs.

query Templates {
  moduleTemplates {
    id
    nameEn
  }
}
`;

/** The Headers box's first content: where the token goes. */
const HEADERS_HINT = '{"Authorization": "Bearer <token>"}';
const HINT_VALUE = 'Bearer <token>';

/**
 * Starts GraphiQL in the page's #graphiql element (a file, since the CSP refuses inline scripts). The hint's
 * placeholder is not a token and is not sent: the schema loads (introspection needs no token) before one is pasted.
 */
function startScript(): string {
  const props = {
    defaultQuery: DEFAULT_QUERY,
    defaultHeaders: HEADERS_HINT,
    defaultEditorToolsVisibility: 'headers',
    isHeadersEditorEnabled: true,
    // The token stays out of the browser's storage.
    shouldPersistHeaders: false,
  };
  return `"use strict";
(function () {
  var send = GraphiQL.createFetcher({ url: new URL('/graphql', window.location.href).href });
  var hint = ${JSON.stringify(HINT_VALUE)};
  // The operations a document names, read past its comments and strings.
  function operationNames(query) {
    var code = String(query || '').replace(/"""[\\s\\S]*?"""|"(?:[^"\\\\\\n]|\\\\.)*"|#[^\\n]*/g, ' ');
    var names = [];
    code.replace(/\\b(?:query|mutation|subscription)\\s+([_A-Za-z][_0-9A-Za-z]*)/g, function (_, name) {
      names.push(name);
      return _;
    });
    return names;
  }
  function fetcher(params, options) {
    // Without a schema (introspection off) GraphiQL keeps the operation name of a query since replaced; a name
    // the document no longer has is dropped so the server runs its one operation instead of refusing it.
    if (params.operationName && operationNames(params.query).indexOf(params.operationName) < 0) {
      params = Object.assign({}, params, { operationName: undefined });
    }
    var headers = Object.assign({}, options && options.headers);
    Object.keys(headers).forEach(function (name) {
      if (name.toLowerCase() === 'authorization' && headers[name] === hint) delete headers[name];
    });
    return send(params, Object.assign({}, options, { headers: headers }));
  }
  var props = Object.assign({ fetcher: fetcher }, ${JSON.stringify(props)});
  ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, props));
})();
`;
}

const PAGE_STYLE = 'html,body,#graphiql{height:100%;margin:0}';

function pageHtml(scripts: StaticAsset[], styles: StaticAsset[]): string {
  const links = styles.map((s) => `<link rel="stylesheet" href="${s.path}">`).join('\n');
  const tags = scripts.map((s) => `<script src="${s.path}"></script>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Jejak GraphQL</title>
<link rel="icon" href="data:,">
${links}
</head>
<body>
<div id="graphiql">Loading GraphiQL...</div>
<noscript>GraphiQL needs JavaScript. The schema is at <a href="/schema.graphql">/schema.graphql</a>.</noscript>
${tags}
</body>
</html>
`;
}

export interface GraphiqlPage {
  /** Answers a browser's GET of the GraphQL path or a GraphiQL file; false when the request is neither. */
  handle(req: IncomingMessage, res: ServerResponse, path: string): boolean;
}

/** Reads the bundle once and serves the page and its files from memory. */
export function graphiqlPage(): GraphiqlPage {
  const bundle = readGraphiqlBundle();
  const start = hashedAsset('jejak-graphiql', 'js', Buffer.from(startScript()));
  const layout = hashedAsset('jejak-graphiql', 'css', Buffer.from(PAGE_STYLE));
  const assets = new Map([...bundle.scripts, bundle.style, start, layout].map((a) => [a.path, a]));
  const html = pageHtml([...bundle.scripts, start], [bundle.style, layout]);
  return {
    handle(req, res, path) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return false;
      const asset = assets.get(path);
      if (asset) {
        res.writeHead(200, {
          'content-type': asset.contentType,
          'cache-control': YEAR_IMMUTABLE,
          'x-content-type-options': 'nosniff',
        });
        res.end(req.method === 'HEAD' ? undefined : asset.body);
        return true;
      }
      const wantsHtml = (req.headers.accept ?? '').includes('text/html');
      // A GET carrying a query is a GraphQL request, whatever it accepts.
      const query = new URL(req.url ?? '/', 'http://localhost').searchParams.has('query');
      if ((path !== '/graphql' && path !== '/') || !wantsHtml || query) return false;
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-cache',
        'content-security-policy': GRAPHIQL_CSP,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
      });
      res.end(req.method === 'HEAD' ? undefined : html);
      return true;
    },
  };
}
