import type { ReportLocale } from './report.types';

/**
 * The texts of the module delivery section, per locale: the part of the report catalogue (report-text.ts) that
 * section reads, kept beside its tables. `{name}` marks a value filled in by `fill`.
 */
export interface DeliveryTexts {
  heading: string;
  mixTitle: string;
  lead: string;
  tolerance: string;
  noTolerance: string;
  notInRules: string;
  basis: { HOURS: string; SESSIONS: string };
  column: {
    module: string;
    sessionsHeld: string;
    hoursHeld: string;
    withoutHours: string;
    outsideHours: string;
    basis: string;
    typesBeyond: string;
    completed: string;
    completedEarly: string;
    sessionType: string;
    templatePercent: string;
    share: string;
    deviation: string;
    beyond: string;
  };
}

const id: DeliveryTexts = {
  heading: 'Pelaksanaan Modul',
  mixTitle: 'Jenis Sesi terhadap Templat Modul',
  lead:
    'Sesi yang dilaksanakan dalam periode ini per templat modul; sesi kelompok dihitung sekali, bukan per anggota. ' +
    'Porsi setiap jenis sesi dihitung atas jam sesi (atau atas jumlah sesi bila ada sesi tanpa jam) dan ' +
    'dibandingkan dengan persentase templat dalam aturan program yang berlaku. Modul selesai lebih awal: selesai ' +
    'sebelum durasi minimum templat.',
  tolerance: 'Porsi yang menyimpang lebih dari {points} poin persentase dari templat ditandai.',
  noTolerance: 'Aturan program tidak menetapkan toleransi, sehingga setiap penyimpangan ditandai.',
  notInRules: '{module} (tidak ada dalam aturan program)',
  basis: { HOURS: 'Jam', SESSIONS: 'Sesi' },
  column: {
    module: 'Modul',
    sessionsHeld: 'Sesi dilaksanakan',
    hoursHeld: 'Jam dilaksanakan',
    withoutHours: 'Sesi tanpa jam',
    outsideHours: 'Sesi di luar jam per sesi',
    basis: 'Porsi dihitung atas',
    typesBeyond: 'Jenis sesi di luar toleransi',
    completed: 'Modul selesai',
    completedEarly: 'Selesai lebih awal',
    sessionType: 'Jenis sesi',
    templatePercent: 'Persentase templat',
    share: 'Porsi',
    deviation: 'Selisih (poin)',
    beyond: 'Di luar toleransi',
  },
};

const en: DeliveryTexts = {
  heading: 'Module Delivery',
  mixTitle: 'Session Types against the Module Template',
  lead:
    'Sessions held in this period per module template; a group session counts once, not once per member. Each ' +
    "session type's share counts held hours (or held sessions where a session has no hours) and is compared with " +
    "the template's percentage in the programme's current rules. Modules completed early: completed before the " +
    "template's minimum duration.",
  tolerance: "A share more than {points} percentage points from the template's is flagged.",
  noTolerance: 'The programme rules set no tolerance, so every deviation is flagged.',
  notInRules: '{module} (not in the programme rules)',
  basis: { HOURS: 'Hours', SESSIONS: 'Sessions' },
  column: {
    module: 'Module',
    sessionsHeld: 'Sessions held',
    hoursHeld: 'Hours held',
    withoutHours: 'Sessions without hours',
    outsideHours: 'Sessions outside hours per session',
    basis: 'Shares count',
    typesBeyond: 'Session types beyond tolerance',
    completed: 'Modules completed',
    completedEarly: 'Completed early',
    sessionType: 'Session type',
    templatePercent: 'Template share',
    share: 'Share held',
    deviation: 'Deviation (points)',
    beyond: 'Beyond tolerance',
  },
};

export const DELIVERY_TEXT: Record<ReportLocale, DeliveryTexts> = { id, en };
