import type { MessageCatalogue } from './messages.en';

/** Teks dalam Bahasa Indonesia; kunci dan placeholder sama persis dengan messages.en.ts. */
export const MESSAGES_ID: MessageCatalogue = {
  'http.bodyTooLarge': 'Isi permintaan lebih besar dari {limit} byte',
  'http.invalidJson': 'Isi permintaan bukan JSON yang valid',
  'http.internal': 'Terjadi kesalahan internal',
  'http.notFound': 'Tidak ditemukan',
  'bulk.alreadyEnrolledElsewhere':
    'Penerima manfaat dengan NIK ini sudah terdaftar (perjalanan {journeyId}); baris ini tidak mengubah apa pun',
  'bulk.alreadyEnrolledByKey': 'Sudah didaftarkan oleh kiriman berkas ini sebelumnya dengan idempotencyKey yang sama',
  'bulk.listedTwice': 'Perjalanan ini sudah tercantum dalam permintaan ini; setiap peserta cukup satu kali',
  'group.notListed': 'Anggota pada hari itu yang perjalanannya memuat sesi ini tidak tercantum: tidak ada yang dicatat',
  'bulk.rowFieldCount': 'Baris ini memiliki {fields} kolom; baris judul memiliki {header}',
  'bulk.nikRepeated': 'NIK ini juga ada di baris {row} berkas ini; hanya baris itu yang didaftarkan',
  'validation.invalidInput': 'Masukan tidak valid: {problems}',
  'validation.problem': '{field} ({problems})',
  'validation.isBoolean': '{field} harus bernilai true atau false',
  'validation.isIso8601': '{field} harus berupa tanggal atau tanggal-waktu ISO-8601',
  'validation.isIn': '{field} harus salah satu dari: {values}',
  'validation.isString': '{field} harus berupa teks',
  'validation.isUuid': '{field} harus berupa UUID',
  'validation.minLength': '{field} minimal {n} karakter',
  'validation.maxLength': '{field} maksimal {n} karakter',
  'validation.max': '{field} tidak boleh lebih dari {n}',
  'validation.min': '{field} tidak boleh kurang dari {n}',
  'validation.arrayMaxSize': '{field} tidak boleh berisi lebih dari {n} butir',
  'validation.format': 'format {field} tidak sesuai',
  'validation.nik': 'NIK harus terdiri dari tepat 16 digit',
  'validation.invalid': '{field} tidak valid',
  'notification.overdue': '{deadline} terlambat sejak {dueAt}: mohon tindak lanjuti bersama pendamping.',
  'notification.overdueFacilitator': '{deadline} terlambat sejak {dueAt}: mohon segera diselesaikan.',
  'notification.lowAttendance': 'Kehadiran rendah pada modul {module}: {rate} sesi dihadiri (ambang {threshold}).',
  'notification.other': 'Pemberitahuan perjalanan: {reason}',
  'notification.complaintOverdue': 'Sebuah pengaduan belum dijawab sampai {dueAt}: kini ditangani manajer program.',
  'notification.majorConflict':
    'Konflik besar tercatat di wilayah {region}: dapat menghentikan program bila tidak segera diselesaikan.',
  'notification.groupMeetingOverdueFacilitator':
    'Kelompok dampingan Anda belum bertemu sejak {since}: mohon adakan pertemuan berikutnya.',
  'notification.groupMeetingOverdue':
    'Sebuah kelompok belum bertemu sejak {since}: mohon tindak lanjuti bersama pendampingnya.',
};
