/**
 * Development tokens for every role, signed with the development secret (JWT_SECRET, or the one
 * generated into .data/dev-secrets/ that the API uses when JWT_SECRET is unset):
 *
 *   npm run token -- --role manager --user m1 --programmes default --regions 52
 *
 * Prints the JWT on stdout (send it as `Authorization: Bearer <token>`); `--header` prints the
 * headers JSON to paste into GraphiQL's Headers box instead. Refuses when NODE_ENV=production or
 * JWT_JWKS_URL is set: real tokens come from the identity provider.
 */
import { devSecret } from '../../config/dev-secrets';
import { mintDevToken } from './jwt';
import { CALLER_ROLES, type CallerRole } from '../../domain/staff/principal.rules';

const USAGE =
  `usage: npm run token -- --role <${CALLER_ROLES.join('|')}>[,role...] [--user id] [--name text] ` +
  '[--programmes a,b|*] [--regions 52,31.71|*] [--organisations org-a,org-b|*] [--ttl seconds] [--header]';

export interface MintArgs {
  roles: CallerRole[];
  user: string;
  name: string;
  programmes: string[];
  regions: string[];
  /** The organisations the caller acts for (a partner must name one); default none. */
  organisations: string[];
  ttl: number;
  header: boolean;
}

export function parseMintArgs(argv: string[]): MintArgs {
  const values = new Map<string, string>();
  let header = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--header') {
      header = true;
      continue;
    }
    if (!arg.startsWith('--') || argv[i + 1] === undefined) throw new Error(`unexpected argument ${arg}\n${USAGE}`);
    values.set(arg.slice(2), argv[++i]);
  }
  const list = (name: string, fallback: string) =>
    (values.get(name) ?? fallback)
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  const roles = list('role', '');
  if (roles.length === 0 || !roles.every((r) => CALLER_ROLES.includes(r as CallerRole)))
    throw new Error(`--role must be one or more of ${CALLER_ROLES.join(', ')}\n${USAGE}`);
  const user = values.get('user') ?? `${roles[0]}-1`;
  const ttl = Number(values.get('ttl') ?? 8 * 3600);
  if (!Number.isInteger(ttl) || ttl <= 0) throw new Error('--ttl must be a positive number of seconds');
  return {
    roles: roles as CallerRole[],
    user,
    name: values.get('name') ?? user,
    programmes: list('programmes', '*'),
    regions: list('regions', '*'),
    organisations: list('organisations', ''),
    ttl,
    header,
  };
}

async function main(): Promise<void> {
  if (process.env.NODE_ENV === 'production' || process.env.JWT_JWKS_URL)
    throw new Error(
      'development tokens only: with JWT_JWKS_URL or in production, tokens come from the identity provider',
    );
  const args = parseMintArgs(process.argv.slice(2));
  const secret = process.env.JWT_SECRET?.trim() || devSecret('jwt-secret', 32, 'JWT_SECRET');
  const token = await mintDevToken(
    secret,
    {
      sub: args.user,
      name: args.name,
      roles: args.roles,
      scope: { programmes: args.programmes, regions: args.regions, organisations: args.organisations },
    },
    args.ttl,
    process.env.JWT_ISSUER,
    process.env.JWT_AUDIENCE,
  );
  process.stdout.write(args.header ? `${JSON.stringify({ authorization: `Bearer ${token}` })}\n` : `${token}\n`);
}

if (require.main === module) {
  main().catch((err: Error) => {
    process.stderr.write(`${err.message}\n`);
    process.exit(2);
  });
}
