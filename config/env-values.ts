/**
 * Readers of single environment variables: each answers the parsed value or throws a ConfigError naming the
 * variable and what is wrong with it.
 */
import { isLocale, LOCALES, type Locale } from '../domain/i18n/locale';

/** A configuration problem, printed as one line by loadConfigOrExit. */
export class ConfigError extends Error {}

export function read(env: NodeJS.ProcessEnv, name: string, fallback?: string): string {
  const value = env[name] ?? fallback;
  if (value === undefined || value.trim() === '') throw new ConfigError(`${name} is required but not set`);
  return value.trim();
}

export function optional(env: NodeJS.ProcessEnv, name: string): string | null {
  const value = env[name];
  return value === undefined || value.trim() === '' ? null : value.trim();
}

export function port(env: NodeJS.ProcessEnv, name: string, fallback: string): number {
  const raw = read(env, name, fallback);
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new ConfigError(`${name} must be a TCP port (0-65535), got "${raw}"`);
  return n;
}

export function url(env: NodeJS.ProcessEnv, name: string, protocols: string[]): string {
  const raw = read(env, name);
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be a URL like ${protocols[0]}//user:pass@host:5432/db`);
  }
  if (!protocols.includes(parsed.protocol))
    throw new ConfigError(`${name} must use ${protocols.join(' or ')}, got ${parsed.protocol}`);
  return raw;
}

export function hostPort(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const raw = read(env, name, fallback);
  if (!/^[A-Za-z0-9.\-_[\]:]+:\d{1,5}$/.test(raw)) throw new ConfigError(`${name} must be host:port, got "${raw}"`);
  return raw;
}

export function flag(env: NodeJS.ProcessEnv, name: string, fallback: string): boolean {
  const raw = read(env, name, fallback);
  if (!['true', 'false'].includes(raw)) throw new ConfigError(`${name} must be true or false, got "${raw}"`);
  return raw === 'true';
}

export function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: string): number {
  const raw = read(env, name, fallback);
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new ConfigError(`${name} must be a positive whole number, got "${raw}"`);
  return n;
}

export function positiveSeconds(env: NodeJS.ProcessEnv, name: string, fallback: string): number {
  const raw = read(env, name, fallback);
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0)
    throw new ConfigError(`${name} must be a positive number of seconds, got "${raw}"`);
  return Math.round(n * 1000);
}

export function locale(env: NodeJS.ProcessEnv, name: string, fallback: Locale): Locale {
  const raw = read(env, name, fallback);
  if (!isLocale(raw)) throw new ConfigError(`${name} must be one of ${LOCALES.join(', ')}, got "${raw}"`);
  return raw;
}
