import { addDays, isIsoDateTime, normaliseIso } from '../../../domain/shared/iso-time';

describe('ISO date-times accepted in commands', () => {
  it.each(['2026-01-31T08:00:00Z', '2026-01-31T08:00Z', '2026-01-31T08:00:00.123+07:00', '2028-02-29T00:00:00Z'])(
    'accepts %s',
    (v) => {
      expect(isIsoDateTime(v)).toBe(true);
    },
  );
  it.each([
    '2026-02-30T00:00:00Z',
    '2026-02-29T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-01-31',
    '2026-01-31T08:00:00',
    'soon',
    42,
    null,
  ])('refuses %p', (v) => expect(isIsoDateTime(v)).toBe(false));
  it('adds days in UTC and normalises', () => {
    expect(addDays('2026-01-31T08:00:00+07:00', 1)).toBe('2026-02-01T01:00:00.000Z');
    expect(normaliseIso('2026-01-31T08:00Z')).toBe('2026-01-31T08:00:00.000Z');
  });
});
