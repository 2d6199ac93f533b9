import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from 'jose';
import { createTokenVerifier, mintDevToken } from '../../../api/auth/jwt';
import { parseMintArgs } from '../../../api/auth/mint-token';
import { inScope } from '../../../domain/staff/principal.rules';
import { actorFromHeaders } from '../../../api/http/actor';
import { loadConfig } from '../../../config/env';

const SECRET = 'unit-test-secret-0123456789abcdef0123456789';
const config = { jwtSecret: SECRET, jwtJwksUrl: null, jwtIssuer: null, jwtAudience: null };
const claims = {
  sub: 'm1',
  name: 'Manager One',
  roles: ['manager' as const],
  scope: { programmes: ['default'], regions: ['52'] },
};
const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'OK',
    (e: Error & { code?: string }) => e.code ?? String(e),
  );

describe('bearer JWTs (jose)', () => {
  const verify = createTokenVerifier(config);

  it('accepts a good HS256 token and reads sub, name, roles and scope', async () => {
    const p = await verify(await mintDevToken(SECRET, claims));
    expect(p).toEqual({
      userId: 'm1',
      name: 'Manager One',
      roles: ['manager'],
      role: 'manager',
      scope: { programmes: ['default'], regions: ['52'], organisations: [] },
    });
  });

  it('reads the organisations a caller acts for, and refuses a partner token that names none', async () => {
    const partner = { ...claims, sub: 'p1', roles: ['partner' as const] };
    const acting = await verify(
      await mintDevToken(SECRET, { ...partner, scope: { ...claims.scope, organisations: ['yayasan-mitra'] } }),
    );
    expect(acting.scope.organisations).toEqual(['yayasan-mitra']);
    await expect(codeOf(verify(await mintDevToken(SECRET, partner)))).resolves.toBe('UNAUTHENTICATED');
    const badList = await mintDevToken(SECRET, { ...claims, scope: { ...claims.scope, organisations: ['a b'] } });
    await expect(codeOf(verify(badList))).resolves.toBe('UNAUTHENTICATED');
  });

  it('refuses expired, malformed, wrongly signed, unscoped and role-less tokens with UNAUTHENTICATED', async () => {
    const key = new TextEncoder().encode(SECRET);
    const expired = await new SignJWT({ roles: ['manager'], scope: claims.scope })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('m1')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(key);
    const wrongKey = await mintDevToken('another-secret-0123456789abcdef0123456789', claims);
    const unscoped = await new SignJWT({ roles: ['manager'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('m1')
      .setExpirationTime('1h')
      .sign(key);
    const emptyScope = await mintDevToken(SECRET, { ...claims, scope: { programmes: [], regions: ['52'] } });
    const badRole = await new SignJWT({ roles: ['root'], scope: claims.scope })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('m1')
      .setExpirationTime('1h')
      .sign(key);
    const noExp = await new SignJWT({ roles: ['manager'], scope: claims.scope })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('m1')
      .sign(key);
    const noneHeader = Buffer.from('{"alg":"none"}').toString('base64url');
    const nonePayload = Buffer.from(
      JSON.stringify({ sub: 'm1', roles: ['admin'], scope: claims.scope, exp: 9e9 }),
    ).toString('base64url');
    const noneAlg = `${noneHeader}.${nonePayload}.`;
    for (const token of [expired, wrongKey, unscoped, emptyScope, badRole, noExp, noneAlg, 'not.a.jwt', 'abc']) {
      expect(await codeOf(verify(token))).toBe('UNAUTHENTICATED');
    }
  });

  it('reads the Authorization header (none: anonymous); x-jejak-act-as picks one of the token roles', async () => {
    expect(await actorFromHeaders({}, config)).toBeNull();
    expect(await codeOf(actorFromHeaders({ authorization: 'Basic abc' }, config))).toBe('UNAUTHENTICATED');
    const token = await mintDevToken(SECRET, { ...claims, roles: ['manager', 'auditor'] });
    expect((await actorFromHeaders({ authorization: `Bearer ${token}` }, config))?.role).toBe('manager');
    expect(
      (await actorFromHeaders({ authorization: `Bearer ${token}`, 'x-jejak-act-as': 'auditor' }, config))?.role,
    ).toBe('auditor');
    expect(
      await codeOf(actorFromHeaders({ authorization: `Bearer ${token}`, 'x-jejak-act-as': 'admin' }, config)),
    ).toBe('UNAUTHENTICATED');
  });

  it('verifies RS256 tokens against a JWKS URL and follows a key rotation (jose createRemoteJWKSet)', async () => {
    const first = await generateKeyPair('RS256');
    const second = await generateKeyPair('RS256');
    let keys = [{ ...(await exportJWK(first.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' }];
    const server: Server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
      const v = createTokenVerifier({
        jwtSecret: null,
        jwtJwksUrl: url,
        jwtIssuer: 'https://idp.example',
        jwtAudience: 'jejak',
      });
      const sign = (key: KeyLike | Uint8Array, kid: string, iss = 'https://idp.example') =>
        new SignJWT({ roles: ['auditor'], scope: { programmes: ['*'], regions: ['*'] } })
          .setProtectedHeader({ alg: 'RS256', kid })
          .setSubject('a1')
          .setIssuer(iss)
          .setAudience('jejak')
          .setExpirationTime('5m')
          .sign(key);
      expect((await v(await sign(first.privateKey, 'k1'))).role).toBe('auditor');
      expect(await codeOf(v(await sign(first.privateKey, 'k1', 'https://evil.example')))).toBe('UNAUTHENTICATED');
      keys = [{ ...(await exportJWK(second.publicKey)), kid: 'k2', alg: 'RS256', use: 'sig' }];
      await new Promise((r) => setTimeout(r, 50));
      // An unknown kid makes jose re-fetch the set (after its cooldown); rotated keys then verify.
      const rotated = await sign(second.privateKey, 'k2');
      const outcome = await codeOf(v(rotated));
      expect(['OK', 'UNAUTHENTICATED']).toContain(outcome);
      const v2 = createTokenVerifier({
        jwtSecret: null,
        jwtJwksUrl: url,
        jwtIssuer: 'https://idp.example',
        jwtAudience: 'jejak',
      });
      expect((await v2(rotated)).userId).toBe('a1');
      expect(await codeOf(v2(await sign(first.privateKey, 'k1')))).toBe('UNAUTHENTICATED');
    } finally {
      await new Promise((r) => server.close(r));
    }
  });

  it('scope: programmes by id, regions by code prefix, * for all', () => {
    expect(inScope({ programmes: ['default'], regions: ['52'], organisations: [] }, 'default', '52.71')).toBe(true);
    expect(inScope({ programmes: ['default'], regions: ['52'], organisations: [] }, 'default', '31.74')).toBe(false);
    expect(inScope({ programmes: ['default'], regions: ['52'], organisations: [] }, 'other', '52.71')).toBe(false);
    expect(inScope({ programmes: ['*'], regions: ['*'], organisations: [] }, 'x', 'y')).toBe(true);
  });

  it('npm run token arguments', () => {
    expect(
      parseMintArgs(['--role', 'manager', '--user', 'm1', '--programmes', 'default', '--regions', '52']),
    ).toMatchObject({ roles: ['manager'], user: 'm1', programmes: ['default'], regions: ['52'], organisations: [] });
    expect(parseMintArgs(['--role', 'partner', '--organisations', 'yayasan-a,koperasi-b'])).toMatchObject({
      roles: ['partner'],
      organisations: ['yayasan-a', 'koperasi-b'],
    });
    expect(() => parseMintArgs(['--role', 'root'])).toThrow(/--role/);
  });

  it('configuration: one line naming the JWT variable when bad; production needs JWT_JWKS_URL or JWT_SECRET', () => {
    const base = { DATABASE_URL: 'postgres://u:p@h:5432/d' };
    expect(() => loadConfig({ ...base, JWT_SECRET: 'short' })).toThrow(/^JWT_SECRET must be at least 32 characters$/);
    expect(() => loadConfig({ ...base, JWT_JWKS_URL: 'nope' })).toThrow(/^JWT_JWKS_URL must be a URL/);
    expect(() => loadConfig({ ...base, NODE_ENV: 'production' })).toThrow(
      /^JWT_JWKS_URL \(or JWT_SECRET\) is required/,
    );
    expect(() => loadConfig({ ...base, JWT_SECRET: SECRET, JWT_JWKS_URL: 'https://idp.example/jwks' })).toThrow(
      /both set/,
    );
    const dataKeys = {
      DATA_ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}`,
      DATA_HASH_KEY: Buffer.alloc(32, 2).toString('base64'),
    }; // production requires them too
    expect(
      loadConfig({ ...base, ...dataKeys, NODE_ENV: 'production', JWT_JWKS_URL: 'https://idp.example/jwks' }).jwtJwksUrl,
    ).toBe('https://idp.example/jwks');
  });
});
