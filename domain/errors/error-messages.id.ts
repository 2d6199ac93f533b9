import type { ErrorCode } from './error-codes';

/**
 * Indonesian text of every error code (the English text is ERROR_CODES in error-codes.ts). Typed
 * by ErrorCode: a new code does not compile until it has its Indonesian sentence here.
 */
export const ERROR_MESSAGES_ID: { readonly [C in ErrorCode]: string } = {
  VALIDATION_FAILED: 'Masukan tidak sesuai format atau di luar rentang yang diizinkan',
  NOT_FOUND: 'Data yang dirujuk tidak ditemukan',
  DUPLICATE_NIK: 'Penerima manfaat dengan NIK ini sudah terdaftar',
  BENEFICIARY_ERASED:
    'Data pribadi penerima manfaat ini telah dihapus atas permintaan; tidak dapat ditampilkan atau dipakai lagi',
  ORGANISATION_ID_TAKEN: 'Organisasi dengan id ini sudah ada dengan isi yang berbeda',
  WEBHOOK_URL_INVALID: 'URL webhook bukan URL http atau https yang lengkap tanpa nama pengguna atau kata sandi',
  WEBHOOK_ENDPOINT_DISABLED: 'Endpoint webhook ini sudah dinonaktifkan; daftarkan endpoint baru',
  WEBHOOK_SECRET_ROTATED:
    'Rahasia endpoint sudah diganti setelah pendaftaran ini: pengiriman ulang tidak lagi menjawabnya (ganti lagi)',
  SELECTION_CRITERIA_NOT_MET: 'Calon penerima manfaat tidak memenuhi kriteria seleksi program',
  COHORT_NOT_FOUND: 'Tidak ada angkatan dengan id ini dalam program ini; buat terlebih dahulu (createCohort)',
  COHORT_ALREADY_EXISTS: 'Angkatan dengan id ini sudah ada dengan isi berbeda; pilih id lain',
  COHORT_NOT_ENROLLING: 'Angkatan ini tidak sedang menerima pendaftaran: statusnya bukan ENROLLING',
  COHORT_REGION_MISMATCH: 'Wilayah orang ini berada di luar wilayah angkatan',
  COHORT_OVER_PLANNED_SIZE: 'Angkatan sudah mencapai jumlah rencana dan aturan program menolak pendaftaran melebihinya',
  COHORT_QUOTA_AT_RISK:
    'Mendaftarkan orang ini, di luar kelompok kuota, menyisakan terlalu sedikit kursi untuk memenuhi kuota; ' +
    'aturan menolaknya',
  DISABILITY_DISAGREES_WITH_FUNCTIONING:
    'Ya/tidak disabilitas yang diberikan bertentangan dengan jawaban Washington Group menurut batas aturan program',
  ETHNICITY_NOT_COLLECTED: 'Aturan program tidak mengumpulkan data suku (inclusion.collectEthnicity bernilai false)',
  COMMAND_NOT_ALLOWED_IN_STAGE: 'Tahap perjalanan saat ini tidak mengizinkan perintah ini',
  JOURNEY_PAUSED: 'Perjalanan sedang dijeda; lanjutkan terlebih dahulu',
  JOURNEY_CLOSED: 'Perjalanan sudah berakhir; tidak ada perintah lain yang diterima',
  COMMUNICATION_REQUIRED: 'Keputusan harus disampaikan kepada penerima manfaat sebelum perjalanan berlanjut',
  REASON_REQUIRED: 'Keputusan ini memerlukan alasan tertulis',
  FOLLOW_UP_NOT_DUE:
    'Pendampingan setelah graduasi ini belum jatuh tempo; dapat dicatat setelah jendela waktunya dibuka, ' +
    'sesaat sebelum tanggal jatuh temponya',
  VISIT_DATE_OUT_OF_CYCLE:
    'Tanggal kunjungan di luar siklus pendampingan intensif yang berjalan (sebelum mulai, setelah rencana ' +
    'selesai, atau di masa depan)',
  UNKNOWN_ALTERNATIVE: 'Alternatif ini tidak ditawarkan bersama penghentian bantuan, atau sudah dijawab',
  UNKNOWN_MODULE: 'Templat modul tidak ada, atau modul tidak termasuk dalam rencana intervensi',
  INVALID_PLAN: 'Rencana intervensi tidak sesuai dengan aturan program',
  SESSION_NOT_FOUND: 'Sesi tersebut tidak ada dalam modul ini',
  NOT_YOUR_MODULE: 'Modul ini tidak ditugaskan kepada Anda; mentor hanya menangani modul yang ditugaskan manajer',
  NOT_YOUR_CASELOAD:
    'Pendamping hanya membaca angka dan meminta laporan untuk dampingannya sendiri, bukan dampingan pendamping lain',
  WEEK_NOT_VALID: 'weekOf harus hari Senin awal minggu ISO (YYYY-MM-DD), dan bukan minggu yang akan datang',
  REGION_NOT_COVERED: 'Wilayah orang ini tidak termasuk wilayah yang dicakup program',
  PROGRAMME_EXISTS: 'Program dengan id ini sudah ada dengan pengaturan yang berbeda; ubah program itu saja',
  INVALID_RULES: 'Dokumen aturan program tidak valid; details.problems menyebutkan yang harus diperbaiki',
  RULES_VERSION_PUBLISHED:
    'Versi aturan ini sudah diterbitkan dengan dokumen lain; versi yang sudah diterbitkan tidak pernah berubah',
  IDEMPOTENCY_KEY_REUSED: 'Kunci idempotensi ini sudah dipakai untuk perintah lain',
  STAFF_NOT_ASSIGNED: 'Pengguna ini tidak aktif dalam peran staf tersebut pada program ini',
  CASELOAD_LIMIT_REACHED: 'Batas jumlah dampingan pendamping akan terlampaui; tidak ada yang dipindahkan',
  GROUP_NOT_FOUND: 'Tidak ada kelompok dengan id ini',
  GROUP_STATUS_CHANGE_NOT_ALLOWED:
    'Kelompok tidak dapat berpindah dari statusnya ke status yang diminta (DISSOLVED bersifat akhir)',
  GROUP_DISSOLVED:
    'Kelompok sudah dibubarkan; tidak menerima anggota, sesi, kehadiran, rencana usaha, modal, atau laporan',
  GROUP_MEMBER_NOT_ELIGIBLE:
    'Peserta ini tidak dapat bergabung dengan kelompok ini: program lain, di luar wilayah kelompok, atau tahap ' +
    'yang tidak diterima jenis kelompok ini',
  ALREADY_A_GROUP_MEMBER: 'Peserta ini sudah menjadi anggota aktif kelompok ini',
  NOT_A_GROUP_MEMBER: 'Peserta ini bukan anggota kelompok ini (saat ini, atau pada hari sesi)',
  GROUP_ROLE_TAKEN:
    'Peran ini dipegang anggota lain: satu kelompok memiliki satu ketua, satu sekretaris, dan satu bendahara',
  IN_ANOTHER_LEARNING_GROUP: 'Peserta ini sudah menjadi anggota aktif kelompok belajar lain untuk modul ini',
  NOT_A_BUSINESS_GROUP: 'Rencana usaha, modal, dan laporan berkala hanya untuk kelompok usaha bersama dan koperasi',
  GROUP_REPORT_PERIOD_OVERLAPS: 'Periode laporan ini tumpang tindih dengan laporan kelompok yang sudah dicatat',
  SESSION_HOURS_OUTSIDE_TEMPLATE: 'Lama sesi berada di luar jam per sesi templat modul dan aturan program menolaknya',
  MODULE_MINIMUM_DURATION:
    'Durasi minimum modul (menurut templatnya) belum terlewati sejak sesi pertamanya; aturan menolak ' +
    'menyelesaikannya lebih awal',
  CAPITAL_PROPOSAL_NOT_FOUND: 'Perjalanan ini tidak memiliki proposal modal dengan id tersebut',
  CAPITAL_PROPOSAL_ALREADY_DECIDED: 'Proposal modal ini sudah mendapat jawaban dari sumbernya',
  CAPITAL_PROPOSAL_NOT_APPROVED: 'Modal hanya dapat diterima atas proposal yang disetujui; catat persetujuannya dulu',
  CAPITAL_ALREADY_RECEIVED: 'Modal atas proposal ini sudah tercatat diterima',
  SATISFACTION_NOT_DUE: 'Survei kepuasan diisi di akhir modul atau setelah lulus; belum waktunya',
  SATISFACTION_ALREADY_RECORDED: 'Survei kepuasan ini sudah tercatat',
  MARKET_CHANNEL_ALREADY_OPEN: 'Saluran pasar ini sudah terbuka untuk orang tersebut',
  LIVELIHOOD_FACTS_INCONSISTENT:
    'Data pekerjaan atau usaha saling bertentangan (mis. upah untuk orang yang tidak bekerja); tidak ada yang berubah',
  HOUSEHOLD_SIZE_REQUIRED:
    'Aturan program mengukur pendapatan per kapita: jumlah anggota rumah tangga wajib diisi ' +
    '(dari asesmen atau di sini)',
  LATE_RECORD_NEEDS_APPROVAL:
    'Catatan lapangan lebih lama dari yang diizinkan aturan, atau dari langkah terakhir sejenis: manajer harus ' +
    'menyetujuinya (approveLateRecord) sebelum dikirim ulang',
  OCCURRED_AT_IN_FUTURE: 'Catatan lapangan menyebut waktu di masa depan; periksa jam perangkat',
  LISTED_TWICE:
    'Perjalanan yang sama tercantum lebih dari sekali dalam permintaan ini; cantumkan setiap anggota sekali',
  ATTENDANCE_ALREADY_RECORDED:
    'Kehadiran lain sudah tercatat untuk sesi ini; perubahan dilakukan sebagai koreksi (correctData)',
  QUERY_TOO_COMPLEX:
    'Kueri terlalu dalam, terlalu lebar, atau memakai terlalu banyak alias; mintalah lebih sedikit sekaligus',
  RATE_LIMITED: 'Terlalu banyak permintaan dari pengguna ini; tunggu sebentar lalu coba lagi',
  FORBIDDEN: 'Peran Anda tidak mengizinkan operasi ini',
  UNAUTHENTICATED: 'Autentikasi tidak ada atau tidak valid',
  UPSTREAM_UNAVAILABLE: 'Layanan pendukung (PostgreSQL atau Temporal) tidak tersedia; coba lagi nanti',
  INTERNAL: 'Terjadi kesalahan server yang tidak terduga',
};
