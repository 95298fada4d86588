/**
 * Demo knowledge-base entries, each written from one demo thread (found by its exact title)
 * and resting on one expert answer in it (by reply index). The answer is that reply as it
 * stands; the title and question are rewritten in neutral words. Regulations are only those the
 * thread itself names, with no article where the thread gives none. All of it is demo content.
 */
import type { KbRegulation, KbTag } from '../schema'

export interface SeedKbEntry {
  thread: string
  /** index of the expert reply the entry rests on */
  reply: number
  title: string
  question: string
  tags: KbTag[]
  regulations: KbRegulation[]
  /** reviewed this many days ago (past the review period: shows "may be outdated" and joins the queue) */
  reviewedDaysAgo?: number
}

const reg = (name: string, number: string, year: number): KbRegulation => ({ name, number, year, article: null, url: null })
const PP_94_2021 = reg('Peraturan Pemerintah tentang Disiplin PNS', '94', 2021)
const PERMENPANRB_6_2022 = reg('Peraturan Menteri PANRB', '6', 2022)
const PP_11_2017 = reg('Peraturan Pemerintah', '11', 2017)
const UU_20_2023 = reg('Undang-Undang tentang ASN', '20', 2023)

export const SEED_KB_ENTRIES: SeedKbEntry[] = [
  {
    thread: 'Naik pangkat III/a ke III/b untuk JF Ahli Pertama, berapa tahun kalau SKP cuma predikat Baik?',
    reply: 0,
    title: 'Berapa lama naik pangkat pejabat fungsional Ahli Pertama jika predikat SKP selalu Baik?',
    question: 'Seorang pejabat fungsional Ahli Pertama golongan III/a selalu mendapat predikat kinerja Baik. Berapa tahun yang dibutuhkan untuk naik ke III/b dengan aturan angka kredit yang berlaku, dan adakah cara mempercepatnya?',
    tags: ['kenaikan-pangkat', 'karier'],
    regulations: [reg('Peraturan Menteri PANRB tentang Jabatan Fungsional', '1', 2023)],
  },
  {
    thread: 'Usulan KP periode Oktober berstatus BTS karena SKP tidak terbaca di SIASN, harus bagaimana?',
    reply: 1,
    title: 'Usulan kenaikan pangkat berstatus BTS karena SKP tidak terbaca di SIASN',
    question: 'Usulan kenaikan pangkat dikembalikan dengan status BTS (Berkas Tidak Sesuai) karena SKP tahun terakhir tidak ditemukan di SIASN, padahal SKP sudah dinilai di e-Kinerja. Apa yang perlu dilakukan agar usulan tidak tertunda ke periode berikutnya?',
    tags: ['kenaikan-pangkat', 'skp'],
    regulations: [],
  },
  {
    thread: 'Ijazah S1 sudah keluar, apakah bisa langsung penyesuaian ijazah dari II/c ke III/a?',
    reply: 0,
    title: 'Penyesuaian ijazah S1 dari golongan II/c ke III/a: syarat dan kendalanya',
    question: 'Seorang pelaksana golongan II/c baru lulus S1. Apakah ijazah itu bisa langsung dipakai untuk naik ke III/a melalui penyesuaian ijazah, dan bagaimana jika surat izin belajarnya terbit setelah kuliah dimulai?',
    tags: ['kenaikan-pangkat'],
    regulations: [],
  },
  {
    thread: 'Apakah kenaikan pangkat reguler otomatis diproses kalau sudah 4 tahun?',
    reply: 0,
    title: 'Apakah kenaikan pangkat reguler diproses otomatis setelah 4 tahun?',
    question: 'Setelah 4 tahun dalam pangkat yang sama, apakah kenaikan pangkat reguler otomatis diusulkan oleh bagian kepegawaian, atau pegawai harus mengajukan sendiri?',
    tags: ['kenaikan-pangkat'],
    regulations: [],
  },
  {
    thread: 'Mutasi ikut suami ke provinsi lain: apa saja syarat dan alurnya sekarang?',
    reply: 0,
    title: 'Syarat dan alur mutasi antarinstansi untuk ikut pasangan ke provinsi lain',
    question: 'Seorang PNS ingin pindah ke instansi di provinsi lain untuk ikut pasangan yang dipindahtugaskan. Apa saja syarat, dokumen, dan alur mutasi antarinstansi yang berlaku?',
    tags: ['mutasi'],
    regulations: [reg('Peraturan BKN tentang Tata Cara Pelaksanaan Mutasi', '5', 2019)],
    reviewedDaysAgo: 400,
  },
  {
    thread: 'Masih terikat surat pernyataan tidak pindah 10 tahun, adakah pengecualiannya?',
    reply: 0,
    title: 'Surat pernyataan tidak pindah 10 tahun: adakah pengecualian untuk alasan keluarga?',
    question: 'Pegawai yang saat seleksi CPNS menandatangani pernyataan tidak mengajukan pindah selama 10 tahun kini harus merawat orang tua di kota lain. Apakah ada pengecualian atas pernyataan itu?',
    tags: ['mutasi'],
    regulations: [],
  },
  {
    thread: 'PPPK bisa pindah instansi atau pindah daerah tidak ya?',
    reply: 0,
    title: 'Apakah PPPK bisa mutasi ke instansi atau daerah lain?',
    question: 'Apakah pegawai PPPK dapat pindah instansi atau pindah daerah seperti PNS, dan apa pilihannya selain mengundurkan diri?',
    tags: ['mutasi', 'karier'],
    regulations: [UU_20_2023],
  },
  {
    thread: 'Sisa cuti tahunan tahun lalu 6 hari, apakah bisa digabung jadi 18 hari tahun ini?',
    reply: 0,
    title: 'Apakah sisa cuti tahunan bisa dibawa ke tahun berikutnya?',
    question: 'Jika hak cuti tahunan tidak terpakai seluruhnya, apakah sisanya terbawa ke tahun berikutnya, berapa paling banyak yang bisa dipakai, dan apakah cuti bersama mengurangi hak cuti tahunan?',
    tags: ['cuti'],
    regulations: [PP_11_2017],
  },
  {
    thread: 'Cuti melahirkan anak ketiga selama 3 bulan, apakah tunjangan kinerja dan TPP dipotong?',
    reply: 0,
    title: 'Cuti melahirkan: apakah tunjangan kinerja atau TPP dipotong, dan berapa lama cutinya?',
    question: 'Apakah tunjangan kinerja atau TPP dipotong selama cuti melahirkan tiga bulan, termasuk untuk anak ketiga, dan bagaimana pengaruh undang-undang kesejahteraan ibu dan anak terhadap lama cuti?',
    tags: ['cuti', 'gaji-tunjangan'],
    regulations: [reg('Undang-Undang tentang Kesejahteraan Ibu dan Anak', '4', 2024), PP_11_2017],
  },
  {
    thread: 'Masa kerja belum 5 tahun, apakah boleh mengambil cuti besar untuk umrah?',
    reply: 0,
    title: 'Cuti besar untuk umrah sebelum masa kerja 5 tahun',
    question: 'Apakah PNS dengan masa kerja kurang dari 5 tahun boleh mengambil cuti besar untuk umrah, atau lebih tepat memakai cuti tahunan?',
    tags: ['cuti'],
    regulations: [],
  },
  {
    thread: 'Cuti sakit lebih dari 14 hari, apakah surat keterangan dokter praktik swasta cukup?',
    reply: 0,
    title: 'Cuti sakit lebih dari 14 hari: surat dokter apa yang diperlukan?',
    question: 'Untuk cuti sakit lebih dari 14 hari, apakah surat keterangan dari dokter rumah sakit swasta cukup, atau harus dari dokter pemerintah?',
    tags: ['cuti'],
    regulations: [],
  },
  {
    thread: 'Simulasi pensiun: golongan IV/a dengan masa kerja 30 tahun, kira-kira menerima berapa?',
    reply: 0,
    title: 'Cara menghitung perkiraan pensiun pokok PNS',
    question: 'Bagaimana rumus sederhana untuk memperkirakan penghasilan pensiun PNS golongan IV/a dengan masa kerja sekitar 30 tahun, dan apakah TPP ikut dihitung?',
    tags: ['pensiun', 'gaji-tunjangan'],
    regulations: [],
  },
  {
    thread: 'Tunjangan anak ketiga tidak masuk daftar gaji, memang aturannya begitu?',
    reply: 0,
    title: 'Apakah tunjangan anak diberikan untuk anak ketiga?',
    question: 'Tunjangan anak untuk anak ketiga tidak ditambahkan ke daftar gaji dengan alasan batas dua anak. Apakah itu benar, dan adakah kondisi di mana anak ketiga tetap masuk?',
    tags: ['gaji-tunjangan'],
    regulations: [],
  },
  {
    thread: 'Pensiun dua tahun lagi: berkas dan langkah apa saja yang perlu disiapkan untuk BKN dan Taspen?',
    reply: 0,
    title: 'Persiapan berkas pensiun untuk BKN dan Taspen',
    question: 'Dokumen apa saja yang diperlukan untuk usul pensiun dan klaim Taspen, dan kapan sebaiknya mulai disiapkan agar tidak ada bulan tanpa penghasilan?',
    tags: ['pensiun'],
    regulations: [],
  },
  {
    thread: 'THR dan gaji ke-13 tahun ini, apakah tunjangan kinerja dan TPP dihitung penuh?',
    reply: 0,
    title: 'Apakah tunjangan kinerja dan TPP dihitung penuh dalam THR dan gaji ke-13?',
    question: 'Apakah komponen THR dan gaji ke-13 memuat tunjangan kinerja atau TPP secara penuh, dan apakah aturannya sama untuk instansi pusat dan pemerintah daerah?',
    tags: ['gaji-tunjangan'],
    regulations: [],
  },
  {
    thread: 'Bagaimana cara menyusun RHK yang mengintervensi RHK atasan? Saya bingung mulai dari mana',
    reply: 0,
    title: 'Cara menyusun rencana hasil kerja (RHK) yang mengintervensi RHK atasan',
    question: 'Bagaimana menyusun RHK di SKP yang merupakan hasil kerja, bukan kegiatan, dan yang mendukung RHK atasan?',
    tags: ['skp'],
    regulations: [reg('Peraturan Menteri PANRB tentang Pengelolaan Kinerja Pegawai ASN', '6', 2022)],
  },
  {
    thread: 'Kerja keras setahun hanya dapat predikat Baik, rekan yang sering izin justru Sangat Baik. Apakah ini adil?',
    reply: 1,
    title: 'Bagaimana predikat kinerja SKP ditentukan, dan bisakah mengajukan keberatan?',
    question: 'Bagaimana predikat kinerja tahunan (Baik, Sangat Baik) ditentukan, apakah boleh dibatasi dengan kuota, dan bagaimana cara mengajukan keberatan atas hasil penilaian?',
    tags: ['skp'],
    regulations: [PERMENPANRB_6_2022, reg('Peraturan Pemerintah tentang Penilaian Kinerja PNS', '30', 2019)],
  },
  {
    thread: 'Pertama kali mendapat predikat Butuh Perbaikan, apa konsekuensinya dan bagaimana bangkit?',
    reply: 0,
    title: 'Konsekuensi predikat kinerja Butuh Perbaikan',
    question: 'Apa konsekuensi aturan bagi pegawai yang pertama kali mendapat predikat kinerja Butuh Perbaikan, dan bagaimana memperbaikinya pada tahun berikutnya?',
    tags: ['skp', 'disiplin'],
    regulations: [],
  },
  {
    thread: 'Hampir setiap hari terlambat 15 menit karena mengantar anak sekolah, apakah bisa kena hukuman disiplin?',
    reply: 0,
    title: 'Apakah keterlambatan masuk kerja bisa berujung hukuman disiplin?',
    question: 'Bagaimana keterlambatan masuk kerja dan pulang cepat dihitung dalam aturan disiplin PNS, dan kapan keterlambatan yang berulang bisa menjadi hukuman disiplin?',
    tags: ['disiplin'],
    regulations: [PP_94_2021, reg('Peraturan Presiden tentang Hari Kerja dan Jam Kerja Instansi Pemerintah', '21', 2023)],
  },
  {
    thread: 'Dipanggil untuk pemeriksaan dugaan pelanggaran disiplin, apa saja hak saya?',
    reply: 0,
    title: 'Hak PNS saat diperiksa atas dugaan pelanggaran disiplin',
    question: 'Apa saja hak seorang PNS ketika dipanggil untuk pemeriksaan dugaan pelanggaran disiplin, dan apa yang sebaiknya disiapkan?',
    tags: ['disiplin'],
    regulations: [PP_94_2021],
    reviewedDaysAgo: 380,
  },
  {
    thread: 'Rekan kerja menyukai unggahan calon kepala daerah di media sosial, apakah itu pelanggaran netralitas?',
    reply: 0,
    title: 'Menyukai atau membagikan unggahan calon kepala daerah: pelanggaran netralitas ASN?',
    question: 'Apakah menyukai, mengomentari, atau membagikan unggahan calon kepala daerah di media sosial termasuk pelanggaran netralitas ASN?',
    tags: ['disiplin'],
    regulations: [PP_94_2021],
  },
  {
    thread: 'Dijatuhi hukuman disiplin sedang berupa potongan tukin 25%, berapa lama dan apakah bisa keberatan?',
    reply: 0,
    title: 'Hukuman disiplin sedang berupa potongan tunjangan kinerja: lama, keberatan, dan dampaknya',
    question: 'Berapa lama hukuman disiplin sedang berupa pemotongan tunjangan kinerja 25% berlaku, bagaimana mengajukan keberatan, dan apakah hukuman itu memengaruhi kenaikan pangkat?',
    tags: ['disiplin', 'gaji-tunjangan'],
    regulations: [PP_94_2021],
  },
  {
    thread: 'Tugas belajar S2 atau izin belajar, mana yang lebih menguntungkan untuk karier?',
    reply: 0,
    title: 'Tugas belajar atau izin belajar: konsekuensi bagi gaji, jabatan, dan pangkat',
    question: 'Apa perbedaan konsekuensi tugas belajar dan izin belajar untuk studi S2 terhadap gaji, tunjangan, jabatan, dan kenaikan pangkat?',
    tags: ['karier'],
    regulations: [],
  },
  {
    thread: 'Manajemen talenta ASN: apa itu talent pool dan bagaimana caranya bisa masuk?',
    reply: 0,
    title: 'Manajemen talenta ASN: apa itu talent pool dan bagaimana masuk ke dalamnya?',
    question: 'Apa yang dimaksud talent pool dan kotak sembilan dalam manajemen talenta ASN, apa yang dinilai, dan apa manfaatnya bagi karier?',
    tags: ['karier'],
    regulations: [reg('Peraturan Menteri PANRB', '3', 2020), UU_20_2023],
  },
]
