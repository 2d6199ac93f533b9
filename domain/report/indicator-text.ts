import type { Dimension, IndicatorLevel } from '../indicator/indicator.types';
import { LABELS } from '../i18n/translate';
import type { ReportLocale } from './report.types';

/**
 * Names of indicators, stages, dimensions and groups per locale: the other half of the report
 * catalogue (report-text.ts). An indicator key is a base name and optional qualifiers,
 * "attendance_rate:module:KWU-01" = attendance rate, module KWU-01; "stage:GRADUATED".
 */
type Names = Record<string, { id: string; en: string }>;

const INDICATORS: Names = {
  enrolled: { id: 'Peserta terdaftar', en: 'Participants enrolled' },
  assessed: { id: 'Peserta terasesmen', en: 'Participants assessed' },
  stage: { id: 'Peserta pada tahap', en: 'Participants in stage' },
  trained: { id: 'Peserta yang menyelesaikan pelatihan', en: 'Participants who completed training' },
  attendance_rate: { id: 'Tingkat kehadiran', en: 'Attendance rate' },
  module_completion_rate: { id: 'Tingkat penyelesaian modul', en: 'Module completion rate' },
  score_change: { id: 'Perubahan nilai pre/post-test', en: 'Pre/post test score change' },
  improved_understanding_rate: {
    id: 'Peserta dengan pemahaman meningkat',
    en: 'Participants with improved understanding',
  },
  graduated: { id: 'Peserta graduasi', en: 'Participants graduated' },
  graduation_rate: { id: 'Tingkat kelulusan (graduasi)', en: 'Graduation rate' },
  time_to_graduation: { id: 'Lama hingga graduasi (hari)', en: 'Time to graduation (days)' },
  intensive_support_rate: { id: 'Tingkat pendampingan intensif', en: 'Intensive-support rate' },
  intensive_support_success_rate: { id: 'Keberhasilan pendampingan intensif', en: 'Intensive-support success rate' },
  exits: { id: 'Peserta keluar', en: 'Exits' },
  referred: { id: 'Peserta dirujuk', en: 'Participants referred' },
  referral_acceptance_rate: { id: 'Rujukan yang diterima', en: 'Referrals accepted' },
  income_change: { id: 'Perubahan pendapatan', en: 'Income change' },
  income_relative_change: { id: 'Perubahan pendapatan relatif', en: 'Relative income change' },
  min_wage_share: { id: 'Pendapatan setara/di atas UMK', en: 'Income at or above minimum wage' },
  welfare_transition: { id: 'Perubahan tingkat kesejahteraan', en: 'Welfare-level transition' },
  welfare_improved_rate: { id: 'Tingkat kesejahteraan membaik', en: 'Welfare level improved' },
  businesses_started: { id: 'Peserta yang memulai usaha', en: 'Participants who started a business' },
  business_started_within_months: { id: 'Memulai usaha setelah pelatihan', en: 'Business started after training' },
  business_running: { id: 'Usaha yang masih berjalan', en: 'Businesses still running' },
  in_work_after_programme: { id: 'Bekerja setelah program', en: 'In work after the programme' },
  overdue_steps: { id: 'Langkah terlambat', en: 'Overdue steps' },
  quota: { id: 'Kuota kelompok rentan', en: 'Vulnerable-group quota' },
  group_members: { id: 'Anggota kelompok aktif', en: 'Active group members' },
  group_leader_rate: { id: 'Anggota dengan peran pengambil keputusan', en: 'Members in decision roles' },
  group_women_leader_share: { id: 'Perempuan di antara pengurus kelompok', en: 'Women among group leaders' },
  group_attendance_rate: { id: 'Tingkat kehadiran sesi kelompok', en: 'Group session attendance rate' },
  group_meeting_rate: { id: 'Pertemuan kelompok terhadap rencana', en: 'Group meetings held against planned' },
  group_capital_access: { id: 'Kelompok usaha dengan akses modal', en: 'Business groups with capital' },
  group_capital_received: { id: 'Modal diterima kelompok usaha', en: 'Capital received by business groups' },
  group_business_running: { id: 'Usaha kelompok yang berjalan', en: 'Group businesses running' },
  capital_proposals_submitted: { id: 'Proposal modal diajukan', en: 'Capital proposals submitted' },
  capital_proposals_approved: { id: 'Proposal modal disetujui', en: 'Capital proposals approved' },
  capital_proposals_received: { id: 'Proposal modal yang dananya diterima', en: 'Capital proposals received' },
  capital_received: { id: 'Modal diterima peserta', en: 'Capital received by participants' },
  capital_access: { id: 'Peserta dengan akses modal', en: 'Participants with capital access' },
  market_access: { id: 'Peserta dengan akses pasar', en: 'Participants with market access' },
  satisfaction_score: { id: 'Kepuasan peserta (1-5)', en: 'Participant satisfaction (1-5)' },
  income_control_rate: {
    id: 'Perempuan yang memutuskan penggunaan pendapatan usaha',
    en: 'Women deciding how business income is used',
  },
  visits_made: { id: 'Kunjungan pendampingan', en: 'Mentoring visits made' },
  above_umk_share: { id: 'Pendapatan di atas UMK', en: 'Income above the minimum wage' },
  poverty_line_share: {
    id: 'Pendapatan per kapita di atas garis kemiskinan',
    en: 'Income per capita above the poverty line',
  },
  facilitator_rating: {
    id: 'Penilaian peserta terhadap pendamping (1-5)',
    en: "Participants' rating of facilitator (1-5)",
  },
};

const QUALIFIERS: Names = {
  module: { id: 'modul', en: 'module' },
  session: { id: 'sesi', en: 'session' },
  facilitator: { id: 'pendamping', en: 'facilitator' },
  follow_up_month: { id: 'pemantauan bulan ke-', en: 'follow-up month ' },
  group: { id: 'kelompok', en: 'group' },
};

/** Codes the app-wide catalogue does not name (stages, welfare levels, sex, exit kinds come from domain/i18n). */
const CODES: Names = {
  WITH_DISABILITY: { id: 'Penyandang disabilitas', en: 'With disability' },
  WITHOUT_DISABILITY: { id: 'Tanpa disabilitas', en: 'Without disability' },
  ASSESSMENT: { id: 'Asesmen', en: 'Assessment' },
  LAST: { id: 'Terakhir', en: 'Latest' },
  UNDER_18: { id: 'Di bawah 18 tahun', en: 'Under 18' },
  true: { id: 'Ya', en: 'Yes' },
  false: { id: 'Tidak', en: 'No' },
  UNKNOWN: { id: 'Tidak diketahui', en: 'Unknown' },
  LEARNING_GROUP: { id: 'Kelompok belajar', en: 'Learning group' },
  BUSINESS_GROUP: { id: 'Kelompok usaha bersama', en: 'Business group' },
  COOPERATIVE: { id: 'Koperasi', en: 'Cooperative' },
  ALUMNI_GROUP: { id: 'Kelompok alumni', en: 'Alumni group' },
  GRANT: { id: 'Hibah', en: 'Grant' },
  KUR: { id: 'KUR', en: "KUR (people's business credit)" },
  UMI: { id: 'UMi', en: 'UMi (ultra-micro credit)' },
  COOPERATIVE_LOAN: { id: 'Pinjaman koperasi', en: 'Cooperative loan' },
  CSR: { id: 'CSR', en: 'CSR' },
  PERSON: { id: 'Perorangan', en: 'Own proposal' },
  GROUP: { id: 'Melalui kelompok', en: 'Through a group' },
  LOCAL: { id: 'Pasar lokal', en: 'Local market' },
  REGIONAL: { id: 'Pasar regional', en: 'Regional market' },
  ONLINE: { id: 'Daring', en: 'Online' },
  MODULE_END: { id: 'Akhir modul', en: 'End of module' },
  GRADUATION: { id: 'Graduasi', en: 'Graduation' },
  CONTENT_USEFUL: { id: 'Materi bermanfaat', en: 'Useful content' },
  FACILITATOR_SUPPORT: { id: 'Dukungan pendamping', en: 'Facilitator support' },
  SCHEDULE_SUITABLE: { id: 'Jadwal sesuai', en: 'Suitable schedule' },
  OVERALL: { id: 'Secara keseluruhan', en: 'Overall' },
};
const SHARED_GROUPS = ['stage', 'welfareLevel', 'sex', 'exitKind'] as const;

const LEVELS: Record<IndicatorLevel, { id: string; en: string }> = {
  IMPACT: { id: 'Dampak', en: 'Impact' },
  OUTCOME: { id: 'Hasil', en: 'Outcome' },
  OUTPUT: { id: 'Keluaran', en: 'Output' },
  ACTIVITY: { id: 'Kegiatan', en: 'Activity' },
};

const DIMENSIONS: Record<Dimension, { id: string; en: string }> = {
  SEX: { id: 'Jenis kelamin', en: 'Sex' },
  AGE_BAND: { id: 'Kelompok umur', en: 'Age band' },
  DISABILITY: { id: 'Disabilitas', en: 'Disability' },
  REGION: { id: 'Wilayah', en: 'Region' },
  COHORT: { id: 'Angkatan', en: 'Cohort' },
  VULNERABLE_GROUP: { id: 'Kelompok rentan', en: 'Vulnerable group' },
  DISABILITY_LEVEL: { id: 'Tingkat disabilitas (WG-SS)', en: 'Disability level (WG-SS)' },
  ETHNICITY: { id: 'Suku', en: 'Ethnicity' },
};

const PATTERNS: { re: RegExp; id: string; en: string }[] = [
  { re: /^FOLLOW_UP_M(\d+)$/, id: 'Pemantauan bulan ke-$1', en: 'Follow-up month $1' },
  { re: /^AGE_(\d+)_(\d+)$/, id: '$1–$2 tahun', en: '$1–$2 years' },
  { re: /^AGE_(\d+)_PLUS$/, id: '$1 tahun ke atas', en: '$1 and over' },
];

/**
 * A code in the reader's language (stage, exit kind, welfare level, sex, age band...); "A->B" as "A → B"; else
 * the code itself.
 */
export function codeLabel(locale: ReportLocale, code: string): string {
  if (code.includes('->'))
    return code
      .split('->')
      .map((c) => codeLabel(locale, c))
      .join(' → ');
  const shared = SHARED_GROUPS.map((g) => (LABELS[locale][g] as Record<string, string>)[code]).find(
    (x) => x !== undefined,
  );
  const known = shared ?? CODES[code]?.[locale];
  if (known) return known;
  const pattern = PATTERNS.find((p) => p.re.test(code));
  return pattern ? code.replace(pattern.re, pattern[locale]) : code;
}
export const levelLabel = (locale: ReportLocale, level: IndicatorLevel): string => LEVELS[level][locale];
export const dimensionLabel = (locale: ReportLocale, dimension: Dimension): string => DIMENSIONS[dimension][locale];

/** "abc_def" → "Abc def": the readable fallback for a base name the catalogue does not know yet. */
const humanise = (name: string) => name.charAt(0).toUpperCase() + name.slice(1).replace(/_/g, ' ');

/** Whether the catalogue names this indicator (a test keeps the computed keys covered). */
export const knowsIndicator = (key: string): boolean => key.split(':')[0] in INDICATORS;

/**
 * The readable name of an indicator key: base name, then its qualifiers, e.g.
 * "attendance_rate:module:KWU-01" → "Tingkat kehadiran: modul KWU-01" (id).
 */
export function indicatorLabel(locale: ReportLocale, key: string): string {
  const [base, ...rest] = key.split(':');
  const name = INDICATORS[base]?.[locale] ?? humanise(base);
  if (rest.length === 0) return name;
  const parts: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const q = QUALIFIERS[rest[i]];
    if (!q || i + 1 >= rest.length) {
      parts.push(q?.[locale] ?? codeLabel(locale, rest[i]));
      continue;
    }
    // A qualifier takes every following segment that is not one: "session:KWU:s1" = session KWU / s1.
    const values: string[] = [];
    while (i + 1 < rest.length && !QUALIFIERS[rest[i + 1]]) values.push(codeLabel(locale, rest[++i]));
    parts.push(`${q[locale]}${q[locale].endsWith('-') || q[locale].endsWith(' ') ? '' : ' '}${values.join(' / ')}`);
  }
  return `${name}: ${parts.join(', ')}`;
}
