import {
  parseEnrolmentImportNotice,
  parseJourneyNotice,
  parseReportJobNotice,
} from '../../../domain/live/live-change.types';

const journeyId = '0b6f8a52-3c1d-4e5f-9a7b-1c2d3e4f5a6b';
const notice = {
  journeyId,
  programmeId: 'default',
  regionCode: '52.71',
  facilitatorId: 'f-1',
  stage: 'PLANNING',
  status: 'ACTIVE',
  seq: 4,
};

describe('live notices read from NOTIFY payloads', () => {
  it('reads a journey notice with ids, codes and seq', () => {
    expect(parseJourneyNotice(JSON.stringify(notice))).toEqual(notice);
    expect(parseJourneyNotice(JSON.stringify({ ...notice, facilitatorId: null }))?.facilitatorId).toBeNull();
  });

  it('drops anything malformed rather than guess: unknown codes, a non-UUID id, a fractional seq, no JSON', () => {
    for (const bad of [
      { ...notice, stage: 'SOMEWHERE' },
      { ...notice, status: 'OPEN' },
      { ...notice, journeyId: 'not-a-uuid' },
      { ...notice, seq: 1.5 },
      { ...notice, facilitatorId: 7 },
      { ...notice, regionCode: '' },
    ])
      expect(parseJourneyNotice(JSON.stringify(bad))).toBeNull();
    expect(parseJourneyNotice('{')).toBeNull();
    expect(parseJourneyNotice('null')).toBeNull();
  });

  it('reads a report job notice, and refuses a status the job never has', () => {
    const job = { jobId: journeyId.toUpperCase(), status: 'DONE', progress: 100 };
    expect(parseReportJobNotice(JSON.stringify(job))).toEqual({ ...job, jobId: journeyId });
    expect(parseReportJobNotice(JSON.stringify({ ...job, status: 'LOST' }))).toBeNull();
    expect(parseReportJobNotice(JSON.stringify({ ...job, progress: '100' }))).toBeNull();
  });

  it('reads an enrolment import notice (id and status only), and refuses a status an import never has', () => {
    const changed = { importId: journeyId.toUpperCase(), status: 'RUNNING' };
    expect(parseEnrolmentImportNotice(JSON.stringify(changed))).toEqual({ importId: journeyId, status: 'RUNNING' });
    expect(parseEnrolmentImportNotice(JSON.stringify({ ...changed, status: 'LOST' }))).toBeNull();
    expect(parseEnrolmentImportNotice(JSON.stringify({ ...changed, importId: 'not-a-uuid' }))).toBeNull();
    expect(parseEnrolmentImportNotice('[')).toBeNull();
  });
});
