import type { LabelCatalogue } from './labels.types';

/**
 * Nama tampilan dalam Bahasa Indonesia. Istilah mengikuti glosarium spesifikasi domain (§1) dan
 * sumber berbahasa Indonesia: penerima manfaat, pendamping, asesmen kebutuhan, evaluasi ulang,
 * graduasi (lulus / tidak lulus), pendampingan intensif, penghentian bantuan, rujukan.
 */
export const LABELS_ID: LabelCatalogue = {
  stage: {
    ENROLLED: 'Terdaftar', PLANNING: 'Perencanaan', IN_INTERVENTION: 'Pelaksanaan intervensi', RE_EVALUATION: 'Evaluasi ulang',
    GRADUATION_REVIEW: 'Peninjauan graduasi', NOT_GRADUATED: 'Tidak lulus graduasi', INTENSIVE_SUPPORT: 'Pendampingan intensif',
    TERMINATION_REVIEW: 'Peninjauan penghentian bantuan', GRADUATED: 'Lulus graduasi', COMPLETED: 'Selesai', TERMINATED: 'Bantuan dihentikan',
    EXITED: 'Keluar dari program', WITHDRAWN: 'Mengundurkan diri',
  },
  journeyStatus: { ACTIVE: 'Aktif', PAUSED: 'Dijeda', CLOSED: 'Ditutup' },
  welfareLevel: { POOR: 'Miskin', VULNERABLE: 'Rentan', MIDDLE: 'Menengah', STABLE: 'Stabil' },
  attendance: { PRESENT: 'Hadir', PARTIAL: 'Hadir sebagian', ABSENT: 'Tidak hadir' },
  moduleStatus: { PLANNED: 'Direncanakan', ACTIVE: 'Berjalan', COMPLETED: 'Selesai', CLOSED: 'Ditutup lebih awal' },
  assignmentResult: { PASSED: 'Lulus', FAILED: 'Tidak lulus', NOT_SUBMITTED: 'Tidak dikumpulkan' },
  decision: {
    GRADUATE: 'Lulus graduasi', NOT_YET: 'Belum lulus', INTENSIVE_SUPPORT: 'Pendampingan intensif', TERMINATE: 'Penghentian bantuan',
    REFER: 'Rujukan ke program lain', ANOTHER_CYCLE: 'Satu siklus pendampingan intensif lagi',
  },
  exitKind: { EXIT: 'Keluar', DEATH: 'Meninggal dunia', RELOCATION: 'Pindah domisili', SANCTION: 'Sanksi' },
  deadline: {
    ASSESSMENT: 'Asesmen kebutuhan', PLAN_APPROVAL: 'Persetujuan rencana intervensi', MODULE_START: 'Mulai modul', MODULE_END: 'Akhir modul',
    RE_EVALUATION: 'Evaluasi ulang', INTENSIVE_CYCLE_END: 'Akhir siklus pendampingan intensif', COMMUNICATION: 'Penyampaian keputusan',
    FOLLOW_UP: 'Pendampingan setelah graduasi',
  },
  need: {
    JOB_SKILLS: 'Keterampilan kerja', ENTREPRENEURSHIP_SKILLS: 'Keterampilan kewirausahaan', FINANCIAL_MANAGEMENT: 'Pengelolaan keuangan',
    CAPITAL: 'Akses modal', MARKET: 'Akses pasar', EDUCATION: 'Akses pendidikan', TECHNICAL_MENTORING: 'Pendampingan teknis',
    SOCIAL_MENTORING: 'Pendampingan sosial', MANAGERIAL_MENTORING: 'Pendampingan manajerial',
  },
  sex: { FEMALE: 'Perempuan', MALE: 'Laki-laki' },
  role: { facilitator: 'Pendamping', manager: 'Manajer program', auditor: 'Auditor', viewer: 'Pemantau', admin: 'Administrator', system: 'Sistem' },
  action: {
    NONE: 'Tidak ada yang perlu dilakukan', enroll: 'Mendaftarkan penerima manfaat', enrollBeneficiariesCsv: 'Mendaftarkan penerima manfaat dari berkas CSV',
    deadline: 'Tenggat terlewati', revealNik: 'Membuka NIK', revealPhone: 'Membuka nomor telepon', eraseBeneficiary: 'Menghapus data pribadi atas permintaan', requestReport: 'Meminta laporan', submitAssessment: 'Mengirim asesmen kebutuhan',
    approvePlan: 'Menyetujui rencana intervensi', scheduleSession: 'Menjadwalkan sesi', recordAttendance: 'Mencatat kehadiran',
    recordModuleEvaluation: 'Mencatat evaluasi modul', closeModule: 'Menutup modul', extendModule: 'Memperpanjang modul',
    submitReEvaluation: 'Mengirim evaluasi ulang', decideGraduation: 'Memutuskan graduasi', recordCommunication: 'Mencatat penyampaian keputusan',
    recordNotGraduatedEvaluation: 'Mencatat evaluasi penyebab', startIntensiveSupport: 'Memulai pendampingan intensif',
    decideTermination: 'Memutuskan penghentian bantuan', recordFollowUp: 'Mencatat pendampingan setelah graduasi',
    refer: 'Merujuk ke program lain', recordReferralAnswer: 'Mencatat jawaban rujukan', exit: 'Mengakhiri perjalanan (keluar)',
    withdraw: 'Mencatat pengunduran diri', pause: 'Menjeda perjalanan', resume: 'Melanjutkan perjalanan',
    reassignFacilitator: 'Mengganti pendamping', correctData: 'Mengoreksi data', migrateRules: 'Pindah ke aturan program yang lebih baru',
  },
  event: {
    ENROLLED: 'Terdaftar', ASSESSMENT_SUBMITTED: 'Asesmen kebutuhan dikirim', PLAN_APPROVED: 'Rencana intervensi disetujui',
    SESSION_SCHEDULED: 'Sesi dijadwalkan', ATTENDANCE_RECORDED: 'Kehadiran dicatat', LOW_ATTENDANCE: 'Kehadiran rendah',
    MODULE_STARTED: 'Modul dimulai', MODULE_EVALUATED: 'Modul dievaluasi', MODULE_COMPLETED: 'Modul selesai',
    MODULE_CLOSED: 'Modul ditutup lebih awal', MODULE_EXTENDED: 'Modul diperpanjang', RE_EVALUATION_SUBMITTED: 'Evaluasi ulang dikirim',
    GRADUATION_DECIDED: 'Keputusan graduasi diambil', COMMUNICATION_RECORDED: 'Keputusan disampaikan',
    NOT_GRADUATED_EVALUATION_RECORDED: 'Evaluasi penyebab dicatat', INTENSIVE_SUPPORT_STARTED: 'Pendampingan intensif dimulai',
    INTENSIVE_CYCLE_ENDED: 'Siklus pendampingan intensif berakhir', TERMINATION_DECIDED: 'Keputusan penghentian bantuan diambil',
    FOLLOW_UPS_SCHEDULED: 'Pendampingan setelah graduasi dijadwalkan', FOLLOW_UP_RECORDED: 'Pendampingan setelah graduasi dicatat',
    REFERRED: 'Dirujuk ke program lain', REFERRAL_ANSWERED: 'Rujukan dijawab', EXITED: 'Keluar dari program', WITHDRAWN: 'Mengundurkan diri',
    PAUSED: 'Dijeda', RESUMED: 'Dilanjutkan', FACILITATOR_REASSIGNED: 'Pendamping diganti', DATA_CORRECTED: 'Data dikoreksi',
    RULES_MIGRATED: 'Pindah ke aturan program yang lebih baru', OVERDUE: 'Terlambat', STAGE_CHANGED: 'Tahap berubah', JOURNEY_CLOSED: 'Perjalanan ditutup',
  },
  graduationCriterion: {
    INCOME_TO_MINIMUM_WAGE: 'Pendapatan dibanding upah minimum (UMK/UMR)', WELFARE_LEVEL: 'Tingkat kesejahteraan',
    BUSINESS_RUNNING: 'Usaha masih berjalan', MINDSET_CHANGED: 'Perubahan pola pikir',
  },
  referralAnswer: { ACCEPTED: 'Diterima', DECLINED: 'Ditolak' },
  auditSource: { JOURNEY_EVENT: 'Langkah perjalanan', DENIED: 'Percobaan yang ditolak', READ: 'Pembacaan data pribadi', ERASURE: 'Penghapusan data pribadi atas permintaan' },
  reportJobStatus: { QUEUED: 'Menunggu', RUNNING: 'Sedang dibuat', DONE: 'Siap', FAILED: 'Gagal' },
  notification: { ESCALATE_TO_MANAGER: 'Eskalasi ke manajer program', ALERT_FACILITATOR: 'Peringatan untuk pendamping' },
};
