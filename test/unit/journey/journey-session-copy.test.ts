import type { JourneyCommand } from '../../../domain/journey/journey.types';
import { day, journeyAt } from './journey-fixtures';

const copy = (extra: Partial<Extract<JourneyCommand, { type: 'scheduleSession' }>>): JourneyCommand => ({
  type: 'scheduleSession',
  moduleId: 'CAPITAL_ACCESS-1',
  sessionId: '0f8fad5b-d9cb-469f-a165-70867728950e',
  sessionType: 'THEORY',
  scheduledAt: day(12),
  ...extra,
});

describe("a group session's copy in a member's journey", () => {
  it('keeps its length in hours and its group, in the session and in the SESSION_SCHEDULED event', () => {
    const d = journeyAt('IN_INTERVENTION');
    const t = d.do(copy({ durationHours: 2.5, groupId: 'a3bb189e-8bf9-3888-9912-ace4e6543002' }));
    expect(d.state.modules[0].sessions).toEqual([
      {
        sessionId: '0f8fad5b-d9cb-469f-a165-70867728950e',
        sessionType: 'THEORY',
        scheduledAt: day(12),
        durationHours: 2.5,
        groupId: 'a3bb189e-8bf9-3888-9912-ace4e6543002',
      },
    ]);
    expect(t.events[0]).toMatchObject({ type: 'SESSION_SCHEDULED', data: { durationHours: 2.5 } });
  });

  it('leaves an individual session as it was, and refuses a length outside (0, 24] hours', () => {
    const d = journeyAt('IN_INTERVENTION');
    d.do(copy({ sessionId: 's1' }));
    expect(Object.keys(d.state.modules[0].sessions[0]).sort()).toEqual(['scheduledAt', 'sessionId', 'sessionType']);
    for (const durationHours of [0, 25, Number.NaN])
      expect(d.try(copy({ sessionId: 's2', durationHours }))).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect(d.try(copy({ sessionId: 's3', groupId: ' ' }))).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
  });
});
