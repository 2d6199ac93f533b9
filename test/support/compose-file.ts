/**
 * docker-compose.yml read the way `docker compose` reads it, for tests that keep it in step with
 * config/env.ts without a Docker engine: YAML with anchors and merge keys (`<<: *app-env`), then each
 * service's environment with `${...}` interpolated from the given variables (the shell's or .env's).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export const COMPOSE_FILE = path.resolve(__dirname, '..', '..', 'docker-compose.yml');

/** What `docker compose` says and stops with when a required variable is missing (`${NAME:?message}`). */
export class ComposeInterpolationError extends Error {}

type Vars = Record<string, string | undefined>;

/**
 * Compose's interpolation: `$$` is a literal `$`; `$NAME` and `${NAME}` (empty when unset);
 * `${NAME:-default}` / `${NAME-default}` (when unset or empty / unset); `${NAME:?message}` /
 * `${NAME?message}` (stop with the message); `${NAME:+other}` / `${NAME+other}` (other when set). The text
 * after the operator is interpolated too, as compose does with nested expressions.
 */
export function interpolate(text: string, vars: Vars): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch !== '$') {
      out += ch;
      i++;
    } else if (text[i + 1] === '$') {
      out += '$';
      i += 2;
    } else if (text[i + 1] === '{') {
      const end = closingBrace(text, i + 2);
      out += expression(text.slice(i + 2, end), vars);
      i = end + 1;
    } else {
      const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i + 1))?.[0];
      out += name ? (vars[name] ?? '') : '$';
      i += 1 + (name?.length ?? 0);
    }
  }
  return out;
}

function closingBrace(text: string, from: number): number {
  let depth = 1;
  for (let j = from; j < text.length; j++) {
    if (text[j] === '{') depth++;
    if (text[j] === '}' && --depth === 0) return j;
  }
  throw new ComposeInterpolationError(`unclosed \${ in "${text}"`);
}

function expression(body: string, vars: Vars): string {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-?+])([\s\S]*))?$/.exec(body);
  if (!m) throw new ComposeInterpolationError(`invalid interpolation format for "\${${body}}"`);
  const [, name, colon, op, rest] = m;
  const value = vars[name];
  const missing = value === undefined || (colon === ':' && value === '');
  if (op === undefined) return value ?? '';
  if (op === '-') return missing ? interpolate(rest, vars) : value;
  if (op === '+') return missing ? '' : interpolate(rest, vars);
  if (missing) throw new ComposeInterpolationError(`required variable ${name} is missing a value: ${rest}`);
  return value;
}

export interface ComposeService {
  image?: string;
  build?: unknown;
  command?: string[] | string;
  environment?: Record<string, string | number | boolean | null> | string[];
  deploy?: { replicas?: number };
  ports?: string[];
  configs?: { source: string; target: string }[];
}

type ComposeDocument = { services: Record<string, ComposeService>; configs?: Record<string, { content?: string }> };

const composeDocument = (file: string): ComposeDocument =>
  parse(readFileSync(file, 'utf8'), { merge: true }) as ComposeDocument;

/** The services of docker-compose.yml, as YAML (anchors and merge keys resolved, nothing interpolated). */
export function composeServices(file = COMPOSE_FILE): Record<string, ComposeService> {
  return composeDocument(file).services;
}

/** A top-level config's inline content as the container gets it (`$$` is a literal `$`, nothing else is set). */
export function composeConfigContent(name: string, file = COMPOSE_FILE): string {
  return interpolate(composeDocument(file).configs?.[name]?.content ?? '', {});
}

/**
 * One service's environment as its container gets it, over the image's own ENV: every value a string,
 * interpolated from `vars`; a name without a value (`- NAME`, `NAME:`) takes the variable's, if any.
 */
export function serviceEnvironment(service: ComposeService, vars: Vars): Record<string, string> {
  const entries: [string, string | null][] = Array.isArray(service.environment)
    ? service.environment.map((line) => {
        const at = line.indexOf('=');
        return at < 0 ? [line, null] : [line.slice(0, at), line.slice(at + 1)];
      })
    : Object.entries(service.environment ?? {}).map(([name, value]) => [name, value === null ? null : String(value)]);
  const env: Record<string, string> = service.build !== undefined ? imageEnvironment() : {};
  for (const [name, value] of entries) {
    if (value !== null) env[name] = interpolate(value, vars);
    else if (vars[name] !== undefined) env[name] = vars[name];
  }
  return env;
}

/** The ENV lines of the Dockerfile's last stage (the image the services built from it run). */
export function imageEnvironment(
  dockerfile = path.join(path.dirname(COMPOSE_FILE), 'Dockerfile'),
): Record<string, string> {
  const stages = readFileSync(dockerfile, 'utf8').split(/^FROM /m);
  const env: Record<string, string> = {};
  for (const m of stages[stages.length - 1].matchAll(/^ENV\s+([A-Za-z_][A-Za-z0-9_]*)=(\S*)\s*$/gm)) env[m[1]] = m[2];
  return env;
}
