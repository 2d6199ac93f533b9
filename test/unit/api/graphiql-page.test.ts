import type { IncomingMessage, ServerResponse } from 'node:http';
import { GRAPHIQL_CSP, graphiqlPage } from '../../../api/http/graphiql-page';

interface Answer {
  status?: number;
  headers: Record<string, string>;
  body?: string;
}

/** Asks the page handler as the HTTP server would; undefined when it leaves the request to GraphQL. */
function ask(method: string, url: string, accept = 'text/html'): Answer | undefined {
  const answer: Answer = { headers: {} };
  const req = { method, url, headers: { accept } } as unknown as IncomingMessage;
  const res = {
    writeHead(status: number, headers: Record<string, string>) {
      answer.status = status;
      answer.headers = headers;
      return this;
    },
    end(body?: string | Buffer) {
      answer.body = body?.toString();
    },
  } as unknown as ServerResponse;
  return graphiqlPage().handle(req, res, url.split('?')[0]) ? answer : undefined;
}

describe('the GraphiQL page', () => {
  it('answers a browser on the GraphQL path with a page that loads only this origin', () => {
    const page = ask('GET', '/graphql')!;
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(GRAPHIQL_CSP);
    expect(GRAPHIQL_CSP).not.toMatch(/unsafe|https?:|\*/);
    expect(page.body).not.toMatch(/(src|href)=["']https?:/);
    expect(page.body).not.toMatch(/<script>/);
  });

  it('leaves GraphQL to Apollo: a POST, a GET with a query, a client that does not ask for HTML', () => {
    expect(ask('POST', '/graphql')).toBeUndefined();
    expect(ask('GET', '/graphql?query=%7B__typename%7D')).toBeUndefined();
    expect(ask('GET', '/graphql', 'application/json')).toBeUndefined();
  });

  it('serves every file the page names for a year, and nothing else under /graphiql/', () => {
    const html = ask('GET', '/graphql')!.body!;
    const files = [...html.matchAll(/(?:src|href)="(\/graphiql\/[^"]+)"/g)].map((m) => m[1]);
    expect(files).toHaveLength(6);
    for (const file of files) {
      const asset = ask('GET', file)!;
      expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(asset.body!.length).toBeGreaterThan(0);
    }
    expect(ask('GET', '/graphiql/graphiql.0000000000000000.js')).toBeUndefined();
  });

  it('tells where the token goes and how to mint one in development', () => {
    const start = ask('GET', '/graphql')!.body!.match(/src="(\/graphiql\/jejak-graphiql\.[^"]+)"/)![1];
    const script = ask('GET', start)!.body!;
    expect(script).toContain('{\\"Authorization\\": \\"Bearer <token>\\"}');
    expect(script).toContain('npm run token');
  });
});
