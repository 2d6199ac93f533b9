import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { log } from '@temporalio/activity';
import { computeIndicators, programmeSetup } from '../../db/indicators/indicator.query';
import { loadProgrammeRules } from '../../db/programme/programme-rules.store';
import { loadModuleDeliveryCounts } from '../../db/reports/module-delivery.sql';
import { sqlOf } from '../../db/shared/sql-rows';
import { templateDeliveries, type TemplateDelivery } from '../../domain/module/template-delivery.rules';
import { suppressSmallCells } from '../../domain/indicator/small-cell.rules';
import { ProgrammeEntity, ReportJobEntity } from '../../db/entities';
import type { Dimension, IndicatorFigure, IndicatorFilter } from '../../domain/indicator/indicator.types';
import { reportCsv } from '../../domain/report/report-csv';
import { REPORT_DEFINITIONS } from '../../domain/report/report-definitions';
import { REPORT_CONTENT_TYPES, reportFileName } from '../../domain/report/report-file';
import { reportHtml } from '../../domain/report/report-html';
import { buildReportModel } from '../../domain/report/report-model';
import { previousPeriod } from '../../domain/report/report-period';
import type { ReportActivities } from '../../domain/report/report-activities.types';
import { reportPdf } from './report-pdf.renderer';
import type { FieldCipher } from '../../config/crypto/field-cipher';
import { loadActivityLog } from '../../db/reports/activity-log.sql';
import { loadCaseloadCounts } from '../../db/reports/caseload-figures.sql';
import { fieldNotesIn } from '../../db/reports/field-constraints.store';
import { narrativesOf } from '../../db/reports/weekly-narrative.store';
import { caseloadFigures, type CaseloadFigures } from '../../domain/report/caseload-figures.rules';
import type { FieldActivity } from '../../domain/report/report-field-sections';
import { mondayOf } from '../../domain/report/weekly-narrative.rules';
import { markFailed, markProgress, storeFigures, storeFile } from '../../db/reports/report-job.store';

/** The figures a report is drawn from, kept on its job between the two activities (aggregates only). */
interface StoredFigures {
  current: IndicatorFigure[];
  previous: IndicatorFigure[] | null;
  /** Module delivery per template (reports with a MODULE_DELIVERY section); absent on older jobs. */
  delivery?: TemplateDelivery[] | null;
  /** A report limited to one facilitator's caseload: their figures (the area's indicators are not computed). */
  caseload?: CaseloadFigures | null;
  /** Dated activities (reports with an ACTIVITIES section, not limited to a caseload). */
  activities?: FieldActivity[] | null;
}
export type ComputeIndicators = (
  em: EntityManager,
  filter: IndicatorFilter,
  dimensions: Dimension[],
) => Promise<IndicatorFigure[]>;

/** The job's filter: its programme, cohort, region and period, within the requester's regions. */
export function filterOf(job: ReportJobEntity): IndicatorFilter & { from: string; to: string } {
  return {
    programmeId: job.programmeId,
    cohortId: job.cohortId,
    regionPrefix: job.regionPrefix,
    from: String(job.periodFrom).slice(0, 10),
    to: String(job.periodTo).slice(0, 10),
    scopeRegionPrefixes: job.regionScope.includes('*') ? null : job.regionScope,
  };
}

/** Module delivery per template in the filter and period, against the programme's current rules. */
async function reportDelivery(
  em: EntityManager,
  programme: ProgrammeEntity,
  filter: IndicatorFilter,
): Promise<TemplateDelivery[]> {
  const { held, completions } = await loadModuleDeliveryCounts(sqlOf(em.fork()), filter);
  const rules = await loadProgrammeRules(em.fork(), programme.rulesId, programme.rulesVersion);
  return templateDeliveries(held, completions, rules);
}

/**
 * A report job's steps (payloads carry the job id only; everything else is read from its row):
 * compute the figures, then render and store the file. Each is idempotent: a retry overwrites
 * the same figures and the same file, and a finished job is never moved back.
 */
export function createReportActivities(
  orm: MikroORM,
  cipher: FieldCipher,
  compute: ComputeIndicators = computeIndicators,
): ReportActivities {
  const load = (em: EntityManager, jobId: string) =>
    em.findOneOrFail(ReportJobEntity, { id: jobId }, { populate: ['figures'] });
  return {
    async computeReportFigures(jobId: string): Promise<void> {
      const em = orm.em.fork();
      const job = await load(em, jobId);
      if (job.status === 'DONE') return;
      await markProgress(em, jobId, 10);
      const definition = REPORT_DEFINITIONS[job.type];
      const filter = filterOf(job);
      if (job.facilitatorId) {
        // One facilitator's weekly report: their caseload only, never the area's per-facilitator figures.
        const about = { facilitatorId: job.facilitatorId, ...filter };
        const counts = await loadCaseloadCounts(sqlOf(em.fork()), {
          ...about,
          scopeRegionPrefixes: filter.scopeRegionPrefixes ? [...filter.scopeRegionPrefixes] : null,
        });
        const caseload = caseloadFigures(
          { facilitatorId: job.facilitatorId, programmeId: job.programmeId, from: filter.from, to: filter.to },
          counts,
        );
        await storeFigures(em, jobId, { current: [], previous: null, caseload } satisfies StoredFigures, 60);
        log.info('report caseload figures computed', { jobId });
        return;
      }
      // A report file reaches viewers too: groups of fewer people than the logframe's small-cell
      // threshold are withheld in every report (totals of the chosen area are kept).
      const { logframe, programme } = await programmeSetup(em.fork(), job.programmeId);
      const computed = await compute(em.fork(), filter, definition.dimensions);
      const current = suppressSmallCells(computed, logframe.smallCellThreshold).map((f, i) => ({
        ...computed[i],
        breakdown: f.breakdown,
      }));
      await markProgress(em, jobId, definition.comparePreviousPeriod ? 40 : 60);
      const previous = definition.comparePreviousPeriod
        ? await compute(em.fork(), { ...filter, ...previousPeriod(filter) }, [])
        : null;
      const delivery = definition.sections.includes('MODULE_DELIVERY')
        ? await reportDelivery(em, programme, filter)
        : null;
      const activities = definition.comparePreviousPeriod ? await loadActivityLog(sqlOf(em.fork()), filter) : null;
      await storeFigures(em, jobId, { current, previous, delivery, activities } satisfies StoredFigures, 60);
      log.info('report figures computed', { jobId, figures: current.length });
    },

    async renderReportFile(jobId: string): Promise<void> {
      const em = orm.em.fork();
      const job = await load(em, jobId);
      if (job.status === 'DONE') return;
      const stored = job.figures as unknown as StoredFigures;
      const programme = await em.findOne(ProgrammeEntity, { id: job.programmeId });
      const filter = filterOf(job);
      // Narrative texts are read (and unsealed) only here, never kept on the job's figures.
      const caseload = stored.caseload
        ? {
            figures: stored.caseload,
            narratives: await narrativesOf(
              sqlOf(em.fork()),
              cipher,
              stored.caseload.facilitatorId,
              job.programmeId,
              mondayOf(filter.from),
              filter.to,
            ),
          }
        : null;
      const activityLog = stored.activities
        ? { activities: stored.activities, ...(await fieldNotesIn(sqlOf(em.fork()), cipher, filter)) }
        : null;
      const model = buildReportModel({
        scope: {
          type: job.type,
          locale: job.locale,
          filter: filterOf(job),
          programmeName: programme?.name ?? job.programmeId,
          generatedAt: job.createdAt.toISOString(),
        },
        figures: stored.current,
        previousFigures: stored.previous,
        delivery: stored.delivery ?? null,
        caseload,
        activityLog,
      });
      await markProgress(em, jobId, 80);
      const format = job.format;
      const bytes =
        format === 'PDF'
          ? await reportPdf(model)
          : Buffer.from(format === 'HTML' ? reportHtml(model) : reportCsv(model), 'utf8');
      const fileName = reportFileName({
        type: job.type,
        programmeId: job.programmeId,
        from: filterOf(job).from,
        locale: job.locale,
        format,
      });
      await storeFile(em, cipher, jobId, { bytes, contentType: REPORT_CONTENT_TYPES[format], fileName });
      log.info('report stored', { jobId, format, bytes: bytes.length });
    },

    async failReportJob(jobId: string, message: string): Promise<void> {
      await markFailed(orm.em.fork(), jobId, message);
    },
  };
}
