import { resolveLocale } from '../../../domain/i18n/locale';

/** Which language a request is answered in, from its Accept-Language header. */
describe('locale from Accept-Language', () => {
  it.each([
    ['id', 'en', 'id'],
    ['id-ID', 'en', 'id'],
    ['in-ID', 'en', 'id'],
    ['en-US', 'id', 'en'],
    ['EN-gb', 'id', 'en'],
    ['fr-FR, en;q=0.8, id;q=0.9', 'en', 'id'],
    ['en;q=0.5, id;q=0.5', 'id', 'en'],
    ['id;q=0, en;q=0.1', 'id', 'en'],
    ['id-ID,id;q=0.9,en-US;q=0.8,en;q=0.7', 'en', 'id'],
    ['fr, de', 'id', 'id'],
    ['fr, de', 'en', 'en'],
    ['*', 'en', 'en'],
    ['', 'id', 'id'],
    ['en;q=abc, id', 'en', 'id'],
    ['<script>', 'en', 'en'],
  ] as const)('%j with default %s answers in %s', (header, fallback, expected) => {
    expect(resolveLocale(header, fallback)).toBe(expected);
  });

  it('falls back to the deployment default without a header', () => {
    expect(resolveLocale(undefined, 'id')).toBe('id');
    expect(resolveLocale(null, 'en')).toBe('en');
  });

  it('ignores absurdly long headers', () => {
    expect(resolveLocale(`en,${'x-'.repeat(600)}`, 'id')).toBe('id');
  });
});
