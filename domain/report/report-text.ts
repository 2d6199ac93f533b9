import { interpolate } from '../i18n/interpolate';
import type { Statistic } from './report-format';
import type { ReportLocale, ReportType } from './report.types';

/**
 * The catalogue of report texts, per locale (Indonesian `id`, English `en`). Every title, heading,
 * column and chart label of a report comes from here, from indicator-text.ts or (the module delivery
 * section) from report-delivery-text.ts, so the same report reads the same in both languages.
 * `{name}` marks a value filled in by `fill`.
 * Self-contained on purpose: the app-wide i18n can import these objects as they are.
 */
export interface ReportTexts {
  reportTitle: Record<ReportType, string>;
  reportPurpose: Record<ReportType, string>;
  fact: {
    programme: string;
    cohort: string;
    region: string;
    period: string;
    generatedAt: string;
    allRegions: string;
    allCohorts: string;
    scopeRegions: string;
  };
  section: {
    summary: string;
    activities: string;
    achievement: string;
    charts: string;
    disaggregation: string;
    followUp: string;
    facilitators: string;
    programme: string;
    beforeAfter: string;
    allIndicators: string;
    limitations: string;
    groups: string;
    groupDisaggregation: string;
  };
  summaryLead: string;
  summaryBelowTarget: string;
  summaryAllOnTarget: string;
  summaryNoTargets: string;
  previousPeriodNote: string;
  activitiesLead: string;
  programmeLead: string;
  beforeAfterLead: string;
  groupsLead: string;
  limitationsText: string[];
  followUpLead: string;
  followUpResponsible: string;
  column: {
    indicator: string;
    level: string;
    baseline: string;
    target: string;
    realisation: string;
    numerator: string;
    denominator: string;
    achievement: string;
    previous: string;
    status: string;
    dimension: string;
    group: string;
    value: string;
    objective: string;
    gap: string;
    schedule: string;
    responsible: string;
    before: string;
    after: string;
    change: string;
    statistic: string;
    code: string;
  };
  /** What the number of a row is (column "Statistic"): a share, a median, a mean or a count. */
  statistic: Record<Statistic, string>;
  status: { met: string; below: string; noData: string; withheld: string };
  chart: {
    targetVsRealisation: string;
    funnel: string;
    incomeChange: string;
    beforeAfter: string;
    target: string;
    realisation: string;
    baseline: string;
    median: string;
    mean: string;
    ofFirst: string;
  };
  empty: { table: string; chart: string };
  followUpObjective: string;
  followUpObjectiveLower: string;
  footer: string;
}

const id: ReportTexts = {
  reportTitle: {
    WEEKLY_FACILITATOR: 'Laporan Mingguan Pendamping',
    MONTHLY_PROGRESS: 'Laporan Kemajuan Bulanan',
    QUARTERLY_PROGRESS: 'Laporan Kemajuan Triwulanan',
    FINAL: 'Laporan Akhir Program',
    IMPACT: 'Laporan Dampak',
  },
  reportPurpose: {
    WEEKLY_FACILITATOR: 'Partisipasi peserta, kendala lapangan dan langkah yang tertunda minggu ini.',
    MONTHLY_PROGRESS: 'Capaian bulan ini terhadap target, kegiatan yang dilaksanakan dan rencana tindak lanjut.',
    QUARTERLY_PROGRESS: 'Capaian triwulan ini terhadap target, kegiatan yang dilaksanakan dan rencana tindak lanjut.',
    FINAL: 'Capaian target, perubahan pada peserta dan perbandingan sebelum dan sesudah program.',
    IMPACT: 'Dampak jangka panjang: perubahan ekonomi peserta sebelum dan sesudah program.',
  },
  fact: {
    programme: 'Program',
    cohort: 'Angkatan',
    region: 'Wilayah',
    period: 'Periode',
    generatedAt: 'Tanggal laporan',
    allRegions: 'Semua wilayah',
    allCohorts: 'Semua angkatan',
    scopeRegions: 'wilayah dalam cakupan: {regions}',
  },
  section: {
    summary: 'Ringkasan Eksekutif',
    activities: 'Kegiatan yang Dilaksanakan',
    achievement: 'Capaian Program: Target dan Realisasi',
    charts: 'Grafik',
    disaggregation: 'Data Terpilah',
    followUp: 'Rencana Tindak Lanjut',
    facilitators: 'Langkah Tertunda per Pendamping',
    programme: 'Gambaran Program',
    beforeAfter: 'Perbandingan Sebelum dan Sesudah',
    allIndicators: 'Seluruh Indikator',
    limitations: 'Keterbatasan',
    groups: 'Partisipasi Kelompok',
    groupDisaggregation: 'Data Kelompok Terpilah',
  },
  summaryLead: '{enrolled} peserta terdaftar dalam periode {period}.',
  summaryBelowTarget: '{count} dari {total} indikator bertarget belum mencapai target: {names}.',
  summaryAllOnTarget: 'Seluruh {total} indikator bertarget telah mencapai target.',
  summaryNoTargets: 'Belum ada indikator dengan target untuk periode ini.',
  previousPeriodNote: 'Kolom "Periode sebelumnya" berisi realisasi {period}.',
  activitiesLead: 'Kehadiran dan penyelesaian per modul dan sesi dalam periode ini (pembilang / penyebut).',
  programmeLead: 'Indikator program menurut jenjang kerangka logis: dampak, hasil, keluaran dan kegiatan.',
  beforeAfterLead: 'Nilai awal (saat asesmen) dibandingkan dengan realisasi pada akhir periode.',
  groupsLead:
    'Anggota kelompok aktif, pertemuan terhadap rencana, kehadiran, peran pengambilan keputusan, akses modal dan ' +
    'usaha kelompok usaha bersama dan koperasi dalam periode ini. Angka yang dihitung per kelompok dirinci menurut ' +
    'wilayah dan angkatan kelompok itu.',
  limitationsText: [
    'Angka dihitung dari catatan Jejak (asesmen, kehadiran, evaluasi ulang, pemantauan); ' +
      'data kualitatif (wawancara, diskusi kelompok) tidak termasuk.',
    'Kolom "Statistik" menyebut angka setiap baris: proporsi, median, rata-rata atau jumlah. Setiap proporsi ' +
      'disertai pembilang dan penyebut asalnya agar dapat diperiksa ulang; median dan rata-rata dihitung atas ' +
      'orang yang diukur, tanpa pembilang dan penyebut.',
  ],
  followUpLead: 'Indikator di bawah target dan tindak lanjut yang diusulkan untuk periode berikutnya.',
  followUpResponsible: 'Manajer program bersama pendamping',
  column: {
    indicator: 'Indikator',
    level: 'Jenjang',
    baseline: 'Nilai awal',
    target: 'Target',
    realisation: 'Realisasi',
    numerator: 'Pembilang',
    denominator: 'Penyebut',
    achievement: 'Capaian thd target',
    previous: 'Periode sebelumnya',
    status: 'Status',
    dimension: 'Dimensi',
    group: 'Kelompok',
    value: 'Nilai',
    objective: 'Tujuan',
    gap: 'Kesenjangan',
    schedule: 'Jadwal',
    responsible: 'Penanggung jawab',
    before: 'Sebelum',
    after: 'Sesudah',
    change: 'Perubahan',
    statistic: 'Statistik',
    code: 'Kode',
  },
  statistic: { value: 'Proporsi', median: 'Median', mean: 'Rata-rata', numerator: 'Jumlah' },
  status: {
    met: 'Tercapai',
    below: 'Di bawah target',
    noData: 'Belum ada data',
    withheld: 'disembunyikan (kelompok kecil)',
  },
  chart: {
    targetVsRealisation: 'Target dan realisasi',
    funnel: 'Tahapan peserta',
    incomeChange: 'Perubahan pendapatan (Rp per bulan)',
    beforeAfter: 'Sebelum dan sesudah',
    target: 'Target',
    realisation: 'Realisasi',
    baseline: 'Sebelum',
    median: 'Median',
    mean: 'Rata-rata',
    ofFirst: 'dari terdaftar',
  },
  empty: {
    table: 'Belum ada data untuk tabel ini dalam periode dan wilayah yang dipilih.',
    chart: 'Belum ada data untuk grafik ini.',
  },
  followUpObjective: 'Menaikkan {indicator} dari {realisation} ke {target}',
  followUpObjectiveLower: 'Menurunkan {indicator} dari {realisation} ke {target}',
  footer: 'Dibuat oleh Jejak pada {date}. Angka agregat; tidak memuat data pribadi.',
};

const en: ReportTexts = {
  reportTitle: {
    WEEKLY_FACILITATOR: 'Weekly Facilitator Report',
    MONTHLY_PROGRESS: 'Monthly Progress Report',
    QUARTERLY_PROGRESS: 'Quarterly Progress Report',
    FINAL: 'Final Programme Report',
    IMPACT: 'Impact Report',
  },
  reportPurpose: {
    WEEKLY_FACILITATOR: 'Participant participation, field constraints and steps overdue this week.',
    MONTHLY_PROGRESS: "This month's achievements against target, activities held and the follow-up plan.",
    QUARTERLY_PROGRESS: "This quarter's achievements against target, activities held and the follow-up plan.",
    FINAL: 'Target achievement, change in participants and a before/after comparison of the programme.',
    IMPACT: "Long-term impact: participants' economic change before and after the programme.",
  },
  fact: {
    programme: 'Programme',
    cohort: 'Cohort',
    region: 'Region',
    period: 'Period',
    generatedAt: 'Report date',
    allRegions: 'All regions',
    allCohorts: 'All cohorts',
    scopeRegions: 'regions in scope: {regions}',
  },
  section: {
    summary: 'Executive Summary',
    activities: 'Activities Held',
    achievement: 'Programme Achievement: Target vs Realisation',
    charts: 'Charts',
    disaggregation: 'Disaggregated Data',
    followUp: 'Follow-up Plan',
    facilitators: 'Overdue Steps per Facilitator',
    programme: 'Programme Overview',
    beforeAfter: 'Before and After Comparison',
    allIndicators: 'All Indicators',
    limitations: 'Limitations',
    groups: 'Group Participation',
    groupDisaggregation: 'Group Figures Disaggregated',
  },
  summaryLead: '{enrolled} participants enrolled in the period {period}.',
  summaryBelowTarget: '{count} of {total} indicators with a target are below target: {names}.',
  summaryAllOnTarget: 'All {total} indicators with a target have reached it.',
  summaryNoTargets: 'No indicator has a target for this period yet.',
  previousPeriodNote: 'The "Previous period" column holds the realisation of {period}.',
  activitiesLead: 'Attendance and completion per module and session in this period (numerator / denominator).',
  programmeLead: 'Programme indicators by logframe level: impact, outcome, output and activity.',
  beforeAfterLead: 'Baseline (at assessment) compared with the realisation at the end of the period.',
  groupsLead:
    'Active group members, meetings held against planned, attendance, decision roles, capital access and the ' +
    'businesses of business groups and cooperatives in this period. Figures counted per group break down by the ' +
    "group's own region and cohort.",
  limitationsText: [
    "Figures are computed from Jejak's records (assessments, attendance, re-evaluations, follow-ups); " +
      'qualitative data (interviews, focus groups) is not included.',
    'The "Statistic" column says what the number of each row is: a share, a median, a mean or a count. Every ' +
      'share comes with the numerator and denominator it was computed from so it can be checked; medians and ' +
      'means are over the people measured and have none.',
  ],
  followUpLead: 'Indicators below target and the proposed follow-up for the next period.',
  followUpResponsible: 'Programme manager with facilitators',
  column: {
    indicator: 'Indicator',
    level: 'Level',
    baseline: 'Baseline',
    target: 'Target',
    realisation: 'Realisation',
    numerator: 'Numerator',
    denominator: 'Denominator',
    achievement: 'Achievement vs target',
    previous: 'Previous period',
    status: 'Status',
    dimension: 'Dimension',
    group: 'Group',
    value: 'Value',
    objective: 'Objective',
    gap: 'Gap',
    schedule: 'Schedule',
    responsible: 'Responsible',
    before: 'Before',
    after: 'After',
    change: 'Change',
    statistic: 'Statistic',
    code: 'Code',
  },
  statistic: { value: 'Share', median: 'Median', mean: 'Mean', numerator: 'Count' },
  status: { met: 'Met', below: 'Below target', noData: 'No data yet', withheld: 'withheld (small group)' },
  chart: {
    targetVsRealisation: 'Target vs realisation',
    funnel: 'Participants by stage',
    incomeChange: 'Income change (Rp per month)',
    beforeAfter: 'Before and after',
    target: 'Target',
    realisation: 'Realisation',
    baseline: 'Before',
    median: 'Median',
    mean: 'Mean',
    ofFirst: 'of enrolled',
  },
  empty: { table: 'No data for this table in the chosen period and area yet.', chart: 'No data for this chart yet.' },
  followUpObjective: 'Raise {indicator} from {realisation} to {target}',
  followUpObjectiveLower: 'Reduce {indicator} from {realisation} to {target}',
  footer: 'Generated by Jejak on {date}. Aggregate figures; no personal data.',
};

export const REPORT_TEXT: Record<ReportLocale, ReportTexts> = { id, en };

/** Fills `{name}` placeholders (the app-wide interpolation; an unknown name stays visible). */
export const fill = interpolate;
