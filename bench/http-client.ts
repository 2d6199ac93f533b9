/** HTTP for the load generator: one keep-alive agent, JSON in and out, no dependencies. */
import http from 'node:http';
import { mintDevToken } from '../api/auth/jwt';
import type { CallerRole } from '../domain/staff/principal.rules';

export const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

export function request(
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; text: string }> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        agent,
        method: payload ? 'POST' : 'GET',
        headers: payload
          ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...headers }
          : headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

export interface Identity {
  user: string;
  role: string;
}
export const MANAGER: Identity = { user: 'bench-manager', role: 'manager' };
export const AUDITOR: Identity = { user: 'bench-auditor', role: 'auditor' };
export const facilitator = (user: string): Identity => ({ user, role: 'facilitator' });

let jwtSecret = '';
const tokens = new Map<string, Promise<string>>();
/** The HS256 secret the bench's API is started with (random per run). */
export function useJwtSecret(secret: string): void {
  jwtSecret = secret;
  tokens.clear();
}

/** `Authorization: Bearer` with a development token for the identity (every programme and region), minted once. */
export async function authHeaders(who: Identity): Promise<Record<string, string>> {
  const key = `${who.role}:${who.user}`;
  let token = tokens.get(key);
  if (!token) {
    token = mintDevToken(
      jwtSecret,
      { sub: who.user, name: who.user, roles: [who.role as CallerRole], scope: { programmes: ['*'], regions: ['*'] } },
      4 * 3600,
    );
    tokens.set(key, token);
  }
  return { authorization: `Bearer ${await token}` };
}

/** A GraphQL request; throws with the error code (never the data: it may hold personal data). */
export async function gql<T = unknown>(
  apiUrl: string,
  query: string,
  variables: Record<string, unknown>,
  who: Identity = MANAGER,
): Promise<T> {
  const res = await request(`${apiUrl}/graphql`, { query, variables }, await authHeaders(who));
  const parsed = JSON.parse(res.text) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  if (parsed.errors?.length) {
    const e = parsed.errors[0];
    throw new Error(`GraphQL ${e.extensions?.code ?? 'ERROR'} (HTTP ${res.status}): ${e.message.slice(0, 160)}`);
  }
  return parsed.data as T;
}
