import { isIdempotencyKey } from '../../../db/shared/deterministic-id';
import { handOverJourneyKey, handOverKeyPrefix } from '../../../api/staff/hand-over-key';

const handOver = {
  programmeId: 'default',
  fromFacilitatorId: 'fac-a',
  toFacilitatorId: 'fac-b',
  idempotencyKey: 'k-1234567',
};
const journey = '0b6f2c1e-8d4a-4f7b-9c3e-2a1d5e6f7a8b';

describe("a hand-over's journey keys", () => {
  it('are the same for a retried hand-over, so each journey is reassigned once', () => {
    expect(handOverJourneyKey(handOverKeyPrefix(handOver), journey)).toBe(
      handOverJourneyKey(handOverKeyPrefix({ ...handOver }), journey),
    );
  });

  it('differ for another hand-over reusing the key, and for each journey', () => {
    const key = handOverJourneyKey(handOverKeyPrefix(handOver), journey);
    expect(handOverJourneyKey(handOverKeyPrefix({ ...handOver, toFacilitatorId: 'fac-c' }), journey)).not.toBe(key);
    expect(handOverJourneyKey(handOverKeyPrefix(handOver), journey.replace('0b', '0c'))).not.toBe(key);
  });

  it('are valid idempotency keys, whatever the length of the client key', () => {
    const long = handOverKeyPrefix({ ...handOver, idempotencyKey: 'x'.repeat(128) });
    expect(isIdempotencyKey(handOverJourneyKey(long, journey))).toBe(true);
  });
});
