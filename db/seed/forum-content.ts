/**
 * Demo forum content for Teduh: threads and replies in Bahasa Indonesia, written the way
 * civil servants and HR staff talk on a forum. Everything here is fictional: pseudonyms only,
 * no real names, NIPs, phone numbers or e-mail addresses.
 *
 * Bodies are Markdown. Lines inside the template literals start at column 0 on purpose,
 * because leading spaces would change how the Markdown renders.
 */

export interface SeedReply {
  /** index into SEED_AUTHORS */
  author: number
  anonymous?: boolean
  body: string
  /** index of an earlier reply in the same thread this one answers, optional */
  replyTo?: number
}

export interface SeedThread {
  category: 'kenaikan-pangkat' | 'mutasi' | 'cuti' | 'gaji' | 'skp' | 'disiplin' | 'karier' | 'kesejahteraan' | 'hubungan-kerja' | 'informasi'
  title: string // 15–120 characters, a question for most categories
  body: string // Markdown, 80–1500 characters
  tags: string[] // 1–4 lowercase tags, letters/digits/hyphen only
  author: number
  anonymous?: boolean
  /** days before "now" the thread was started, 0–120 */
  daysAgo: number
  replies: SeedReply[]
}

export interface SeedAuthor {
  pseudonym: string
  role: 'member' | 'expert' | 'moderator' | 'admin'
}

export const SEED_AUTHORS: SeedAuthor[] = [
  // 0–5: the demo accounts created by the seed service; keep these exactly as they are.
  { pseudonym: 'ElangBijak01', role: 'admin' }, // 0
  { pseudonym: 'BangauCermat02', role: 'moderator' }, // 1
  { pseudonym: 'MerpatiSabar03', role: 'member' }, // 2 (a counselor, posts as a member)
  { pseudonym: 'KancilCerdas04', role: 'expert' }, // 3 (HR expert: pangkat, cuti, SKP, mutasi)
  { pseudonym: 'RusaTenang05', role: 'member' }, // 4
  { pseudonym: 'PenyuRiang06', role: 'member' }, // 5
  // 6–7: two more experts.
  { pseudonym: 'RajawaliTekun07', role: 'expert' }, // 6 (gaji, tunjangan, pensiun, Taspen)
  { pseudonym: 'AnoaTeguh08', role: 'expert' }, // 7 (disiplin, kode etik, jabatan fungsional)
  // 8–31: members.
  { pseudonym: 'JalakRiang21', role: 'member' }, // 8
  { pseudonym: 'TupaiGesit33', role: 'member' }, // 9
  { pseudonym: 'KutilangCeria14', role: 'member' }, // 10
  { pseudonym: 'KijangLincah27', role: 'member' }, // 11
  { pseudonym: 'BeruangSantai45', role: 'member' }, // 12
  { pseudonym: 'KakatuaRamah19', role: 'member' }, // 13
  { pseudonym: 'LumbaDamai36', role: 'member' }, // 14
  { pseudonym: 'GajahTekun52', role: 'member' }, // 15
  { pseudonym: 'HarimauJujur61', role: 'member' }, // 16
  { pseudonym: 'PausHangat23', role: 'member' }, // 17
  { pseudonym: 'CendrawasihCeria38', role: 'member' }, // 18
  { pseudonym: 'KucingRajin47', role: 'member' }, // 19
  { pseudonym: 'MerakAnggun29', role: 'member' }, // 20
  { pseudonym: 'TrenggilingSabar71', role: 'member' }, // 21
  { pseudonym: 'BekantanRiang16', role: 'member' }, // 22
  { pseudonym: 'CamarLembut55', role: 'member' }, // 23
  { pseudonym: 'KupuCerah42', role: 'member' }, // 24
  { pseudonym: 'SritiGesit63', role: 'member' }, // 25
  { pseudonym: 'KomodoTangguh58', role: 'member' }, // 26
  { pseudonym: 'KenariMerdu31', role: 'member' }, // 27
  { pseudonym: 'MusangSantai26', role: 'member' }, // 28
  { pseudonym: 'PelikanTekun90', role: 'member' }, // 29
  { pseudonym: 'CicakRiang12', role: 'member' }, // 30
  { pseudonym: 'KerbauTabah67', role: 'member' }, // 31
]

// ---------------------------------------------------------------------------
// Kenaikan Pangkat & Jabatan
// ---------------------------------------------------------------------------
const KENAIKAN_PANGKAT: SeedThread[] = [
  {
    category: 'kenaikan-pangkat',
    title: 'Naik pangkat III/a ke III/b untuk JF Ahli Pertama, berapa tahun kalau SKP cuma predikat Baik?',
    body: `Izin bertanya Bapak/Ibu. Saya pejabat fungsional Ahli Pertama, golongan III/a sejak 2022. Predikat SKP saya tahun 2023 dan 2024 dua-duanya **Baik**, belum pernah dapat Sangat Baik.

Teman seangkatan bilang dengan aturan angka kredit yang baru, kalau predikatnya Baik terus, naik ke III/b baru bisa setelah 4 tahun. Apa benar begitu hitungannya? Lalu apakah ada cara mempercepat selain mengejar predikat Sangat Baik yang kuotanya terbatas?

Terima kasih sebelumnya.`,
    tags: ['angka-kredit', 'jabatan-fungsional', 'kenaikan-pangkat'],
    author: 9,
    daysAgo: 12,
    replies: [
      {
        author: 3,
        body: `Betul, Pak/Bu. Sejak **PermenPANRB Nomor 1 Tahun 2023** tentang Jabatan Fungsional, angka kredit tidak lagi dikumpulkan dari butir kegiatan, tetapi dari **konversi predikat kinerja tahunan** dikali koefisien jenjang.

Untuk Ahli Pertama koefisiennya 12,5 per tahun:
- Sangat Baik: 150% × 12,5 = 18,75
- Baik: 100% × 12,5 = 12,5
- Butuh Perbaikan: 75% × 12,5 = 9,375

Kebutuhan AK kumulatif untuk III/a ke III/b adalah **50**. Jadi kalau Baik terus: 50 ÷ 12,5 = 4 tahun. Kalau ada dua tahun Sangat Baik, misalnya 18,75 + 18,75 + 12,5 = 50, cukup dalam 3 tahun.

Satu hal yang sering terlewat: AK dari periode sebelum 2023 (hasil integrasi/konversi) tetap dihitung. Cek dulu PAK integrasi Anda di SIASN, bisa jadi sudah ada modal AK sehingga tidak perlu 4 tahun penuh.`,
      },
      {
        author: 9,
        body: 'Terima kasih banyak Pak, jelas sekali hitungannya. Saya baru cek, ternyata PAK integrasi saya ada sisa beberapa AK dari 2022. Berarti kemungkinan tidak sampai 4 tahun ya. Saya konfirmasi ke pengelola kepegawaian di kantor dulu.',
        replyTo: 0,
      },
      {
        author: 11,
        body: `Sekadar berbagi, Pak. Di kantor saya kuota Sangat Baik memang dibatasi kurva distribusi, tergantung predikat kinerja organisasi. Tahun lalu dari 14 orang di bidang kami hanya 3 yang dapat Sangat Baik.

Jadi menurut saya jangan terlalu menggantungkan rencana karier ke predikat itu. Lebih realistis hitung pakai skenario Baik, kalau dapat Sangat Baik anggap bonus.`,
      },
      {
        author: 24,
        body: 'Izin ikut bertanya Pak Kancil, kalau saya lanjut S2 dan lulus, apakah langsung dapat tambahan angka kredit seperti zaman dulu?',
        replyTo: 0,
      },
      {
        author: 3,
        body: `Untuk skema sekarang, ijazah yang lebih tinggi **tidak otomatis** menjadi tambahan AK seperti di sistem butir kegiatan dulu. Pendidikan lanjutan tetap berguna, misalnya untuk syarat kenaikan jenjang tertentu atau seleksi jabatan, tapi jangan dijadikan strategi mempercepat pangkat.

Kalau ragu, tanyakan ke instansi pembina jabatan fungsional Anda, karena beberapa JF punya ketentuan teknis tambahan.`,
        replyTo: 3,
      },
      {
        author: 4,
        body: 'Catatan kecil dari pengalaman saya: pastikan SKP tahunan sudah final dan tersinkron di SIASN sebelum periode usul. Tahun lalu teman saya AK-nya cukup, tapi SKP 2023 belum masuk SIASN, jadi usulannya mundur satu periode.',
      },
      {
        author: 22,
        body: 'Setuju dengan Pak Kijang soal skenario realistis. Saya Ahli Pertama juga, dari awal saya bikin tabel sendiri di Excel: tahun, predikat, AK. Jadi tiap tahun tahu posisi dan nggak kaget.',
        replyTo: 2,
      },
    ],
  },
  {
    category: 'kenaikan-pangkat',
    title: 'Usulan KP periode Oktober berstatus BTS karena SKP tidak terbaca di SIASN, harus bagaimana?',
    body: `Mohon pencerahan Bapak/Ibu. Usulan kenaikan pangkat saya periode Oktober keluar status **BTS (Berkas Tidak Sesuai)**. Catatannya: "SKP tahun terakhir tidak ditemukan/tidak sesuai".

Padahal SKP 2024 saya sudah dinilai dan ditandatangani di e-Kinerja. Operator di kantor bilang itu urusan sinkronisasi, tapi sudah 2 minggu belum ada kabar. Apa yang bisa saya lakukan supaya tidak tertunda ke periode berikutnya?`,
    tags: ['siasn', 'e-kinerja', 'kenaikan-pangkat'],
    author: 11,
    daysAgo: 40,
    replies: [
      {
        author: 26,
        body: `Saya kebetulan operator kepegawaian di OPD, Pak. Biasanya penyebabnya salah satu dari ini:

1. SKP sudah dinilai tapi status dokumen di e-Kinerja belum **final/terkirim**.
2. Periode penilaian di SKP tidak penuh satu tahun (misalnya karena pindah unit), jadi yang terbaca hanya sebagian.
3. Data atasan penilai di e-Kinerja berbeda dengan data jabatan di SIASN.

Coba cek di akun MyASN/SIASN apakah riwayat kinerja tahun itu sudah muncul. Kalau belum, minta operator mengecek log sinkronisasinya.`,
      },
      {
        author: 3,
        body: `Menambahkan penjelasan Pak Komodo. Status BTS itu artinya berkas masih bisa diperbaiki, berbeda dengan TMS (Tidak Memenuhi Syarat). Jadi jangan panik dulu.

Langkah yang saya sarankan:
- Pastikan riwayat kinerja tahun terakhir tampil di SIASN dengan predikat minimal **Baik**.
- Minta pengelola kepegawaian memperbaiki dan mengirim ulang usulan selama masa perbaikan periode itu belum ditutup.
- Simpan bukti tangkapan layar SKP final dan tanggal penetapannya, berguna kalau perlu eskalasi ke BKD/BKN regional.

Kalau masa perbaikan sudah lewat, biasanya memang harus diusulkan di periode berikutnya, dan TMT-nya ikut periode itu.`,
      },
      {
        author: 11,
        body: 'Terima kasih Pak Komodo dan Pak Kancil. Ternyata benar, di e-Kinerja status SKP saya masih "dinilai" belum "final". Atasan lupa menekan tombol terakhir. Sudah diperbaiki, tinggal tunggu sinkron.',
      },
      {
        author: 14,
        body: 'Wah, kejadiannya persis sama dengan saya tahun lalu. Atasan merasa sudah tanda tangan, padahal belum final. Sekarang setiap Desember saya ingatkan atasan sambil bawa kopi, hehe.',
        replyTo: 2,
      },
      {
        author: 26,
        body: 'Syukurlah Pak. Setelah status final, biasanya butuh 1–3 hari kerja sampai terbaca di SIASN. Kalau lewat seminggu masih belum muncul, baru lapor ke helpdesk instansi.',
        replyTo: 2,
      },
      {
        author: 1,
        body: 'Terima kasih untuk semua yang sudah membantu. Pengingat kecil: kalau berbagi tangkapan layar SIASN atau e-Kinerja di forum, mohon tutup dulu NIP, nama, dan foto ya.',
      },
    ],
  },
  {
    category: 'kenaikan-pangkat',
    title: 'Ijazah S1 sudah keluar, apakah bisa langsung penyesuaian ijazah dari II/c ke III/a?',
    body: `Assalamualaikum Bapak/Ibu, izin bertanya.

Saya staf pelaksana di salah satu dinas kabupaten, golongan **II/c** dengan ijazah awal SMA. Tahun 2021 saya kuliah S1 Administrasi Publik kelas karyawan, dan bulan lalu alhamdulillah sudah wisuda.

Yang saya bingung:
- Apakah ijazah S1 ini bisa langsung dipakai untuk naik ke **III/a** lewat penyesuaian ijazah?
- Saya dulu mengurus **izin belajar**, tapi suratnya baru terbit setelah saya kuliah satu semester. Apakah ini jadi masalah?
- Katanya harus ikut ujian penyesuaian kenaikan pangkat (UPKP). Itu diadakan kapan dan materinya apa saja?
- Teman saya bilang juga harus ada jabatan yang sesuai dengan ijazah, sedangkan jabatan saya sekarang pengadministrasi umum. Apakah saya harus pindah jabatan dulu?

Di kantor, bagian kepegawaian juga jawabannya beda-beda. Ada yang bilang bisa, ada yang bilang tunggu kebijakan pimpinan. Saya khawatir sudah kuliah empat tahun dengan biaya sendiri tapi ijazahnya tidak diakui.

Mohon pencerahan dari Bapak/Ibu yang pernah mengalami atau yang paham aturannya. Terima kasih sebelumnya.`,
    tags: ['penyesuaian-ijazah', 'izin-belajar', 'upkp'],
    author: 4,
    daysAgo: 65,
    replies: [
      {
        author: 3,
        body: `Waalaikumsalam. Selamat atas kelulusannya, Pak/Bu. Saya jawab satu per satu ya.

**1. Bisa, tapi tidak otomatis.** Kenaikan pangkat penyesuaian ijazah pada dasarnya mensyaratkan:
- paling singkat **1 tahun** dalam pangkat terakhir;
- penilaian kinerja minimal **Baik** dalam 1 tahun terakhir;
- ijazah diperoleh dengan izin belajar/tugas belajar dari pejabat yang berwenang;
- **lulus UPKP**;
- diangkat dalam jabatan yang kualifikasinya sesuai dengan ijazah baru.

**2. Izin belajar yang terbit belakangan** memang sering jadi catatan. Praktik di banyak instansi, yang dilihat adalah apakah izin belajar terbit sebelum Anda lulus dan apakah prodi/kampusnya terakreditasi. Tapi ini bisa berbeda tiap instansi, jadi minta bagian kepegawaian memberi penegasan tertulis.

**3. UPKP** dijadwalkan oleh instansi bersama BKN, umumnya setahun sekali, dengan sistem CAT. Materinya biasanya wawasan kebangsaan, pengetahuan umum tentang tugas pemerintahan, dan kompetensi teknis sesuai bidang.

**4. Jabatan.** Ini poin paling penting. Setelah lulus UPKP, Anda perlu diangkat dalam jabatan yang membutuhkan kualifikasi S1, dan itu bergantung pada **peta jabatan dan kebutuhan (ABK)** di unit Anda. Jadi selain belajar untuk ujian, mulai komunikasikan dengan atasan dan kepegawaian soal jabatan yang bisa Anda isi.`,
      },
      {
        author: 4,
        body: 'Masya Allah, terima kasih Pak Kancil. Poin nomor 4 ini yang belum pernah dijelaskan ke saya. Berarti percuma lulus UPKP kalau tidak ada jabatan kosong yang cocok ya, Pak?',
        replyTo: 0,
      },
      {
        author: 3,
        body: 'Tidak percuma, kelulusan UPKP tetap tercatat dan jadi modal. Tapi betul, tanpa jabatan yang sesuai, penetapan III/a-nya belum bisa. Makanya diskusikan dari sekarang, jangan menunggu hasil ujian keluar.',
        replyTo: 1,
      },
      {
        author: 13,
        body: `Pengalaman saya di pemkab tahun 2019, Pak. Saya lulus UPKP, lalu menunggu hampir 1,5 tahun baru diangkat ke jabatan analis karena harus menunggu formasi dari ABK tahun berikutnya. Jadi sabar dan rajin menanyakan ke bagian kepegawaian.

Satu lagi: simpan semua dokumen asli, termasuk transkrip dan surat akreditasi prodi. Waktu itu saya sempat diminta ulang karena akreditasinya berubah di tengah masa kuliah.`,
      },
      {
        author: 19,
        body: 'Izin menambahkan dari sisi yang kurang enak: teman saya izin belajarnya tidak pernah diurus sama sekali, dan ijazahnya akhirnya tidak bisa dipakai untuk penyesuaian. Jadi buat yang baru mau kuliah, **urus izin belajar dulu sebelum daftar**.',
      },
      {
        author: 16,
        body: `Agak beda pendapat sedikit dengan yang di atas. Di instansi saya, izin belajar yang terbit setelah kuliah dimulai tetap ditolak waktu verifikasi. Alasannya, izin belajar harus terbit sebelum pendidikan dimulai.

Jadi memang tergantung kebijakan masing-masing instansi. Sebaiknya Pak Rusa minta kepastian tertulis supaya tidak berharap pada sesuatu yang belum pasti.`,
        replyTo: 0,
      },
      {
        author: 3,
        body: 'Betul Pak Harimau, itulah mengapa saya sarankan penegasan tertulis. Aturannya memberi ruang penilaian bagi instansi, sehingga praktiknya tidak seragam. Kalau ditolak, Pak Rusa bisa meminta alasan tertulis sebagai dasar konsultasi lanjutan ke BKD atau kantor regional BKN.',
        replyTo: 5,
      },
      {
        author: 4,
        body: 'Terima kasih semuanya. Saya sudah ajukan surat ke bagian kepegawaian minta penegasan, sekaligus daftar UPKP tahun ini. Nanti saya kabari hasilnya di sini, semoga bermanfaat untuk yang lain.',
      },
    ],
  },
  {
    category: 'kenaikan-pangkat',
    title: 'Apakah kenaikan pangkat reguler otomatis diproses kalau sudah 4 tahun?',
    body: `Saya pelaksana golongan III/b, TMT pangkat terakhir April 2021. Berarti April tahun ini sudah 4 tahun.

Pertanyaan polos: apakah kenaikan pangkat reguler itu otomatis diproses oleh kepegawaian, atau saya harus mengajukan sendiri? Teman satu ruangan ada yang telat setahun karena tidak ada yang mengusulkan.`,
    tags: ['kenaikan-pangkat', 'pelaksana', 'siasn'],
    author: 15,
    daysAgo: 88,
    replies: [
      {
        author: 3,
        body: `Tidak sepenuhnya otomatis, Pak. Kenaikan pangkat reguler tetap harus **diusulkan oleh instansi** melalui SIASN pada periode yang dibuka. Syarat utamanya: paling singkat 4 tahun dalam pangkat terakhir dan penilaian kinerja minimal Baik dalam 2 tahun terakhir, serta masih dalam batas pangkat tertinggi sesuai ijazah.

Yang sekarang lebih mudah adalah datanya: kalau riwayat pangkat, jabatan, dan SKP di SIASN sudah lengkap, operator tinggal mengusulkan. Tapi proaktiflah mengingatkan sekitar 2–3 bulan sebelum periode.`,
      },
      {
        author: 26,
        body: 'Dari sisi operator, kami biasanya tarik daftar pegawai yang memenuhi masa kerja. Tapi kalau datanya tidak lengkap (misal SKP tahun tertentu kosong), namanya tidak muncul di daftar. Jadi memang paling aman Bapak cek MyASN dan kabari operator.',
      },
      {
        author: 15,
        body: 'Siap, terima kasih Pak. Barusan cek MyASN, riwayat SKP 2022 saya ternyata kosong. Pantas saja.',
      },
      {
        author: 26,
        body: 'Nah itu dia, Pak. Bawa dokumen SKP 2022 yang sudah ditandatangani ke operator, minta di-upload ke riwayat kinerja. Setelah itu baru bisa masuk daftar usulan.',
        replyTo: 2,
      },
      {
        author: 31,
        body: 'Catatan bagus. Saya jadi ikut cek juga, dan ternyata data pendidikan saya masih SMA padahal sudah S1 sejak 2018. Forum ini bikin saya rajin beres-beres data.',
      },
    ],
  },
  {
    category: 'kenaikan-pangkat',
    title: 'Uji kompetensi kenaikan jenjang ke Ahli Muda: bagaimana pengalaman dan tips persiapannya?',
    body: `Halo Bapak/Ibu. Angka kredit saya untuk naik ke jenjang Ahli Muda insyaallah cukup tahun ini, dan unit saya sudah menyiapkan formasinya. Tinggal **uji kompetensi** dari instansi pembina.

Ada yang sudah pernah ikut? Bentuknya tes tertulis, wawancara, atau portofolio? Dan apa yang sebaiknya disiapkan dari sekarang?`,
    tags: ['uji-kompetensi', 'jabatan-fungsional', 'ahli-muda'],
    author: 22,
    daysAgo: 30,
    replies: [
      {
        author: 7,
        body: `Bentuknya bergantung pada instansi pembina masing-masing JF, karena merekalah yang menetapkan pedoman uji kompetensinya. Yang umum dipakai kombinasi:
- **tes tertulis/CAT** untuk kompetensi teknis,
- **portofolio** atau studi kasus dari pekerjaan nyata,
- **wawancara** untuk kompetensi manajerial dan sosial kultural.

Tips umum: baca standar kompetensi jabatan untuk jenjang Ahli Muda, bukan Ahli Pertama. Banyak peserta gagal karena menjawab dengan sudut pandang pelaksana teknis, padahal Ahli Muda diharapkan bisa menganalisis dan memberi rekomendasi.`,
      },
      {
        author: 29,
        body: 'Saya ikut ukom Ahli Muda tahun lalu (JF analis SDM). Ada CAT 100 soal dan wawancara sekitar 30 menit. Wawancaranya banyak menanyakan contoh pekerjaan nyata, jadi siapkan 2–3 cerita kasus yang pernah Bapak tangani, lengkap dengan hasilnya.',
      },
      {
        author: 22,
        body: 'Terima kasih Pak Anoa dan Pak Pelikan. Portofolio itu biasanya berapa dokumen? Saya takut kebanyakan atau malah kurang.',
        replyTo: 1,
      },
      {
        author: 29,
        body: 'Waktu saya diminta maksimal 5 dokumen hasil kerja dengan ringkasan satu halaman tiap dokumen. Tapi cek pedoman JF Bapak, bisa beda. Yang penting pilih yang paling menunjukkan analisis, bukan yang paling tebal.',
        replyTo: 2,
      },
    ],
  },
  {
    category: 'kenaikan-pangkat',
    title: 'Angka kredit integrasi 2022 tidak muncul di PAK konversi, ke mana saya harus melapor?',
    body: `Selamat pagi. Saya pranata komputer Ahli Pertama. Di PAK konversi tahun 2023 saya, angka kredit dasar dan konversi predikat sudah ada, tetapi **AK integrasi 2022** tidak tercantum sama sekali. Padahal teman satu angkatan di unit lain mendapatkannya.

Apakah ini harus dilaporkan ke pengelola kepegawaian unit, ke tim penilai, atau langsung ke instansi pembina? Dan apakah ada batas waktu untuk mengajukan koreksi PAK? Terima kasih.`,
    tags: ['angka-kredit', 'pak', 'jabatan-fungsional'],
    author: 26,
    daysAgo: 3,
    replies: [],
  },
  {
    category: 'kenaikan-pangkat',
    title: 'Dulu Kasubbag, setelah penyetaraan jadi fungsional. Apakah pangkat saya bakal mentok?',
    body: `Bapak/Ibu, saya termasuk yang kena **penyetaraan jabatan** beberapa tahun lalu. Dari Kasubbag (eselon IV) menjadi JF Ahli Muda, golongan III/d.

Sekarang saya bingung dengan jalur ke IV/a. Dulu bayangannya tinggal menunggu 4 tahun dan promosi struktural, sekarang harus kumpulkan AK 200 dan naik jenjang ke Ahli Madya yang formasinya sedikit sekali di kantor kami.

Apakah ada yang senasib? Bagaimana strategi kalian?`,
    tags: ['penyetaraan-jabatan', 'jabatan-fungsional', 'ahli-madya'],
    author: 16,
    daysAgo: 105,
    replies: [
      {
        author: 7,
        body: `Senasib dengan banyak orang, Pak. Beberapa hal yang perlu dipahami:

1. Untuk Ahli Muda III/d ke Ahli Madya IV/a memang dibutuhkan AK kumulatif **200**, dan koefisien Ahli Muda 25 per tahun. Dengan predikat Baik terus, itu sekitar 8 tahun, lebih cepat kalau ada tahun Sangat Baik. AK dari masa penyetaraan dan integrasi ikut dihitung, jadi cek dulu posisi AK Bapak.
2. Kenaikan jenjang ke Ahli Madya memerlukan **ketersediaan kebutuhan jabatan** dan uji kompetensi. Kalau di unit sendiri tidak tersedia, salah satu opsinya mutasi ke unit/instansi yang membutuhkan.
3. Jalur struktural tidak tertutup. Pejabat fungsional tetap bisa mengikuti seleksi jabatan administrator atau JPT jika memenuhi syarat.

Jadi bukan mentok, tapi jalurnya berubah dan perlu direncanakan lebih awal.`,
      },
      {
        author: 16,
        body: 'Terima kasih Pak Anoa. Saya baru tahu AK masa penyetaraan ikut dihitung. Selama ini saya kira mulai dari nol lagi.',
        replyTo: 0,
      },
      {
        author: 25,
        body: `Saya juga korban, eh, "peserta" penyetaraan, hehe. Jujur tahun pertama saya kesal karena kehilangan tunjangan jabatan struktural dan merasa turun gengsi.

Tapi sekarang saya malah menikmati, karena bisa fokus ke pekerjaan substansi tanpa urusan administrasi anak buah. Mungkin pelan-pelan Bapak akan menemukan sisi baiknya juga.`,
      },
      {
        author: 12,
        body: 'Saya agak berbeda pengalaman, Pak Sriti. Di kantor kami setelah penyetaraan, para mantan kasubbag tetap diminta mengurus administrasi seperti dulu, tapi tanpa kewenangan. Jadi bebannya dobel. Semoga kantor Pak Harimau tidak begitu.',
        replyTo: 2,
      },
      {
        author: 7,
        body: 'Yang Pak Beruang ceritakan sayangnya memang terjadi di beberapa tempat. Kalau tugas yang diberikan di luar butir jabatan fungsional, masukkan ke SKP sebagai tugas tambahan supaya tetap tercatat dan bisa dinilai.',
        replyTo: 3,
      },
      {
        author: 16,
        body: 'Catatan bagus semuanya. Saya akan coba petakan AK saya dulu, lalu bicara dengan atasan soal kemungkinan mengusulkan kebutuhan Ahli Madya di ABK tahun depan.',
      },
    ],
  },
  {
    category: 'kenaikan-pangkat',
    title: 'Sudah 8 tahun tidak naik pangkat karena pelaksana, wajar atau saya yang salah langkah?',
    body: `Mau curhat sekaligus minta saran. Saya pelaksana golongan III/c. Kenaikan pangkat terakhir 8 tahun lalu. Kata kepegawaian saya sudah **mentok** untuk kenaikan pangkat reguler sesuai ijazah.

Rasanya kok stagnan sekali ya. Teman seangkatan yang dulu masuk JF sudah IV/a. Saya jadi merasa salah pilih jalur dari awal. Apa masih ada jalan, atau saya terima saja?`,
    tags: ['pelaksana', 'kenaikan-pangkat', 'karier'],
    author: 31,
    anonymous: true,
    daysAgo: 52,
    replies: [
      {
        author: 3,
        body: `Perasaan Bapak/Ibu wajar, dan bukan karena salah langkah semata. Sistem kenaikan pangkat reguler memang punya batas pangkat tertinggi sesuai ijazah. Tapi masih ada beberapa jalan:

- **Pindah ke jabatan fungsional** yang sesuai ijazah dan pengalaman, lewat pengangkatan perpindahan (inpassing/perpindahan dari jabatan lain) dengan uji kompetensi.
- **Penyesuaian ijazah** kalau Anda punya ijazah lebih tinggi yang didapat dengan izin belajar.
- **Seleksi jabatan pengawas/administrator**, kalau memenuhi syarat pangkat dan kompetensi.

Coba lihat di peta jabatan instansi, JF apa yang kebutuhannya masih kosong dan dekat dengan pekerjaan Anda sehari-hari.`,
      },
      {
        author: 31,
        anonymous: true,
        body: 'Terima kasih Pak. Saya tidak tahu kalau pelaksana bisa pindah ke fungsional di usia 40-an. Saya kira hanya untuk yang muda.',
        replyTo: 0,
      },
      {
        author: 21,
        body: 'Bisa kok. Saya pindah ke JF arsiparis di usia 44, dari pelaksana. Prosesnya hampir setahun, tapi sekarang jalurnya lebih jelas. Batas usianya ada, jadi cek saja ketentuan di JF yang Bapak/Ibu incar.',
      },
      {
        author: 2,
        body: `Saya ingin menanggapi bagian "salah pilih jalur". Membandingkan diri dengan teman seangkatan itu manusiawi, tapi sering membuat kita lupa bahwa setiap orang punya kondisi yang berbeda, termasuk kesempatan yang datang pada waktunya masing-masing.

Delapan tahun bertahan dan tetap bekerja itu juga pencapaian. Semoga langkah berikutnya bisa diambil dengan kepala yang lebih ringan.`,
      },
      {
        author: 31,
        anonymous: true,
        body: 'Terima kasih Bu/Pak, jadi lebih tenang membacanya. Minggu depan saya mau minta waktu ke kepegawaian untuk tanya soal perpindahan ke JF.',
        replyTo: 3,
      },
    ],
  },
]

// ---------------------------------------------------------------------------
// Mutasi & Penempatan
// ---------------------------------------------------------------------------
const MUTASI: SeedThread[] = [
  {
    category: 'mutasi',
    title: 'Mutasi ikut suami ke provinsi lain: apa saja syarat dan alurnya sekarang?',
    body: `Selamat malam Bapak/Ibu. Saya PNS di pemerintah kota, jabatan fungsional Ahli Pertama, sudah 6 tahun bekerja. Suami juga PNS dan tahun ini dipindahtugaskan ke instansi vertikal di provinsi lain, kurang lebih 900 km dari tempat saya.

Kami sudah 8 bulan LDM dengan dua anak yang masih kecil, dan jujur mulai berat. Saya ingin mengajukan **mutasi antar instansi ikut suami**, tapi bingung harus mulai dari mana:

1. Apakah saya harus mencari sendiri instansi penerima di kota tujuan, atau bisa diajukan dari BKD tempat saya sekarang?
2. Dokumen apa saja yang biasanya diminta?
3. Berapa lama prosesnya kalau semua lancar?
4. Apakah alasan ikut suami membuat usulan saya diprioritaskan?

Saya sudah tanya ke bagian mutasi di BKPSDM, jawabannya "silakan cari instansi yang mau menerima dulu". Jadi saya merasa jalan sendiri. Mohon pencerahan dan pengalaman dari yang pernah berhasil. Terima kasih sebelumnya.`,
    tags: ['mutasi-antar-instansi', 'ikut-suami', 'siasn'],
    author: 10,
    daysAgo: 20,
    replies: [
      {
        author: 3,
        body: `Semoga dimudahkan, Bu. Jawaban BKPSDM itu sebenarnya sesuai praktik: **mutasi antar instansi selalu dimulai dari adanya instansi penerima**. Rujukan teknisnya Peraturan BKN Nomor 5 Tahun 2019 tentang Tata Cara Pelaksanaan Mutasi.

**Alur umumnya:**
1. Cari instansi di kota tujuan yang punya **kebutuhan jabatan** sesuai jabatan Ibu (lihat ABK/peta jabatan, atau tanyakan langsung ke BKD/BKPSDM tujuan).
2. Ajukan permohonan ke instansi penerima. Jika setuju, terbit **surat persetujuan menerima** dari PPK yang menyebutkan jabatan yang akan diisi.
3. Ajukan **surat persetujuan melepas** dari PPK instansi asal.
4. Untuk pindah antarprovinsi dari pemerintah daerah, penetapannya memerlukan **pertimbangan teknis Kepala BKN**; usulannya sekarang diproses melalui layanan mutasi di SIASN.
5. Terbit keputusan pindah, lalu SPMT di instansi baru.

**Dokumen yang umumnya diminta:** SK CPNS/PNS, SK pangkat dan jabatan terakhir, SKP terakhir minimal Baik, surat persetujuan melepas dan menerima, surat pernyataan tidak sedang menjalani hukuman disiplin atau proses pidana, tidak sedang tugas belajar/ikatan dinas, dan di banyak daerah surat keterangan bebas temuan dari Inspektorat.

**Lama proses** sangat bervariasi: dari 3 bulan sampai lebih dari setahun, paling lama biasanya di tahap mencari penerima dan persetujuan melepas.

**Prioritas ikut suami:** secara aturan tidak ada jalur khusus, tapi alasan keluarga biasanya dipertimbangkan secara manusiawi oleh PPK. Lampirkan SK pindah suami dan surat nikah, itu membantu.`,
      },
      {
        author: 10,
        body: 'Terima kasih banyak Pak Kancil, ini pertama kalinya saya melihat alurnya utuh. Berarti langkah pertama saya menghubungi BKD di kota tujuan ya, Pak.',
        replyTo: 0,
      },
      {
        author: 17,
        body: `Saya pernah melewati ini, Bu, dari kabupaten di Sumatra ke kota di Jawa. Total 14 bulan. Tips dari saya:

- Datang langsung ke BKD tujuan kalau memungkinkan, jangan hanya lewat surat. Bawa CV singkat dan ringkasan pekerjaan.
- Cari tahu dinas mana yang kekurangan JF sejenis. Saya akhirnya diterima di dinas yang tidak saya sangka, karena di dinas yang saya incar formasinya sudah penuh.
- Setelah surat menerima keluar, segera urus surat melepas, karena surat menerima kadang ada masa berlakunya.`,
      },
      {
        author: 5,
        body: 'Izin bertanya Pak Paus, selama menunggu 14 bulan itu Bapak tetap bekerja di tempat lama seperti biasa? Tidak ada masalah dengan atasan karena sudah ketahuan mau pindah?',
        replyTo: 2,
      },
      {
        author: 17,
        body: 'Tetap bekerja seperti biasa, Bu. Atasan memang sempat agak dingin, tapi saya bicarakan terbuka dan berjanji menyiapkan serah terima pekerjaan yang rapi. Setelah itu malah beliau yang bantu mempercepat tanda tangan surat melepas.',
        replyTo: 3,
      },
      {
        author: 28,
        body: `Sedikit berbeda pengalaman: teman saya guru di kabupaten dan suaminya pindah ke provinsi lain. Untuk guru ternyata lebih rumit, karena dinas pendidikan daerah asal keberatan melepas dengan alasan kekurangan guru mapel.

Jadi Bu Kutilang, kalau jabatan Ibu termasuk yang langka di daerah asal, siapkan argumen dan mungkin calon pengganti.`,
      },
      {
        author: 3,
        body: 'Betul Pak Musang. Persetujuan melepas adalah kewenangan PPK asal dan tidak bisa dipaksakan. Menyiapkan serah terima dan menunjukkan bahwa layanan tidak terganggu sering menjadi kunci.',
        replyTo: 5,
      },
      {
        author: 2,
        body: 'Bu, delapan bulan LDM dengan dua anak kecil itu bukan hal yang ringan. Selama proses yang mungkin panjang ini, semoga Ibu juga punya waktu dan dukungan untuk diri sendiri, bukan hanya untuk urusan berkas. Kalau ingin bercerita soal beratnya menjalani LDM, forum kesejahteraan juga terbuka.',
      },
      {
        author: 10,
        body: 'Update kecil: minggu ini saya sudah kirim surat dan CV ke BKD kota tujuan, dan ada satu dinas yang menyatakan tertarik. Terima kasih semuanya, doakan lancar ya.',
      },
    ],
  },
  {
    category: 'mutasi',
    title: 'Masih terikat surat pernyataan tidak pindah 10 tahun, adakah pengecualiannya?',
    body: `Saya CPNS formasi 2023, sekarang sudah PNS. Waktu pendaftaran dulu saya menandatangani surat pernyataan bersedia **tidak mengajukan pindah selama 10 tahun**.

Kondisinya sekarang orang tua saya sakit dan tinggal sendiri di kota lain. Apakah ada pengecualian untuk alasan keluarga seperti ini? Atau memang harus menunggu 10 tahun?`,
    tags: ['mutasi', 'cpns', 'surat-pernyataan'],
    author: 5,
    daysAgo: 45,
    replies: [
      {
        author: 3,
        body: `Surat pernyataan itu mengikat dan menjadi bagian dari syarat seleksi, sehingga secara umum instansi akan berpegang padanya. Masa ikatannya juga berbeda-beda antarformasi, jadi pastikan bunyi surat yang Ibu tandatangani.

Tetapi keputusan mutasi tetap berada di tangan PPK. Dalam praktik ada beberapa kasus pindah sebelum masa ikatan selesai, misalnya karena **kebutuhan organisasi** atau pertimbangan kemanusiaan yang kuat, dengan persetujuan kedua instansi. Itu pengecualian yang tidak bisa dijadikan pegangan, bukan hak.

Opsi yang lebih realistis dalam jangka pendek: cuti tahunan yang diatur agar bisa sering pulang, atau cuti karena alasan penting jika orang tua sakit keras (dengan surat keterangan dokter).`,
      },
      {
        author: 5,
        body: 'Terima kasih Pak. Saya baru tahu ada cuti karena alasan penting untuk orang tua sakit. Berapa lama maksimalnya, Pak?',
        replyTo: 0,
      },
      {
        author: 3,
        body: 'Cuti karena alasan penting paling lama **1 bulan**, salah satunya untuk ibu, bapak, istri/suami, anak, saudara kandung, mertua, atau menantu yang sakit keras atau meninggal dunia. Lampirkan surat keterangan dari rumah sakit/dokter.',
        replyTo: 1,
      },
      {
        author: 24,
        body: 'Saya sempat di posisi yang mirip, Bu. Yang membantu saya justru bicara jujur ke atasan langsung. Beliau akhirnya mengizinkan saya bekerja dengan pola pulang tiap dua minggu dan menggabungkan dengan cuti. Tidak ideal, tapi cukup sampai kondisi ibu saya membaik.',
      },
      {
        author: 5,
        body: 'Terima kasih Bu Kupu, saya coba bicara ke atasan minggu ini. Semoga orang tua kita semua diberi kesehatan.',
        replyTo: 3,
      },
    ],
  },
  {
    category: 'mutasi',
    title: 'Dimutasi mendadak ke kecamatan terpencil tanpa penjelasan, apakah saya bisa keberatan?',
    body: `Saya staf di sekretariat daerah. Jumat kemarin tiba-tiba keluar SK mutasi, saya dipindah ke kantor kecamatan yang jaraknya sekitar 3 jam perjalanan. Tidak ada pemberitahuan sebelumnya, tidak ada penjelasan.

Beberapa minggu sebelumnya saya sempat menolak menandatangani dokumen pertanggungjawaban kegiatan yang menurut saya tidak sesuai. Saya tidak bisa membuktikan ada hubungannya, tapi waktunya terlalu kebetulan.

Apakah saya boleh keberatan atas SK mutasi? Caranya bagaimana?`,
    tags: ['mutasi', 'keberatan', 'sistem-merit'],
    author: 19,
    anonymous: true,
    daysAgo: 8,
    replies: [
      {
        author: 7,
        body: `Secara prinsip, penempatan dan mutasi adalah kewenangan PPK, dan setiap PNS bersedia ditempatkan di seluruh wilayah kerja instansinya. Jadi mutasi itu sendiri tidak otomatis salah.

Namun SK mutasi adalah keputusan tata usaha negara, sehingga ada jalur yang bisa ditempuh:
1. **Jalani dulu SK-nya** sambil menempuh upaya, karena menolak melaksanakan SK bisa menjadi masalah disiplin tersendiri.
2. Ajukan **keberatan tertulis** kepada pejabat yang menerbitkan keputusan, sesuai UU 30/2014 tentang Administrasi Pemerintahan. Tenggatnya **21 hari kerja** sejak keputusan diterima/diumumkan, jadi jangan menunda.
3. Jika ada indikasi mutasi sebagai **pembalasan** karena Anda menolak hal yang tidak sesuai aturan, dokumentasikan kronologinya dan pertimbangkan melapor ke Inspektorat atau saluran pengaduan/whistleblowing instansi.

Catat tanggal, dokumen yang Anda tolak, dan siapa saja yang terlibat. Simpan salinannya di tempat aman.`,
      },
      {
        author: 19,
        anonymous: true,
        body: 'Terima kasih Pak, jelas sekali. Saya tidak tahu ada tenggat 21 hari kerja. Berarti saya harus cepat menyusun kronologinya.',
        replyTo: 0,
      },
      {
        author: 13,
        anonymous: true,
        body: 'Saya pernah mengalami hal yang mirip beberapa tahun lalu. Satu hal yang saya sesali: waktu itu saya marah dan bicara kasar di grup kantor. Itu malah jadi bahan untuk menyudutkan saya. Tetap tenang dan tempuh jalur tertulis, Pak/Bu.',
      },
      {
        author: 2,
        body: `Menolak menandatangani sesuatu yang Anda yakini tidak benar itu butuh keberanian. Wajar kalau sekarang muncul rasa marah, takut, dan lelah sekaligus.

Selama proses ini, coba cari satu atau dua orang yang Anda percaya untuk berbagi cerita, di kantor atau di luar. Menghadapinya sendirian biasanya jauh lebih melelahkan.`,
      },
      {
        author: 16,
        body: 'Menurut saya juga, terlepas dari hasil keberatannya, cari sisi positif di kecamatan. Saya pernah 3 tahun di kecamatan dan justru di sana saya belajar paling banyak soal pelayanan langsung ke masyarakat. Semangat.',
      },
      {
        author: 19,
        anonymous: true,
        body: 'Terima kasih semuanya. Saya sudah mulai masuk di kecamatan sambil menyiapkan surat keberatan. Ternyata rekan-rekan di sana menyambut baik, jadi sedikit lega.',
        replyTo: 3,
      },
    ],
  },
  {
    category: 'mutasi',
    title: 'PPPK bisa pindah instansi atau pindah daerah tidak ya?',
    body: 'Saya PPPK guru di kabupaten, diangkat tahun 2023. Istri dapat kerja di kota lain, jadi saya ingin ikut pindah. Apakah PPPK bisa mutasi seperti PNS? Kalau tidak bisa, apa jalan keluarnya selain mengundurkan diri?',
    tags: ['pppk', 'mutasi', 'guru'],
    author: 24,
    daysAgo: 70,
    replies: [
      {
        author: 3,
        body: `PPPK diangkat berdasarkan **perjanjian kerja** dengan instansi tertentu untuk jabatan dan jangka waktu tertentu, sehingga mekanisme mutasi antar instansi seperti PNS belum tersedia secara umum. UU 20/2023 tentang ASN membuka ruang mobilitas bagi seluruh ASN, tetapi pelaksanaannya menunggu aturan turunan, jadi pantau perkembangannya.

Yang bisa dilakukan sekarang:
- Tanyakan ke BKPSDM apakah dimungkinkan **penempatan ulang di dalam pemda yang sama** (misalnya pindah sekolah dalam satu kabupaten), ini lebih mungkin daripada pindah daerah.
- Jika tetap ingin pindah daerah, umumnya harus melalui **seleksi PPPK di instansi tujuan**, lalu mengundurkan diri secara resmi dari instansi asal sesuai ketentuan perjanjian kerja.`,
      },
      {
        author: 24,
        body: 'Terima kasih Pak. Berarti kalau ikut seleksi lagi di kota tujuan, saya harus memastikan pengunduran diri tidak melanggar perjanjian kerja ya.',
        replyTo: 0,
      },
      {
        author: 30,
        body: 'Teman saya PPPK nakes pernah coba jalur ini. Dia ikut seleksi di kota lain, lulus, lalu mengundurkan diri dari yang lama dengan pemberitahuan sebulan sebelumnya. Prosesnya lancar karena komunikasinya baik dengan kepala puskesmas.',
      },
      {
        author: 8,
        body: 'Semoga ke depan ada aturan mobilitas PPPK yang jelas. Banyak sekali teman PPPK yang kondisinya sama seperti Bapak.',
      },
    ],
  },
  {
    category: 'mutasi',
    title: 'Instansi asal tidak mau menandatangani persetujuan melepas, ada jalan lain?',
    body: `Saya sudah mendapat surat persetujuan menerima dari kementerian di Jakarta. Tinggal persetujuan melepas dari bupati. Tapi kepala dinas saya tidak mau meneruskan usulan, alasannya "tidak ada pengganti".

Sudah 4 bulan saya bolak-balik menghadap. Apakah ada jalur lain supaya usulan mutasi saya tetap bisa diproses?`,
    tags: ['mutasi-antar-instansi', 'persetujuan-melepas'],
    author: 13,
    daysAgo: 95,
    replies: [
      {
        author: 3,
        body: `Sayangnya tidak ada jalur yang melewati persetujuan PPK asal. Mutasi antar instansi mensyaratkan persetujuan kedua belah pihak, dan prinsipnya mutasi tidak boleh menimbulkan kekosongan layanan.

Yang biasanya membantu:
- Buat **rencana serah terima** tertulis: siapa yang bisa menggantikan, berapa lama masa transisi, dokumen apa yang akan Anda siapkan.
- Minta kepala dinas menyampaikan keberatannya secara tertulis, supaya jelas yang dipersoalkan apa.
- Ajak bicara bagian mutasi BKPSDM, kadang mereka bisa memetakan pegawai lain yang bisa mengisi posisi Anda.`,
      },
      {
        author: 23,
        body: 'Pengalaman saya, persetujuan melepas akhirnya keluar setelah saya menunggu pelantikan kepala dinas baru. Kadang masalahnya bukan aturan, tapi orang. Sabar saja Bu, jaga hubungan baik.',
      },
      {
        author: 11,
        body: 'Ada yang menyarankan saya "minta tolong orang dalam" waktu itu. Saya tidak mau, dan alhamdulillah tetap bisa pindah lewat jalur biasa, walau lama. Jangan tergoda jalan pintas ya Bu, risikonya besar.',
      },
      {
        author: 13,
        body: 'Terima kasih semuanya. Saran rencana serah terima tertulis saya coba. Selama ini saya hanya menghadap dan bicara lisan.',
        replyTo: 0,
      },
      {
        author: 3,
        body: 'Satu lagi: cek masa berlaku surat persetujuan menerima dari kementerian. Kalau mendekati habis, mintalah perpanjangan atau konfirmasi tertulis bahwa mereka masih menunggu, supaya usaha Ibu tidak sia-sia.',
        replyTo: 3,
      },
    ],
  },
  {
    category: 'mutasi',
    title: 'Pindah dari pemda ke instansi vertikal: TPP atau tunjangan kinerja yang lebih untung?',
    body: 'Saya PNS pemkab golongan III/c, TPP di daerah saya lumayan. Ada tawaran pindah ke instansi vertikal di kota yang sama. Banyak yang bilang tukin pusat lebih stabil, tapi ada juga yang bilang TPP daerah saya lebih besar. Bagaimana cara membandingkannya dengan adil?',
    tags: ['tpp', 'tunjangan-kinerja', 'mutasi'],
    author: 11,
    daysAgo: 115,
    replies: [
      {
        author: 6,
        body: `Bandingkan dengan data, jangan dengan kata orang. Caranya:

1. Cari **kelas jabatan** yang akan Anda duduki di instansi vertikal, lalu lihat besaran tukin untuk kelas itu di Perpres tunjangan kinerja instansi tersebut.
2. Bandingkan dengan **TPP riil** yang Anda terima sekarang, bukan pagunya, karena TPP sering dipotong komponen disiplin dan kinerja.
3. Perhitungkan **stabilitas**: TPP sangat bergantung kapasitas fiskal daerah dan bisa berubah tiap tahun anggaran, tukin relatif lebih stabil tapi juga ada potongan.
4. Jangan lupakan hal nonfinansial: jalur karier, kemungkinan dipindah ke luar daerah (instansi vertikal sering punya pola rotasi nasional), dan beban kerja.`,
      },
      {
        author: 28,
        body: 'Poin nomor 4 penting sekali Pak. Teman saya pindah ke vertikal karena tukinnya, dua tahun kemudian dirotasi ke luar pulau. Secara uang naik, tapi biaya hidup dan pulang kampung juga naik.',
        replyTo: 0,
      },
      {
        author: 11,
        body: 'Terima kasih Pak Rajawali dan Pak Musang. Saya akan tanya langsung kelas jabatannya dan pola rotasinya sebelum memutuskan.',
      },
    ],
  },
  {
    category: 'mutasi',
    title: 'Rotasi internal hampir setiap tahun membuat saya sulit membangun keahlian, apakah ini normal?',
    body: `Dalam 4 tahun terakhir saya sudah dirotasi 4 kali antarbidang di dinas yang sama: perencanaan, keuangan, umum, lalu program. Setiap kali mulai paham pekerjaan, saya dipindah lagi.

Pimpinan bilang ini untuk pengayaan. Tapi di SKP saya jadi sulit menunjukkan capaian yang utuh. Apakah ada ketentuan batas minimal seseorang di satu jabatan? Dan bagaimana menyampaikan keberatan dengan sopan?`,
    tags: ['rotasi', 'mutasi', 'pengembangan-karier'],
    author: 28,
    daysAgo: 1,
    replies: [],
  },
]

// ---------------------------------------------------------------------------
// Cuti & Izin
// ---------------------------------------------------------------------------
const CUTI: SeedThread[] = [
  {
    category: 'cuti',
    title: 'Sisa cuti tahunan tahun lalu 6 hari, apakah bisa digabung jadi 18 hari tahun ini?',
    body: `Izin bertanya Bapak/Ibu. Tahun lalu saya hanya memakai 6 hari dari 12 hari cuti tahunan karena pekerjaan padat. Rencananya tahun ini saya mau pulang kampung agak lama, sekitar 3 minggu.

Apakah sisa 6 hari itu otomatis terbawa sehingga hak saya tahun ini jadi 18 hari? Lalu cuti bersama Lebaran kemarin mengurangi jatah saya tidak? Terima kasih sebelumnya.`,
    tags: ['cuti-tahunan', 'sisa-cuti', 'cuti-bersama'],
    author: 14,
    daysAgo: 25,
    replies: [
      {
        author: 3,
        body: `Bisa, Pak/Bu. Ringkasnya menurut PP 11/2017 dan ketentuan pelaksanaannya dari BKN:

- Hak cuti tahunan **12 hari kerja** per tahun.
- Sisa yang tidak digunakan bisa dibawa ke tahun berikutnya, sehingga total yang bisa dipakai **paling lama 18 hari kerja** termasuk hak tahun berjalan.
- Kalau tidak digunakan **2 tahun atau lebih berturut-turut**, total bisa sampai **24 hari kerja** termasuk hak tahun berjalan.
- **Cuti bersama tidak mengurangi** hak cuti tahunan PNS.

Jadi dengan sisa 6 hari, tahun ini Anda bisa memakai sampai 18 hari kerja, pas untuk sekitar 3,5 minggu kalender.`,
      },
      {
        author: 14,
        body: 'Alhamdulillah, terima kasih Pak Kancil. Saya sempat dengar cuti bersama mengurangi cuti tahunan, ternyata itu untuk pegawai swasta ya.',
        replyTo: 0,
      },
      {
        author: 3,
        body: 'Betul, di sektor swasta cuti bersama umumnya memotong cuti tahunan. Untuk PNS tidak. Catatan lain: kalau karena jabatannya seseorang tidak bisa ikut cuti bersama (misalnya petugas pelayanan yang tetap masuk), hak cuti tahunannya ditambah sebanyak cuti bersama yang tidak diambil.',
        replyTo: 1,
      },
      {
        author: 30,
        body: 'Nah ini yang sering tidak diketahui teman-teman nakes di puskesmas. Kami sering tetap jaga saat cuti bersama, tapi tidak pernah ada yang mengurus tambahan cuti tahunannya.',
        replyTo: 2,
      },
      {
        author: 26,
        body: 'Di aplikasi cuti kantor kami, sisa cuti tahun lalu harus diinput manual oleh admin di awal tahun. Coba cek saldo cutinya sebelum mengajukan, Pak/Bu, jangan sampai sistem masih menampilkan 12 hari.',
      },
      {
        author: 14,
        body: 'Benar juga, saya cek di aplikasi masih tertulis 12. Besok saya minta admin memperbarui. Terima kasih semua.',
        replyTo: 4,
      },
    ],
  },
  {
    category: 'cuti',
    title: 'Cuti melahirkan anak ketiga selama 3 bulan, apakah tunjangan kinerja dan TPP dipotong?',
    body: `Assalamualaikum Bapak/Ibu. Insyaallah saya akan melahirkan anak ketiga sekitar dua bulan lagi. Saya PNS pemprov, jabatan fungsional, dan berencana mengambil **cuti melahirkan 3 bulan**.

Ada beberapa hal yang membuat saya cemas:

1. Waktu anak kedua dulu (masih di instansi lama), TPP saya dipotong cukup besar selama cuti. Apakah memang begitu aturannya, atau tergantung daerah?
2. Saya dengar ada undang-undang baru yang memungkinkan cuti melahirkan sampai 6 bulan. Apakah itu berlaku untuk PNS juga?
3. Bagaimana dengan SKP saya tahun ini? Target triwulan ketiga pasti tidak tercapai karena saya cuti. Apakah ini akan membuat predikat saya turun?
4. Apakah cuti melahirkan mengurangi jatah cuti tahunan?

Terus terang secara keuangan keluarga kami cukup bergantung pada TPP, jadi saya ingin bersiap sejak sekarang. Mohon pencerahan, dan kalau ada ibu-ibu yang berbagi pengalaman, saya akan sangat berterima kasih.`,
    tags: ['cuti-melahirkan', 'tpp', 'skp'],
    author: 20,
    daysAgo: 55,
    replies: [
      {
        author: 3,
        body: `Waalaikumsalam, semoga persalinannya lancar, Bu.

**1. Potongan TPP/tukin** tidak diatur seragam secara nasional. Besarannya ditetapkan dalam Perpres tukin (instansi pusat) atau Perkada TPP (daerah). Banyak instansi tidak memotong, atau memotong sebagian kecil, untuk cuti melahirkan anak pertama sampai ketiga, tapi ada juga daerah yang memotong cukup besar. Minta salinan Pergub TPP terbaru ke BKD dan cari pasal tentang cuti.

**2. UU 4/2024 tentang Kesejahteraan Ibu dan Anak** mengatur cuti melahirkan paling singkat 3 bulan pertama dan dapat ditambah paling lama 3 bulan berikutnya jika ada **kondisi khusus** dengan surat keterangan dokter. Untuk PNS, ketentuan cuti melahirkan 3 bulan ada di PP 11/2017; penerapan tambahan dari UU KIA perlu mengikuti petunjuk teknis kepegawaian, jadi tanyakan ke BKD apakah sudah ada edaran.

**3. SKP:** sampaikan dari sekarang ke atasan agar ekspektasi dan target disesuaikan selama periode cuti. Cuti yang sah bukan alasan untuk menurunkan predikat.

**4. Cuti tahunan:** cuti melahirkan tidak mengurangi hak cuti tahunan.`,
      },
      {
        author: 13,
        body: `Pengalaman saya di pemkab, Bu: cuti melahirkan anak kedua belum lama ini, TPP dipotong **komponen disiplin** saja, komponen kinerja tetap dibayar karena atasan menyesuaikan target saya. Jadi terasa sekali bedanya kalau atasan paham.

Satu lagi, ajukan cutinya lewat aplikasi jauh-jauh hari dan lampirkan surat dokter kandungan. Saya sempat telat dan cutinya baru disetujui seminggu setelah melahirkan, repot sekali.`,
      },
      {
        author: 20,
        body: 'Terima kasih Pak Kancil dan Bu Kakatua. Berarti yang penting minta Pergub TPP dan bicara ke atasan soal target. Saya akan lakukan minggu ini.',
      },
      {
        author: 8,
        body: 'Izin ikut menyimak. Istri saya juga PNS dan hamil anak pertama, informasi ini berguna sekali.',
      },
      {
        author: 6,
        body: `Menambahkan dari sisi keuangan, Bu. Karena keluarga bergantung pada TPP, coba hitung skenario terburuk: gaji pokok dan tunjangan melekat tetap dibayar penuh selama cuti melahirkan, jadi yang berisiko hanya TPP.

Kalau Pergub-nya ternyata memotong besar, sisihkan sedikit dari sekarang sebagai dana penyangga 3 bulan. Lebih tenang menjalani masa cuti kalau ada cadangan.`,
      },
      {
        author: 27,
        body: 'Agak beda cerita dengan Bu Kakatua: di kantor saya dulu SKP triwulan saya tetap dinilai "di bawah ekspektasi" karena cuti. Akhirnya saya ajukan dialog kinerja dan atasan merevisinya. Jadi jangan ragu memperjuangkan, Bu.',
        replyTo: 1,
      },
      {
        author: 20,
        body: 'Update: saya sudah dapat Pergub-nya. Ternyata untuk cuti melahirkan anak ke-1 sampai ke-3 potongannya hanya 10%. Lega sekali. Terima kasih semuanya, forum ini sangat membantu.',
      },
    ],
  },
  {
    category: 'cuti',
    title: 'Istri akan melahirkan secara caesar, cuti apa yang bisa saya ambil sebagai suami PNS?',
    body: 'Istri saya dijadwalkan operasi caesar bulan depan. Saya PNS di kantor kecamatan. Atasan bilang paling bisa izin 2–3 hari saja. Apakah ada jenis cuti resmi untuk suami yang mendampingi istri melahirkan? Saya ingin menemani minimal dua minggu karena kami tidak tinggal dekat keluarga.',
    tags: ['cuti-alasan-penting', 'cuti-ayah', 'melahirkan'],
    author: 21,
    daysAgo: 14,
    replies: [
      {
        author: 3,
        body: `Ada, Pak. Gunakan **cuti karena alasan penting (CAP)**. Salah satu alasan yang diakui adalah mendampingi istri yang melahirkan atau menjalani operasi caesar. Lamanya **paling lama 1 bulan**.

Syaratnya:
- permintaan tertulis kepada pejabat berwenang,
- melampirkan **surat keterangan** dari rumah sakit/unit pelayanan kesehatan (misalnya surat rencana tindakan operasi atau surat keterangan rawat inap).

Jadi dua minggu sangat mungkin. Sampaikan ke atasan dengan menyebut dasar aturannya, bukan sekadar minta izin.`,
      },
      {
        author: 21,
        body: 'Wah, terima kasih banyak Pak. Saya kira hanya bisa izin beberapa hari. Surat rencana operasi dari dokter kandungan sudah ada, jadi bisa langsung saya lampirkan.',
        replyTo: 0,
      },
      {
        author: 12,
        body: 'Saya pakai CAP 2 minggu waktu anak kedua lahir caesar. Atasan awalnya juga ragu, tapi setelah ditunjukkan aturannya langsung setuju. Menemani di minggu-minggu awal itu sangat berarti, Pak, apalagi kalau jauh dari keluarga.',
      },
      {
        author: 10,
        body: 'Sebagai ibu yang pernah caesar, saya mendukung sekali bapak-bapak yang mau mengambil cuti ini. Pemulihannya berat, bantuan suami sangat dibutuhkan.',
        replyTo: 2,
      },
      {
        author: 21,
        body: 'Alhamdulillah, CAP 14 hari kerja sudah disetujui. Terima kasih Pak Kancil dan semuanya.',
      },
    ],
  },
  {
    category: 'cuti',
    title: 'Masa kerja belum 5 tahun, apakah boleh mengambil cuti besar untuk umrah?',
    body: 'Saya PNS dengan masa kerja 3 tahun. Orang tua mengajak umrah bersama sekitar 12 hari. Saya dengar ada pengecualian cuti besar untuk ibadah walaupun belum 5 tahun. Apakah berlaku untuk umrah? Atau sebaiknya pakai cuti tahunan saja?',
    tags: ['cuti-besar', 'cuti-tahunan', 'ibadah'],
    author: 27,
    daysAgo: 80,
    replies: [
      {
        author: 3,
        body: `Cuti besar pada dasarnya untuk PNS dengan masa kerja **paling singkat 5 tahun terus-menerus**, lamanya paling lama 3 bulan. Pengecualian masa kerja itu ada untuk **kepentingan agama**, dan dalam praktik kepegawaian umumnya dipakai untuk ibadah haji pertama kali.

Untuk umrah 12 hari, saran saya pakai **cuti tahunan**: 12 hari kalender kira-kira hanya 8–9 hari kerja, masih dalam jatah. Keuntungannya juga jelas: PNS yang mengambil cuti besar **tidak berhak atas cuti tahunan** pada tahun yang sama, dan di banyak instansi tukin/TPP dipotong selama cuti besar.`,
      },
      {
        author: 27,
        body: 'Masuk akal sekali Pak. Kalau pakai cuti besar malah rugi dua kali ya. Saya pakai cuti tahunan saja.',
        replyTo: 0,
      },
      {
        author: 25,
        body: 'Saya dulu umrah pakai cuti tahunan 9 hari kerja, pas sekali. Tinggal atur supaya jatuhnya tidak bertabrakan dengan tenggat laporan akhir triwulan, biar tidak dikejar-kejar di tanah suci, hehe.',
      },
      {
        author: 18,
        body: 'Izin menambahkan: jangan lupa di beberapa instansi perjalanan ke luar negeri juga perlu izin/pemberitahuan tersendiri selain cuti. Cek ke bagian kepegawaian ya.',
      },
    ],
  },
  {
    category: 'cuti',
    title: 'Atasan menolak cuti tahunan saya dengan alasan pekerjaan menumpuk, apakah boleh begitu?',
    body: `Saya sudah mengajukan cuti tahunan 5 hari untuk acara pernikahan adik di luar kota, diajukan sebulan sebelumnya. Kemarin atasan menolak lisan dengan alasan "kerjaan lagi numpuk, nanti saja".

Masalahnya tanggal pernikahan tidak bisa digeser. Apakah atasan berhak menolak cuti tahunan? Saya tidak ingin bermasalah, tapi ini acara keluarga yang penting.`,
    tags: ['cuti-tahunan', 'atasan', 'penangguhan-cuti'],
    author: 8,
    daysAgo: 33,
    replies: [
      {
        author: 3,
        body: `Cuti tahunan adalah hak, tapi pejabat yang berwenang memang dapat **menangguhkan** pemberiannya jika ada **kepentingan dinas mendesak**, paling lama 1 tahun. Cuti yang ditangguhkan itu tidak hilang: bisa dipakai tahun berikutnya dengan total paling lama 24 hari kerja termasuk hak tahun berjalan.

Tapi penangguhan itu seharusnya **tertulis** dengan alasan yang jelas, bukan sekadar lisan. Saran saya:
1. Tanyakan baik-baik pekerjaan apa yang dikhawatirkan terbengkalai.
2. Tawarkan solusi: menyelesaikan bagian penting sebelum berangkat, menunjuk rekan pengganti, tetap bisa dihubungi untuk hal darurat.
3. Jika tetap ditolak, minta keputusan penangguhan secara tertulis.`,
      },
      {
        author: 16,
        body: 'Menurut saya kalau sudah diajukan sebulan sebelumnya, alasan "kerjaan numpuk" itu lemah. Kerjaan kan selalu numpuk, hehe. Pak Jalak berhak memperjuangkan.',
      },
      {
        author: 3,
        body: 'Setuju bahwa pengajuan jauh hari memperkuat posisi. Hanya saja, saya sarankan tetap pakai pendekatan solusi dulu, karena hubungan dengan atasan setelah cuti juga penting dijaga.',
        replyTo: 1,
      },
      {
        author: 22,
        body: 'Pengalaman saya, yang berhasil itu bikin daftar pekerjaan beserta progresnya, lalu tunjukkan ke atasan bahwa semuanya sudah aman sampai saya kembali. Atasan biasanya menolak karena cemas, bukan karena jahat.',
      },
      {
        author: 8,
        body: 'Terima kasih masukannya. Saya baru sadar atasan memang sedang dikejar laporan ke provinsi. Saya coba bikin daftar pekerjaan dan tawarkan menyelesaikan bagian saya sebelum berangkat.',
      },
      {
        author: 2,
        body: 'Semoga berhasil, Pak. Momen keluarga seperti pernikahan adik tidak bisa diulang, dan wajar sekali kalau ini terasa sangat penting. Menjaga hubungan dengan keluarga juga bagian dari menjaga diri kita agar tetap kuat bekerja.',
      },
      {
        author: 8,
        body: 'Alhamdulillah, setelah saya tunjukkan daftar pekerjaan dan siapa yang menggantikan, cuti disetujui 4 hari. Kurang satu hari dari rencana, tapi cukup. Terima kasih semuanya.',
        replyTo: 3,
      },
      {
        author: 22,
        body: 'Ikut senang Pak! Selamat untuk adiknya.',
        replyTo: 6,
      },
    ],
  },
  {
    category: 'cuti',
    title: 'Cuti sakit lebih dari 14 hari, apakah surat keterangan dokter praktik swasta cukup?',
    body: 'Saya baru operasi dan dokter menyarankan istirahat 3 minggu. Surat keterangan sakit dari dokter spesialis di RS swasta. Bagian kepegawaian bilang untuk lebih dari 14 hari harus dokter pemerintah. Benarkah? Lalu bagaimana kalau saya dirawat di RS swasta?',
    tags: ['cuti-sakit', 'surat-dokter'],
    author: 30,
    daysAgo: 60,
    replies: [
      {
        author: 3,
        body: `Benar. Untuk cuti sakit **lebih dari 1 hari sampai 14 hari** cukup surat keterangan dokter. Untuk **lebih dari 14 hari**, persyaratannya surat keterangan **dokter pemerintah**, yaitu dokter berstatus PNS atau yang bekerja di fasilitas kesehatan pemerintah.

Kalau operasinya di RS swasta, biasanya cukup minta surat dari dokter di puskesmas/RSUD yang menilai ulang kondisi Anda berdasarkan resume medis dari RS swasta. Cuti sakit bisa diberikan paling lama 1 tahun dan dapat diperpanjang paling lama 6 bulan bila diperlukan.`,
      },
      {
        author: 30,
        body: 'Terima kasih Pak. Saya bawa resume medis ke RSUD untuk minta surat keterangan. Semoga cepat pulih juga.',
        replyTo: 0,
      },
      {
        author: 14,
        body: 'Lekas sembuh ya Pak/Bu. Jangan buru-buru masuk kantor sebelum benar-benar pulih, pekerjaan bisa menunggu.',
      },
    ],
  },
  {
    category: 'cuti',
    title: 'Izin belajar S2 kelas akhir pekan, apakah perlu cuti untuk jadwal ujian di hari kerja?',
    body: `Saya baru diterima S2 kelas akhir pekan (Sabtu–Minggu) dengan biaya sendiri, dan izin belajar dari instansi sudah terbit. Masalahnya, jadwal ujian tengah dan akhir semester kadang jatuh di hari Jumat.

Untuk hari seperti itu, apakah saya harus mengajukan cuti tahunan, atau ada mekanisme izin lain bagi pemegang izin belajar? Saya tidak mau dianggap mangkir kerja.`,
    tags: ['izin-belajar', 'cuti-tahunan', 'studi-lanjut'],
    author: 18,
    daysAgo: 102,
    replies: [],
  },
]

// ---------------------------------------------------------------------------
// Gaji, Tunjangan & Pensiun
// ---------------------------------------------------------------------------
const GAJI: SeedThread[] = [
  {
    category: 'gaji',
    title: 'Simulasi pensiun: golongan IV/a dengan masa kerja 30 tahun, kira-kira menerima berapa?',
    body: `Selamat siang. Saya golongan IV/a, insyaallah pensiun 3 tahun lagi di usia 58 dengan masa kerja sekitar 30 tahun.

Selama ini take home pay saya cukup besar karena TPP. Saya ingin tahu gambaran penghasilan setelah pensiun supaya bisa bersiap. Apakah ada rumus sederhana yang bisa saya hitung sendiri?`,
    tags: ['pensiun', 'taspen', 'gaji-pokok'],
    author: 23,
    daysAgo: 18,
    replies: [
      {
        author: 6,
        body: `Ada, Pak/Bu. Rumus pensiun pokok PNS:

**Pensiun pokok = 2,5% × masa kerja (tahun) × gaji pokok terakhir**, dengan batas paling tinggi **75%** dan paling rendah **40%** dari gaji pokok terakhir.

Dengan masa kerja 30 tahun: 2,5% × 30 = 75%, jadi Anda sudah di batas maksimal. Ilustrasi: kalau gaji pokok terakhir Rp5.200.000, pensiun pokoknya sekitar **Rp3.900.000**, ditambah tunjangan keluarga dan tunjangan pangan.

Yang perlu disadari: **TPP/tukin tidak ikut dihitung**. Jadi kalau sekarang take home pay Rp12 juta, penghasilan bulanan setelah pensiun bisa hanya sepertiganya. Selain pensiun bulanan, ada **THT dari Taspen** yang dibayarkan sekaligus; besarannya bisa dicek lewat simulasi di kanal resmi Taspen.`,
      },
      {
        author: 23,
        body: 'Ya Allah, sepertiganya. Terima kasih Pak Rajawali, ini seperti disiram air dingin, tapi memang harus tahu dari sekarang.',
        replyTo: 0,
      },
      {
        author: 25,
        body: `Saya sedang di fase yang sama, Pak, dua tahun lagi pensiun. Setelah "kaget" seperti Bapak, yang saya lakukan sejak tahun lalu:
- melunasi sisa cicilan supaya tidak ada potongan setelah pensiun,
- membiasakan hidup dengan anggaran setara pensiun, selisihnya langsung ditabung,
- mulai usaha kecil bersama istri.

Ternyata hidup dengan anggaran pensiun itu bisa, asal dilatih dari sekarang.`,
      },
      {
        author: 17,
        body: 'Izin menambahkan: jangan lupa cek saldo tabungan perumahan (eks Taperum) di BP Tapera. Banyak pensiunan yang tidak tahu bisa mencairkannya.',
      },
      {
        author: 6,
        body: 'Betul, Pak Paus. Dan untuk masa kerja, pastikan masa kerja golongan di SK terakhir sudah benar, termasuk peninjauan masa kerja kalau dulu pernah honorer/bekerja sebelum CPNS yang bisa diakui. Selisih beberapa tahun masa kerja golongan memengaruhi gaji pokok terakhir.',
        replyTo: 3,
      },
      {
        author: 23,
        body: 'Catatan soal peninjauan masa kerja ini baru saya dengar. Saya memang honorer 4 tahun sebelum CPNS. Akan saya tanyakan ke BKD. Terima kasih banyak.',
        replyTo: 4,
      },
    ],
  },
  {
    category: 'gaji',
    title: 'TPP dipotong 40% karena terlambat input e-Kinerja, ada yang mengalami juga?',
    body: `Bulan ini TPP saya dipotong hampir 40%. Ternyata karena laporan kinerja bulanan di e-Kinerja terlambat saya input 2 hari dari batas tanggal 5. Alasannya saya sedang dinas luar dan sinyal di lokasi jelek.

Apakah memang potongannya sebesar itu hanya karena telat input? Dan apakah bisa diajukan koreksi dengan bukti surat tugas?`,
    tags: ['tpp', 'e-kinerja', 'potongan'],
    author: 12,
    daysAgo: 5,
    replies: [
      {
        author: 26,
        body: 'Sama Pak, di kabupaten kami juga begitu. Komponen kinerja TPP itu 60%, kalau laporan tidak masuk sampai tenggat, dianggap tidak ada kinerja bulan itu. Jadi potongannya bisa besar.',
      },
      {
        author: 6,
        body: `Besaran potongan TPP diatur di **Perkada TPP** masing-masing daerah, jadi tidak seragam. Umumnya TPP dibagi ke komponen **kinerja** dan **disiplin**, dan komponen kinerja dikaitkan dengan laporan di aplikasi kinerja. Kalau tidak terlapor sampai tenggat, sistem menganggap capaiannya nol.

Soal koreksi: cek apakah Perkada atau juknisnya mengatur **pengecualian** (misalnya gangguan sistem atau penugasan di lokasi tanpa jaringan). Kalau ada, ajukan ke pengelola TPP dengan surat tugas dan keterangan atasan. Kalau tidak ada pengecualian, peluang koreksinya kecil, tapi tetap layak disampaikan sebagai masukan.`,
      },
      {
        author: 12,
        body: 'Terima kasih Pak Rajawali. Saya cek juknisnya, ternyata ada klausul "gangguan jaringan yang dibuktikan". Saya coba ajukan dengan surat tugas dan foto lokasi.',
        replyTo: 1,
      },
      {
        author: 19,
        body: 'Jujur saya agak kesal dengan sistem ini. Kita kerja nyata, tapi yang dinilai ketepatan input. Kinerja kok jadi urusan administrasi.',
      },
      {
        author: 28,
        body: `Saya paham kesalnya, Pak. Tapi dari sisi lain, sebelum ada tenggat ketat, banyak yang input laporan asal-asalan di akhir tahun sekaligus. Sistemnya memang kaku, tapi mendorong disiplin.

Solusi praktis saya: isi draf laporan harian di ponsel (catatan biasa), lalu tinggal salin waktu ada sinyal.`,
        replyTo: 3,
      },
      {
        author: 19,
        body: 'Iya Pak Musang, ada benarnya juga. Mungkin saya yang perlu mengubah kebiasaan menunda input.',
        replyTo: 4,
      },
      {
        author: 4,
        body: 'Tips tambahan: beberapa aplikasi kinerja daerah bisa diakses lewat browser ponsel dengan mode data ringan. Saya biasanya input di penginapan malam hari waktu dinas luar.',
      },
      {
        author: 26,
        body: 'Sebagai operator, saya sarankan juga kabari atasan dan operator sebelum berangkat dinas ke lokasi minim sinyal. Ada jejak komunikasinya, jadi lebih mudah kalau perlu pengecualian.',
        replyTo: 2,
      },
      {
        author: 12,
        body: 'Update: pengajuan koreksi saya diterima, potongan dikembalikan bulan depan. Terima kasih atas semua sarannya. Mulai sekarang saya pakai cara Pak Musang, draf di ponsel.',
      },
    ],
  },
  {
    category: 'gaji',
    title: 'Tunjangan anak ketiga tidak masuk daftar gaji, memang aturannya begitu?',
    body: 'Anak ketiga saya lahir tahun lalu. Saya sudah menyerahkan akta kelahiran ke bagian keuangan, tapi tunjangan anaknya tidak ditambahkan. Katanya maksimal dua anak. Apakah benar, dan apakah ada kondisi di mana anak ketiga bisa masuk?',
    tags: ['tunjangan-keluarga', 'gaji'],
    author: 29,
    daysAgo: 48,
    replies: [
      {
        author: 6,
        body: `Benar, Pak. Tunjangan anak PNS sebesar **2% dari gaji pokok per anak**, dan hanya diberikan untuk **paling banyak 2 anak**. Pengecualiannya hanya untuk anak ketiga dan seterusnya yang lahir sebelum ketentuan pembatasan berlaku (awal 1994).

Tapi anak ketiga **bisa masuk menggantikan** kakaknya kalau anak pertama atau kedua sudah tidak memenuhi syarat, misalnya usianya lewat 21 tahun (atau 25 tahun jika masih sekolah/kuliah), sudah menikah, atau sudah berpenghasilan sendiri. Jadi simpan aktanya di data keluarga, nanti diajukan saat kondisi itu terjadi.`,
      },
      {
        author: 29,
        body: 'Oh begitu, terima kasih Pak. Jadi nanti waktu anak pertama lulus kuliah, saya ajukan perubahan daftar susunan keluarga ya.',
        replyTo: 0,
      },
      {
        author: 15,
        body: 'Pengalaman saya, pergantian itu tidak otomatis, Pak. Harus ajukan sendiri ke bagian gaji dengan surat keterangan. Saya telat setahun karena lupa.',
      },
      {
        author: 6,
        body: 'Betul, dan sebaliknya juga: kalau anak sudah tidak memenuhi syarat tapi masih tercatat, bisa ada kelebihan bayar yang nanti harus dikembalikan. Lebih baik rutin cek daftar gaji setiap tahun.',
        replyTo: 2,
      },
    ],
  },
  {
    category: 'gaji',
    title: 'Pensiun dua tahun lagi: berkas dan langkah apa saja yang perlu disiapkan untuk BKN dan Taspen?',
    body: `Assalamualaikum. Saya pejabat fungsional Ahli Muda, golongan III/d, BUP saya 58 tahun dan jatuh sekitar dua tahun lagi. Beberapa senior bercerita pengalaman pahit: SK pensiun terlambat berbulan-bulan sehingga ada bulan tanpa penghasilan sama sekali.

Saya ingin menyiapkan semuanya dari sekarang. Yang ingin saya tanyakan:

- Dokumen apa saja yang biasanya diperlukan untuk usul pensiun dan klaim Taspen?
- Kapan idealnya usul pensiun diajukan?
- Apa itu SKPP dan siapa yang menerbitkannya?
- Apakah Masa Persiapan Pensiun (MPP) itu wajib dan apa untung ruginya?

Kalau ada urutan langkah yang bisa saya jadikan daftar periksa, saya akan sangat berterima kasih. Mohon maaf kalau pertanyaannya banyak.`,
    tags: ['pensiun', 'taspen', 'bup', 'mpp'],
    author: 25,
    daysAgo: 75,
    replies: [
      {
        author: 6,
        body: `Waalaikumsalam. Tidak perlu minta maaf, persiapan dua tahun sebelumnya justru ideal. Ini daftar periksa yang saya sarankan:

1. **Rapikan data di SIASN/MyASN sekarang**: riwayat pangkat, jabatan, pendidikan, data keluarga (suami/istri dan anak). Sebagian besar keterlambatan SK pensiun berasal dari data yang tidak sinkron.
2. **Kumpulkan dokumen**: SK CPNS, SK PNS, SK pangkat terakhir, SK jabatan terakhir, kartu keluarga, surat nikah, akta kelahiran anak yang masih menjadi tanggungan, pas foto, serta **DPCP** (Data Perorangan Calon Penerima Pensiun).
3. **Usul pensiun diajukan instansi** melalui SIASN. Banyak BKD mulai memproses sekitar 1 tahun sebelum BUP, jadi tanyakan jadwal mereka.
4. **SKPP** (Surat Keterangan Penghentian Pembayaran) diterbitkan oleh bagian keuangan/pengelola gaji instansi. Dokumen ini menjadi dasar Taspen menghentikan gaji dan memulai pensiun, jadi pastikan terbit tepat waktu.
5. **Klaim ke Taspen** untuk THT dan pensiun pertama setelah SK pensiun terbit, lengkapi rekening dan lakukan otentikasi sesuai prosedur Taspen.

**MPP** tidak wajib. Selama MPP Anda dibebaskan dari jabatan tapi masih menerima gaji; tukin/TPP biasanya tidak penuh. Cocok bagi yang ingin mulai beradaptasi, tapi hitung dulu dampak penghasilannya.`,
      },
      {
        author: 26,
        body: 'Dari sisi operator BKD: yang paling sering bikin tertunda adalah data pasangan dan anak yang belum lengkap di SIASN, serta nama yang berbeda ejaan antara SK dan KTP. Cek ejaan nama dan tanggal lahir di semua dokumen, Pak/Bu.',
      },
      {
        author: 25,
        body: 'Terima kasih Pak Rajawali, daftarnya langsung saya cetak. Soal ejaan nama, memang di SK CPNS nama saya pakai ejaan lama. Apakah itu akan jadi masalah, Pak Komodo?',
        replyTo: 1,
      },
      {
        author: 26,
        body: 'Biasanya cukup dengan surat pernyataan/keterangan beda nama yang diketahui pejabat berwenang, atau penetapan dari instansi. Urus sekarang saja, Pak, jangan tunggu menjelang pensiun.',
        replyTo: 2,
      },
      {
        author: 31,
        body: 'Ayah saya pensiun tahun lalu dan SK pensiunnya terbit tepat waktu karena datanya sudah beres setahun sebelumnya. Beliau bilang yang paling menolong adalah punya map khusus berisi semua SK asli dan fotokopinya.',
      },
      {
        author: 2,
        body: `Selain urusan berkas, boleh saya titip satu hal: masa transisi pensiun sering lebih berat secara perasaan daripada yang dibayangkan. Rutinitas, rekan kerja, dan rasa "berguna" tiba-tiba berubah.

Dua tahun ini bisa jadi waktu yang baik untuk mulai memikirkan kegiatan yang Bapak/Ibu nikmati di luar pekerjaan.`,
      },
      {
        author: 25,
        body: 'Terima kasih Bu/Pak Merpati, itu juga yang diam-diam saya khawatirkan. Semoga saya bisa menyiapkan keduanya, berkas dan hati.',
        replyTo: 5,
      },
    ],
  },
  {
    category: 'gaji',
    title: 'Gaji habis untuk cicilan pinjaman dengan jaminan SK, ada yang pernah keluar dari situasi ini?',
    body: `Malu sebenarnya menulis ini. Saya mengambil pinjaman dengan jaminan SK di bank untuk renovasi rumah, lalu tambah lagi untuk biaya kuliah adik. Sekarang gaji yang masuk rekening tinggal sekitar 20%, praktis saya hidup dari TPP yang naik turun.

Istri belum tahu seberapa parah kondisinya. Ada yang pernah berhasil keluar dari situasi seperti ini? Bagaimana caranya?`,
    tags: ['keuangan', 'pinjaman', 'gaji'],
    author: 17,
    anonymous: true,
    daysAgo: 28,
    replies: [
      {
        author: 9,
        anonymous: true,
        body: 'Tidak perlu malu, Pak. Saya yakin banyak yang diam-diam mengalami hal yang sama. Saya sendiri pernah di posisi itu, gaji tinggal 25%. Butuh 4 tahun untuk pulih, tapi bisa.',
      },
      {
        author: 6,
        body: `Langkah yang biasanya paling membantu:

1. **Petakan semua utang**: sisa pokok, bunga, tenor, dan cicilan per bulan. Tulis di satu tabel.
2. **Hentikan pinjaman baru**, termasuk top up yang sering ditawarkan bank.
3. **Tanyakan opsi restrukturisasi** ke bank: perpanjangan tenor bisa menurunkan cicilan bulanan, walau total bunga bertambah. Hitung dengan cermat.
4. **Buat anggaran dari TPP** dengan asumsi TPP terendah, bukan rata-rata.
5. Kalau ada utang lain di luar bank dengan bunga tinggi, prioritaskan melunasinya lebih dulu.

Dan menurut saya yang paling penting: **bicarakan dengan istri**. Mengatur keuangan keluarga akan jauh lebih ringan kalau dilakukan berdua.`,
      },
      {
        author: 17,
        anonymous: true,
        body: 'Terima kasih Pak. Bagian bicara dengan istri itu yang paling berat. Saya takut dia kecewa.',
        replyTo: 1,
      },
      {
        author: 2,
        body: `Rasa takut mengecewakan orang yang kita sayangi itu sangat bisa dimengerti, Pak. Tapi sering kali yang lebih melukai dalam rumah tangga bukan utangnya, melainkan merasa tidak dilibatkan.

Mungkin bisa dimulai dengan mengakui bahwa Bapak ingin memperbaiki keadaan dan butuh dukungannya, lalu tunjukkan tabel utang tadi. Rencana yang jelas biasanya membuat percakapan sulit jadi lebih mudah.`,
        replyTo: 2,
      },
      {
        author: 15,
        anonymous: true,
        body: 'Saran praktis: jangan bicarakan waktu sedang capek atau di depan anak. Saya dulu memilih akhir pekan, sambil jalan pagi berdua. Istri saya kaget, tapi akhirnya dia yang paling rajin mencatat pengeluaran.',
      },
      {
        author: 12,
        body: 'Agak berbeda pandangan: menurut saya pinjaman dengan jaminan SK itu tidak selalu buruk, asal untuk aset seperti rumah. Yang berbahaya kalau untuk konsumsi. Jadi Bapak tidak salah sepenuhnya, renovasi rumah itu investasi.',
      },
      {
        author: 6,
        body: 'Setuju sebagian, Pak Beruang. Tujuan pinjaman penting, tapi batas kemampuan bayar juga penting. Patokan yang sering dipakai, total cicilan sebaiknya tidak lebih dari sepertiga penghasilan tetap. Kalau sudah jauh di atas itu, sebaik apa pun tujuannya, keuangan harian jadi rapuh.',
        replyTo: 5,
      },
      {
        author: 17,
        anonymous: true,
        body: 'Update: akhir pekan kemarin saya sudah bicara dengan istri. Ternyata dia sudah curiga lama dan lega akhirnya saya terbuka. Kami sudah buat tabel utang bersama. Terima kasih semuanya, rasanya beban di dada berkurang separuh.',
      },
    ],
  },
  {
    category: 'gaji',
    title: 'Uang lembur PNS di pemerintah daerah, apakah ada standar tarif per jam?',
    body: `Di dinas kami sering lembur sampai malam menjelang akhir tahun anggaran, tapi uang lembur hampir tidak pernah dibayarkan. Alasannya "tidak ada anggaran" atau "tidak ada SPKL".

Apakah ada standar tarif lembur per jam untuk PNS daerah? Siapa yang seharusnya menerbitkan surat perintah lembur, dan apakah lembur tanpa surat perintah bisa dibayar belakangan?`,
    tags: ['lembur', 'uang-lembur', 'pemda'],
    author: 13,
    daysAgo: 0,
    replies: [],
  },
  {
    category: 'gaji',
    title: 'THR dan gaji ke-13 tahun ini, apakah tunjangan kinerja dan TPP dihitung penuh?',
    body: 'Mau tanya, untuk THR dan gaji ke-13 tahun ini apakah tukin/TPP ikut dihitung 100% seperti tahun lalu? Saya PNS baru di pemda, dan teman di instansi pusat bilang tukin mereka dihitung penuh. Apakah di pemda aturannya sama? Terima kasih.',
    tags: ['thr', 'gaji-13', 'tpp', 'tunjangan-kinerja'],
    author: 5,
    daysAgo: 110,
    replies: [
      {
        author: 6,
        body: `Komponen THR dan gaji ke-13 ditetapkan setiap tahun lewat **Peraturan Pemerintah** tersendiri, jadi jawabannya selalu "tunggu PP tahun berjalan".

Dua tahun terakhir polanya: gaji pokok dan tunjangan yang melekat dibayar penuh, **tukin 100%** untuk instansi pusat, dan untuk daerah **TPP paling banyak 100%** sesuai kemampuan keuangan daerah. Artinya di pemda besarannya bisa berbeda-beda, bergantung keputusan kepala daerah.`,
      },
      {
        author: 5,
        body: 'Oh, jadi di pemda tergantung keuangan daerah ya Pak. Pantas teman di kabupaten sebelah dapat lebih kecil.',
        replyTo: 0,
      },
      {
        author: 28,
        body: 'Di kabupaten kami tahun lalu TPP untuk THR hanya 50%, karena APBD terbatas. Jadi jangan dianggarkan penuh dulu sebelum ada pengumuman resmi dari BPKAD, Bu.',
      },
      {
        author: 24,
        body: 'Untuk PPPK juga dapat THR dan gaji ke-13 dengan komponen yang sama, Bu. Sekadar info buat teman-teman PPPK yang sering tanya.',
      },
      {
        author: 5,
        body: 'Terima kasih infonya. Saya tidak akan memasukkan TPP penuh ke rencana belanja Lebaran, hehe.',
        replyTo: 2,
      },
    ],
  },
]

// ---------------------------------------------------------------------------
// Penilaian Kinerja (SKP)
// ---------------------------------------------------------------------------
const SKP: SeedThread[] = [
  {
    category: 'skp',
    title: 'Bagaimana cara menyusun RHK yang mengintervensi RHK atasan? Saya bingung mulai dari mana',
    body: `Halo Bapak/Ibu. Saya pelaksana di bagian perencanaan dinas. Tahun ini pertama kali saya harus menyusun SKP sendiri di e-Kinerja dengan format baru, dan kolom "RHK atasan yang diintervensi" membuat saya bingung.

Selama ini saya menulis RHK seperti "Melaksanakan rapat koordinasi" atau "Membuat laporan". Kata atasan itu kegiatan, bukan hasil kerja. Bagaimana seharusnya?`,
    tags: ['rhk', 'e-kinerja', 'menyusun-skp'],
    author: 4,
    daysAgo: 110,
    replies: [
      {
        author: 3,
        body: `Pertanyaan yang bagus, ini memang inti dari PermenPANRB 6/2022 tentang Pengelolaan Kinerja Pegawai ASN. Coba ikuti urutan ini:

1. **Buka SKP atasan langsung** dan baca RHK beserta indikatornya.
2. **Pilih RHK atasan** yang paling berkaitan dengan pekerjaan Anda. Itulah yang Anda "intervensi".
3. **Rumuskan RHK Anda sebagai hasil**, bukan aktivitas. Tanyakan: setelah pekerjaan selesai, apa yang bisa dilihat atau dipakai orang lain?
4. **Tentukan indikator** dari sisi kuantitas, kualitas, dan/atau waktu, lalu targetnya.
5. **Sepakati dengan atasan** lewat dialog kinerja, termasuk lampiran: dukungan sumber daya, skema pertanggungjawaban, dan konsekuensi.

Contoh: "Melaksanakan rapat koordinasi" bisa menjadi **"Tersusunnya rekomendasi hasil koordinasi perencanaan yang ditindaklanjuti bidang teknis"**, dengan indikator jumlah rekomendasi yang ditindaklanjuti dan ketepatan waktu penyampaian.`,
      },
      {
        author: 4,
        body: 'Terima kasih Pak Kancil. Contoh terakhir itu sangat membantu, saya jadi paham bedanya kegiatan dan hasil.',
        replyTo: 0,
      },
      {
        author: 11,
        body: 'Masalah di kantor saya, SKP atasan sendiri baru jadi bulan Maret. Jadi kami yang di bawah bingung mau mengintervensi apa di bulan Januari. Ada yang mengalami juga?',
      },
      {
        author: 3,
        body: 'Sering terjadi, Pak. Solusi praktisnya: susun draf berdasarkan Renstra/rencana kerja unit, lalu sesuaikan begitu SKP atasan ditetapkan. Yang penting tercatat bahwa Anda sudah menyusun dan mendiskusikannya sejak awal tahun.',
        replyTo: 2,
      },
      {
        author: 26,
        body: 'Tips dari operator: di e-Kinerja, kalau RHK atasan tidak muncul di pilihan, biasanya karena atasan belum mengisi "matriks peran hasil" atau belum menetapkan SKP-nya. Jadi ingatkan atasan, bukan Bapak yang salah isi.',
        replyTo: 2,
      },
      {
        author: 15,
        body: 'Izin menyimpan thread ini. Tahun lalu SKP saya dikembalikan 3 kali karena isinya kegiatan semua. Semoga tahun ini tidak lagi.',
      },
    ],
  },
  {
    category: 'skp',
    title: 'Kerja keras setahun hanya dapat predikat Baik, rekan yang sering izin justru Sangat Baik. Apakah ini adil?',
    body: `Maaf kalau tulisan ini terdengar emosional. Sepanjang tahun saya sering lembur, menyelesaikan dua laporan yang seharusnya dikerjakan bersama rekan, dan menggantikan tugas teman yang cuti. Hasil penilaian akhir tahun: **Baik**.

Rekan satu tim yang cukup sering izin dan pulang cepat justru mendapat **Sangat Baik**. Waktu saya tanya pelan-pelan ke atasan, jawabannya "kuotanya terbatas, tahun depan giliranmu".

Saya jadi bertanya-tanya: sebenarnya predikat itu ditentukan dari apa? Apakah memang ada sistem giliran? Dan apakah saya bisa keberatan tanpa merusak hubungan dengan atasan?`,
    tags: ['predikat-kinerja', 'kurva-distribusi', 'keberatan'],
    author: 22,
    anonymous: true,
    daysAgo: 63,
    replies: [
      {
        author: 28,
        anonymous: true,
        body: 'Sama persis dengan yang saya alami tahun lalu. Kata "giliran" itu yang paling menyakitkan, seolah-olah kerja keras tidak ada artinya.',
      },
      {
        author: 3,
        body: `Saya coba jelaskan sisi aturannya dulu.

Menurut PermenPANRB 6/2022, predikat kinerja pegawai ditentukan dari kombinasi **rating hasil kerja** dan **rating perilaku kerja** (di atas, sesuai, atau di bawah ekspektasi). Jumlah pegawai yang bisa mendapat predikat tertentu memang dibatasi oleh **kurva distribusi** yang mengikuti predikat kinerja organisasi. Jadi "kuota terbatas" itu ada dasarnya.

Tetapi **sistem giliran tidak dikenal** dalam aturan. Penetapan predikat seharusnya berbasis bukti kinerja dan hasil dialog sepanjang tahun.

Soal keberatan: PP 30/2019 tentang Penilaian Kinerja PNS memberi ruang bagi pegawai untuk mengajukan **keberatan** atas hasil penilaian kepada atasan dari pejabat penilai. Atasan tersebut meminta penjelasan kedua pihak, dan keputusannya bersifat final. Cek aturan internal instansi untuk tenggat pengajuannya.`,
      },
      {
        author: 16,
        body: `Izin menyampaikan sudut pandang lain, tanpa maksud membela siapa pun. "Sering izin" belum tentu berarti kinerjanya rendah. Bisa saja izinnya resmi (misalnya mengurus keluarga yang sakit) dan hasil kerjanya tetap tercapai.

Yang dinilai seharusnya hasil kerja dan perilaku, bukan jam duduk di kantor. Jadi mungkin lebih adil kalau fokus pada pertanyaan: apakah hasil kerja saya didokumentasikan dan diakui?`,
      },
      {
        author: 22,
        anonymous: true,
        body: 'Pak Harimau benar, saya tidak tahu persis alasan izinnya, dan mungkin saya terlalu membandingkan. Tapi dua laporan yang saya kerjakan itu tidak tercatat sebagai hasil kerja saya di SKP, karena di awal tahun memang bukan tugas saya.',
        replyTo: 2,
      },
      {
        author: 3,
        body: 'Nah, itu poin pentingnya. Pekerjaan tambahan yang muncul di tengah tahun seharusnya dimasukkan ke SKP lewat **perubahan/penyesuaian SKP** atau dicatat sebagai tugas tambahan dalam evaluasi periodik. Kalau tidak tercatat, secara administrasi hasil itu "tidak terlihat" saat penilaian.',
        replyTo: 3,
      },
      {
        author: 2,
        body: `Membaca ceritanya, terasa sekali capeknya bekerja ekstra lalu merasa tidak dilihat. Perasaan tidak dihargai seperti ini wajar, dan tidak berarti Anda kurang bersyukur atau terlalu perhitungan.

Sebelum memutuskan keberatan atau tidak, mungkin boleh ditanyakan ke diri sendiri: yang paling saya butuhkan sekarang itu pengakuan, perubahan cara pembagian kerja, atau keduanya? Jawabannya bisa membantu memilih langkah yang paling tepat.`,
      },
      {
        author: 12,
        body: `Saya kebetulan atasan (pengawas) dengan 9 staf. Jujur, menentukan predikat itu bagian paling tidak enak dari pekerjaan saya. Kuota Sangat Baik di unit kami hanya 2.

Tapi saya setuju, jawaban "tahun depan giliranmu" itu keliru. Saya biasanya menjelaskan bukti apa yang membuat seseorang dinilai di atas ekspektasi, supaya yang lain tahu apa yang perlu ditunjukkan.`,
      },
      {
        author: 19,
        body: 'Di kantor saya malah terang-terangan digilir, Pak. Semua orang tahu tahun ini jatah siapa. Katanya supaya adil dan tidak ada yang iri.',
        replyTo: 6,
      },
      {
        author: 3,
        body: 'Niatnya mungkin menjaga suasana, tetapi pola bergilir membuat predikat kehilangan makna sebagai umpan balik, dan bisa merugikan pegawai yang sedang mengejar angka kredit atau seleksi talenta. Kalau pola itu terjadi, sebaiknya disampaikan sebagai masukan ke pengelola kinerja instansi.',
        replyTo: 7,
      },
      {
        author: 8,
        body: 'Saran praktis dari saya: setiap bulan saya simpan satu halaman catatan hasil kerja beserta buktinya (surat, laporan, tangkapan layar). Saat dialog kinerja akhir tahun, saya tinggal menunjukkan. Sejak itu penilaian saya lebih sesuai.',
      },
      {
        author: 22,
        anonymous: true,
        body: 'Update: saya sudah minta waktu dialog dengan atasan, membawa catatan dua laporan itu. Beliau mengakui lupa memasukkannya ke penyesuaian SKP. Predikat tahun lalu tidak berubah, tapi SKP tahun ini sudah mencantumkan tugas tambahan saya dan beliau berjanji evaluasi triwulan lebih rutin. Terima kasih semua, saya merasa lebih didengar.',
      },
    ],
  },
  {
    category: 'skp',
    title: 'Dialog kinerja dengan atasan hanya formalitas lima menit, bagaimana membuatnya lebih bermakna?',
    body: 'Di kantor kami dialog kinerja itu praktiknya atasan memanggil, bilang "sudah bagus, lanjutkan", lalu tanda tangan. Saya ingin mendapat umpan balik yang sungguhan supaya bisa berkembang. Bagaimana cara mengajak atasan berdialog tanpa terkesan menggurui?',
    tags: ['dialog-kinerja', 'umpan-balik', 'atasan'],
    author: 14,
    daysAgo: 38,
    replies: [
      {
        author: 3,
        body: `Strategi yang sering berhasil adalah **datang dengan bahan**, sehingga atasan tidak perlu menyiapkan apa-apa:
- ringkasan capaian per RHK dalam satu halaman,
- satu atau dua kendala yang Anda hadapi,
- **satu pertanyaan spesifik**, misalnya "Menurut Bapak, laporan mana yang paling perlu saya perbaiki kualitasnya?"

Pertanyaan spesifik lebih mudah dijawab daripada "bagaimana kinerja saya?". Dialog kinerja dalam PermenPANRB 6/2022 memang dimaksudkan berkelanjutan, jadi tidak harus menunggu akhir triwulan.`,
      },
      {
        author: 14,
        body: 'Ide satu pertanyaan spesifik itu bagus, Pak. Selama ini saya juga cuma datang dan menunggu.',
        replyTo: 0,
      },
      {
        author: 20,
        body: 'Saya pernah mencoba, dan atasan saya justru senang. Katanya jarang ada staf yang minta dikritik. Sejak itu dialog kami jadi 15–20 menit dan lebih santai.',
      },
      {
        author: 31,
        body: 'Kalau atasannya memang tidak mau diajak bicara, bagaimana? Atasan saya selalu bilang sibuk.',
        replyTo: 2,
      },
      {
        author: 20,
        body: 'Coba lewat pesan singkat dulu, Pak: kirim ringkasan satu halaman dan satu pertanyaan, minta jawaban kapan sempat. Beberapa atasan lebih nyaman menjawab tertulis daripada tatap muka.',
        replyTo: 3,
      },
    ],
  },
  {
    category: 'skp',
    title: 'e-Kinerja BKN error saat finalisasi SKP akhir tahun, apakah ada solusi?',
    body: 'Dua hari ini saya mencoba finalisasi penilaian SKP tahunan di e-Kinerja BKN, tapi selalu muncul pesan galat saat menekan tombol kirim. Tenggat dari kantor minggu ini. Ada yang mengalami dan tahu solusinya?',
    tags: ['e-kinerja', 'siasn', 'kendala-teknis'],
    author: 27,
    daysAgo: 90,
    replies: [
      {
        author: 26,
        body: `Beberapa penyebab yang sering saya temui sebagai operator:

1. **Data atasan penilai di SIASN tidak sesuai** (misalnya atasan baru dilantik tapi riwayat jabatannya belum diremajakan).
2. Ada **evaluasi periodik (triwulan) yang belum dinilai**, sehingga penilaian tahunan tidak bisa dikirim.
3. Masalah peramban: coba mode penyamaran atau hapus cache, dan gunakan peramban yang diperbarui.
4. Server sedang padat menjelang akhir tahun. Coba pagi hari sebelum jam kerja.`,
      },
      {
        author: 27,
        body: 'Terima kasih Pak. Ternyata nomor 2: triwulan III saya belum dinilai atasan. Setelah dinilai, finalisasinya lancar.',
        replyTo: 0,
      },
      {
        author: 3,
        body: 'Bagus, Pak/Bu. Sekadar mengingatkan semua: jangan menunggu akhir tahun untuk evaluasi triwulanan. Selain membuat finalisasi lancar, itu juga jadi bukti kalau nanti perlu dialog atau keberatan atas penilaian.',
      },
      {
        author: 9,
        body: 'Catatan nomor 1 itu juga sering terjadi di kantor kami. Atasan baru dilantik Oktober, tapi di SIASN masih jabatan lama, akhirnya semua SKP staf tertahan.',
      },
      {
        author: 26,
        body: 'Untuk kasus itu, ajukan peremajaan riwayat jabatan atasan lewat operator SIASN instansi dengan melampirkan SK pelantikan dan SPMT. Biasanya sehari dua hari selesai.',
        replyTo: 3,
      },
      {
        author: 1,
        body: 'Thread ini kami tandai sebagai rujukan kendala teknis e-Kinerja. Terima kasih Pak Komodo atas penjelasannya yang runtut.',
      },
    ],
  },
  {
    category: 'skp',
    title: 'Pindah unit kerja di bulan Juli, SKP tahunan saya dinilai oleh atasan yang mana?',
    body: 'Saya dipindah dari bidang pendapatan ke bidang aset pada bulan Juli. Semester pertama dinilai atasan lama, semester kedua atasan baru. Untuk penilaian tahunan, siapa yang menilai dan bagaimana nasib capaian saya di unit lama?',
    tags: ['skp', 'pindah-unit', 'pejabat-penilai'],
    author: 9,
    daysAgo: 57,
    replies: [
      {
        author: 3,
        body: `Saat pindah jabatan/unit, SKP disusun ulang untuk jabatan baru. Capaian di unit lama sebaiknya sudah **dievaluasi dan didokumentasikan** oleh atasan lama sebelum Anda pindah, melalui evaluasi periodik.

Penilaian tahunan kemudian ditetapkan oleh pejabat penilai di unit terakhir, dengan memperhatikan hasil evaluasi dari unit sebelumnya. Jadi pastikan evaluasi triwulan I dan II Anda di unit lama sudah lengkap di e-Kinerja.`,
      },
      {
        author: 9,
        body: 'Triwulan II saya belum dinilai atasan lama, Pak. Masih bisa diminta sekarang?',
        replyTo: 0,
      },
      {
        author: 3,
        body: 'Masih bisa selama periode penilaian belum ditutup. Hubungi atasan lama secepatnya dengan sopan. Kalau terkendala, minta bantuan pengelola kinerja di bagian kepegawaian.',
        replyTo: 1,
      },
      {
        author: 11,
        body: 'Pengalaman saya, atasan lama kadang sudah "lepas tangan". Datang langsung dengan membawa ringkasan capaian biasanya lebih cepat daripada lewat pesan.',
      },
    ],
  },
  {
    category: 'skp',
    title: 'Pertama kali mendapat predikat Butuh Perbaikan, apa konsekuensinya dan bagaimana bangkit?',
    body: `Tahun lalu saya sedang banyak masalah keluarga dan beberapa target tidak tercapai. Hasilnya predikat **Butuh Perbaikan**. Saya malu sekali dan takut.

Apa konsekuensinya secara aturan? Apakah bisa langsung kena sanksi atau dipecat? Dan bagaimana cara memperbaikinya tahun ini?`,
    tags: ['predikat-kinerja', 'butuh-perbaikan'],
    author: 30,
    anonymous: true,
    daysAgo: 22,
    replies: [
      {
        author: 3,
        body: `Tenang dulu, Pak/Bu. Satu kali predikat Butuh Perbaikan **tidak berujung pemberhentian**. Konsekuensi yang realistis:

- Untuk jabatan fungsional, konversi angka kredit tahun itu hanya **75%** dari koefisien.
- Syarat kenaikan pangkat yang mensyaratkan predikat minimal Baik menjadi tertunda.
- Komponen kinerja pada tukin/TPP tahun itu mungkin lebih rendah, tergantung aturan instansi.
- Atasan semestinya melakukan **pembinaan kinerja**, misalnya rencana perbaikan dan pendampingan.

Risiko yang lebih serius baru muncul jika predikat rendah terjadi berulang kali. Jadi fokusnya sekarang adalah memperbaiki tahun ini.`,
      },
      {
        author: 30,
        anonymous: true,
        body: 'Terima kasih Pak, saya agak lega. Saya kira satu kali saja sudah bisa diberhentikan.',
        replyTo: 0,
      },
      {
        author: 2,
        body: `Terima kasih sudah jujur menceritakan ini. Kinerja yang menurun saat ada masalah keluarga itu sangat manusiawi, bukan tanda bahwa Anda pegawai yang buruk.

Kalau masalah keluarganya masih berlangsung, mungkin perlu disampaikan secukupnya ke atasan agar target tahun ini realistis. Dan bila beban pikiran terasa terlalu berat, tidak ada salahnya mencari teman bicara, termasuk psikolog atau layanan konseling di instansi jika ada.`,
      },
      {
        author: 31,
        anonymous: true,
        body: 'Saya pernah mendapat predikat yang sama tiga tahun lalu karena sakit berkepanjangan. Tahun berikutnya saya dapat Baik, dan tahun lalu Sangat Baik. Jadi jangan merasa semuanya sudah tamat, Pak/Bu.',
      },
      {
        author: 30,
        anonymous: true,
        body: 'Membaca cerita ini saya jadi semangat lagi. Terima kasih.',
        replyTo: 3,
      },
      {
        author: 3,
        body: 'Satu saran konkret: minta ke atasan agar evaluasi dilakukan **bulanan** selama tahun ini, bukan hanya triwulanan. Umpan balik lebih cepat membantu Anda tahu apakah sudah di jalur yang benar.',
      },
    ],
  },
  {
    category: 'skp',
    title: 'Perilaku kerja BerAKHLAK di SKP sebenarnya dinilai dari apa, dan siapa yang menilai?',
    body: `Di SKP ada bagian perilaku kerja dengan tujuh nilai BerAKHLAK: berorientasi pelayanan, akuntabel, kompeten, harmonis, loyal, adaptif, dan kolaboratif. Atasan saya mengisi ekspektasinya dengan kalimat umum yang sama untuk semua staf.

Sebenarnya bagaimana perilaku kerja ini dinilai? Apakah hanya oleh atasan, atau bisa juga masukan dari rekan kerja? Dan bukti seperti apa yang bisa saya tunjukkan supaya penilaiannya tidak sekadar kesan?`,
    tags: ['berakhlak', 'perilaku-kerja', 'skp'],
    author: 11,
    daysAgo: 2,
    replies: [],
  },
]

// ---------------------------------------------------------------------------
// Disiplin & Etika
// ---------------------------------------------------------------------------
const DISIPLIN: SeedThread[] = [
  {
    category: 'disiplin',
    title: 'Hampir setiap hari terlambat 15 menit karena mengantar anak sekolah, apakah bisa kena hukuman disiplin?',
    body: `Sejak anak masuk SD, saya hampir setiap hari terlambat sekitar 15 menit karena sekolahnya baru buka gerbang pukul 07.00 dan jaraknya lumayan ke kantor. Sore harinya saya biasanya pulang lebih lambat untuk mengganti.

TPP saya dipotong sedikit setiap bulan, itu saya terima. Tapi kemarin ada rekan bilang keterlambatan bisa dihitung sampai jadi hukuman disiplin. Benarkah? Bagaimana hitungannya?`,
    tags: ['keterlambatan', 'pp-94-2021', 'jam-kerja'],
    author: 20,
    daysAgo: 16,
    replies: [
      {
        author: 7,
        body: `Benar, Bu. Dalam **PP 94/2021** tentang Disiplin PNS, keterlambatan masuk dan/atau pulang cepat **dihitung kumulatif**, dan setiap **7,5 jam** dikonversi menjadi **1 hari tidak masuk kerja**. Hari tidak masuk kerja kumulatif dalam setahun itulah yang menjadi dasar jenis hukuman.

Ilustrasi kasar: 15 menit × sekitar 240 hari kerja = 60 jam, atau sekitar **8 hari**. Angka itu sudah masuk rentang hukuman disiplin ringan (7–10 hari: pernyataan tidak puas secara tertulis).

Tetapi perhatikan: "pulang lebih lambat untuk mengganti" **tidak otomatis menghapus keterlambatan**, kecuali instansi Anda menerapkan jam kerja fleksibel yang mengatur hal itu secara resmi.`,
      },
      {
        author: 20,
        body: 'Astaghfirullah, saya kira selama pulang lebih sore itu aman. Terima kasih Pak Anoa sudah menjelaskan hitungannya.',
        replyTo: 0,
      },
      {
        author: 26,
        body: 'Dari sisi kepegawaian: coba tanyakan apakah kantor Ibu punya aturan jam kerja fleksibel. Di pemkab kami sejak tahun lalu boleh masuk antara 07.30–08.30 asal total jam kerja terpenuhi. Kalau ada, Ibu tinggal mendaftar pola itu.',
      },
      {
        author: 7,
        body: 'Betul. Perpres 21/2023 tentang Hari Kerja dan Jam Kerja Instansi Pemerintah mengatur jumlah jam kerja per minggu, dan instansi dapat mengatur pelaksanaannya. Jadi pengaturan jam masuk yang lebih fleksibel dimungkinkan, asal ditetapkan resmi oleh instansi.',
        replyTo: 2,
      },
      {
        author: 12,
        body: 'Solusi saya dulu: gantian antar dengan pasangan, atau titip ke tetangga yang anaknya satu sekolah, bayar bensin. Tidak ideal, tapi bisa mengurangi keterlambatan jadi dua kali seminggu.',
      },
      {
        author: 13,
        body: 'Saya paham sekali dilema Ibu. Kadang merasa bersalah ke anak kalau tidak mengantar, merasa bersalah ke kantor kalau terlambat. Semoga ada jalan tengah dari kantor.',
      },
      {
        author: 20,
        body: 'Saya sudah tanya bagian kepegawaian. Ternyata ada pola jam kerja bergeser untuk pegawai yang punya anak usia SD, hanya saja tidak disosialisasikan. Minggu depan saya mulai pakai pola itu. Terima kasih semuanya.',
        replyTo: 2,
      },
    ],
  },
  {
    category: 'disiplin',
    title: 'Dipanggil untuk pemeriksaan dugaan pelanggaran disiplin, apa saja hak saya?',
    body: `Saya menerima surat panggilan pemeriksaan terkait dugaan pelanggaran disiplin. Tuduhannya soal penggunaan kendaraan dinas di luar jam kerja, padahal waktu itu saya memakai kendaraan itu atas perintah lisan atasan.

Saya gugup sekali. Apa saja hak saya saat diperiksa? Bolehkah saya didampingi? Dan apa yang sebaiknya saya siapkan?`,
    tags: ['pemeriksaan', 'hukuman-disiplin', 'pp-94-2021'],
    author: 27,
    anonymous: true,
    daysAgo: 9,
    replies: [
      {
        author: 7,
        body: `Wajar gugup, Pak/Bu. Beberapa hal dalam PP 94/2021 yang perlu diketahui:

1. **Pemanggilan** dilakukan secara tertulis paling lambat 7 hari kerja sebelum pemeriksaan. Kalau tidak bisa hadir karena alasan sah, sampaikan tertulis.
2. Pemeriksaan dilakukan **secara tertutup** dan hasilnya dituangkan dalam **berita acara pemeriksaan (BAP)**.
3. Anda berhak memberi keterangan dan **menyerahkan bukti** yang meringankan. Bacalah BAP dengan teliti sebelum menandatangani, dan minta salinannya.
4. Soal pendamping, aturan tidak secara tegas mengatur pendampingan kuasa hukum dalam pemeriksaan internal. Sebagian instansi mengizinkan pendamping dari unit hukum atau Korpri. Tanyakan sebelum hari pemeriksaan.

**Yang perlu disiapkan:** kronologi tertulis (tanggal, jam, tujuan pemakaian), siapa saja yang mengetahui perintah lisan itu, dan bukti pendukung seperti pesan di ponsel.`,
      },
      {
        author: 27,
        anonymous: true,
        body: 'Terima kasih Pak. Ada pesan WhatsApp dari atasan yang meminta saya menjemput tamu pakai mobil itu. Apakah pesan seperti itu bisa jadi bukti?',
        replyTo: 0,
      },
      {
        author: 7,
        body: 'Bisa menjadi bukti pendukung. Cetak atau tangkap layar lengkap dengan tanggal dan jamnya, dan sebutkan dalam keterangan Anda. Sampaikan dengan tenang dan faktual, tanpa menyudutkan atasan.',
        replyTo: 1,
      },
      {
        author: 16,
        anonymous: true,
        body: 'Pengalaman saya dulu: jawab hanya yang ditanyakan, jangan melebar ke mana-mana karena gugup. Kalau lupa, bilang lupa. Dan minta waktu untuk membaca BAP, jangan langsung tanda tangan karena sungkan.',
      },
      {
        author: 2,
        body: 'Menunggu hari pemeriksaan bisa membuat susah tidur dan pikiran berputar terus. Menulis kronologi seperti saran Pak Anoa juga bisa membantu menenangkan, karena pikiran jadi lebih tertata. Semoga prosesnya adil.',
      },
      {
        author: 27,
        anonymous: true,
        body: 'Pemeriksaan sudah selesai. Saya sampaikan kronologi dan bukti pesan. Hasilnya belum keluar, tapi saya merasa sudah menyampaikan semuanya dengan jujur. Terima kasih semua, terutama tips soal membaca BAP, ternyata ada satu kalimat yang perlu saya koreksi.',
      },
    ],
  },
  {
    category: 'disiplin',
    title: 'Rekan kerja menyukai unggahan calon kepala daerah di media sosial, apakah itu pelanggaran netralitas?',
    body: 'Menjelang pilkada, saya lihat beberapa rekan kantor menekan tombol suka dan ikut berkomentar di unggahan salah satu calon kepala daerah. Ada juga yang membagikan ulang fotonya. Apakah itu termasuk pelanggaran netralitas ASN? Saya bingung harus mengingatkan atau diam saja.',
    tags: ['netralitas', 'media-sosial', 'pilkada'],
    author: 23,
    daysAgo: 100,
    replies: [
      {
        author: 7,
        body: `Ya, tindakan seperti itu termasuk yang dilarang. ASN wajib netral, dan PP 94/2021 melarang PNS memberikan dukungan kepada calon kepala daerah. Pedoman pengawasan netralitas ASN yang diterbitkan bersama oleh beberapa kementerian/lembaga menyebut contoh konkret di media sosial, antara lain:
- membuat, membagikan, menyukai, atau mengomentari unggahan kampanye calon,
- mengunggah foto bersama calon dengan simbol dukungan,
- ikut grup atau kanal pemenangan.

Sanksinya bisa berupa sanksi etik sampai hukuman disiplin, bergantung bobot pelanggarannya. Mengingatkan rekan secara pribadi dan sopan adalah langkah yang baik sebagai permulaan.`,
      },
      {
        author: 14,
        body: 'Apakah tombol suka saja benar-benar dihitung, Pak? Kadang kan tidak sengaja tersentuh waktu menggulir layar.',
        replyTo: 0,
      },
      {
        author: 7,
        body: 'Ketidaksengajaan tentu jadi pertimbangan dalam pemeriksaan. Tapi lebih aman menghindari berinteraksi dengan akun kampanye sama sekali selama masa pilkada, termasuk berhenti mengikuti sementara.',
        replyTo: 1,
      },
      {
        author: 18,
        body: 'Saya pribadi merasa aturan ini agak berlebihan. Hak pilih kita kan dijamin, masa sekadar menyukai unggahan saja tidak boleh.',
      },
      {
        author: 16,
        body: `Hak pilihnya tetap ada, Bu, di bilik suara. Yang dibatasi ekspresi dukungan di ruang publik, karena ASN melayani semua warga apa pun pilihannya.

Saya pernah melihat sendiri warga enggan mengurus layanan di kantor kami karena tahu petugasnya pendukung calon lawan. Sejak itu saya paham kenapa aturannya ketat.`,
        replyTo: 3,
      },
      {
        author: 18,
        body: 'Sudut pandang pelayanan itu belum terpikir oleh saya. Masuk akal, Pak. Terima kasih.',
        replyTo: 4,
      },
      {
        author: 1,
        body: 'Pengingat dari moderator: silakan membahas aturan netralitasnya, tapi mohon tidak menyebut nama calon, partai, atau daerah tertentu agar diskusi tetap aman untuk semua.',
      },
    ],
  },
  {
    category: 'disiplin',
    title: 'Membuka usaha jualan daring di luar jam kerja, apakah aman secara aturan bagi PNS?',
    body: 'Saya dan istri berencana membuka toko daring kecil (makanan ringan buatan sendiri). Saya hanya mengurus di malam hari dan akhir pekan. Apakah PNS boleh punya usaha sampingan seperti ini? Ada batasan yang perlu saya perhatikan?',
    tags: ['usaha-sampingan', 'konflik-kepentingan', 'kode-etik'],
    author: 18,
    daysAgo: 42,
    replies: [
      {
        author: 7,
        body: `Pada umumnya tidak ada larangan bagi PNS untuk memiliki usaha di luar jam kerja. Yang perlu dijaga:

- **Tidak dikerjakan di jam kerja** dan tidak memakai fasilitas kantor (komputer, printer, kendaraan, staf).
- **Tidak ada konflik kepentingan**, misalnya menjual ke instansi sendiri atau ke rekanan yang sedang berurusan dengan unit Anda.
- **Tidak memanfaatkan jabatan** untuk promosi atau tekanan, misalnya "menawarkan" ke bawahan.
- Jika Anda wajib lapor harta (LHKPN/LHKASN), usaha dan penghasilannya dilaporkan.

Sebagian instansi juga punya aturan internal, jadi cek juga ketentuan di tempat Anda.`,
      },
      {
        author: 18,
        body: 'Terima kasih Pak. Poin menawarkan ke bawahan itu saya catat, karena kebetulan saya punya empat staf.',
        replyTo: 0,
      },
      {
        author: 11,
        body: 'Di kantor saya banyak yang jualan lewat grup WhatsApp kantor. Tidak ada yang melarang, tapi jujur kadang jadi sungkan tidak membeli, apalagi kalau yang jualan atasan.',
        replyTo: 1,
      },
      {
        author: 7,
        body: 'Itu contoh yang tepat kenapa poin ketiga penting. Pilih kanal pemasaran di luar grup kerja supaya tidak ada rasa sungkan.',
        replyTo: 2,
      },
      {
        author: 25,
        body: 'Saya sudah 6 tahun punya usaha katering kecil. Kuncinya disiplin waktu: urusan pesanan saya pegang sebelum pukul 07.00 dan setelah pukul 17.00. Istri yang pegang siang hari. Tidak pernah ada masalah dengan kantor.',
      },
      {
        author: 18,
        body: 'Cerita Pak Sriti menguatkan. Semoga usahanya makin laris, Pak.',
        replyTo: 4,
      },
    ],
  },
  {
    category: 'disiplin',
    title: 'Mendapat parsel dari rekanan menjelang Lebaran, apakah wajib dilaporkan sebagai gratifikasi?',
    body: 'Kemarin ada parsel dikirim ke rumah dari perusahaan rekanan yang tahun ini mengerjakan proyek di bidang saya. Isinya makanan dan sirup. Saya tidak minta. Apakah harus dilaporkan? Kalau makanannya keburu kedaluwarsa bagaimana?',
    tags: ['gratifikasi', 'kode-etik', 'lebaran'],
    author: 18,
    daysAgo: 118,
    replies: [
      {
        author: 7,
        body: `Wajib dilaporkan, Pak/Bu, karena pemberinya rekanan yang berhubungan dengan jabatan Anda. Gratifikasi yang berhubungan dengan jabatan harus dilaporkan ke KPK **paling lambat 30 hari kerja** sejak diterima, bisa melalui Unit Pengendalian Gratifikasi (UPG) instansi atau pelaporan daring KPK.

Untuk barang yang mudah rusak seperti makanan, praktik yang dianjurkan adalah **menyalurkannya ke panti asuhan/lembaga sosial**, lalu melaporkannya disertai bukti penyaluran. Jangan dikonsumsi sendiri sebelum ada kejelasan.`,
      },
      {
        author: 18,
        body: 'Baik Pak, saya salurkan ke panti asuhan dekat rumah dan minta tanda terima, lalu lapor ke UPG. Terima kasih.',
        replyTo: 0,
      },
      {
        author: 15,
        body: 'Saran saya, sampaikan juga ke rekanannya dengan sopan bahwa tahun depan tidak perlu mengirim lagi. Banyak rekanan sebenarnya lega kalau diberi tahu, karena mereka juga merasa "wajib" mengirim.',
      },
      {
        author: 28,
        body: 'Setuju. Di unit kami sekarang ada surat pemberitahuan resmi ke semua rekanan setiap menjelang hari raya. Jumlah kiriman langsung turun drastis.',
        replyTo: 2,
      },
      {
        author: 1,
        body: 'Thread yang sangat baik untuk diingat setiap menjelang hari raya. Terima kasih sudah bertanya dan berbagi praktik baik.',
      },
    ],
  },
  {
    category: 'disiplin',
    title: 'Dijatuhi hukuman disiplin sedang berupa potongan tukin 25%, berapa lama dan apakah bisa keberatan?',
    body: 'Saya baru menerima SK hukuman disiplin sedang berupa pemotongan tunjangan kinerja 25%. Di SK tertulis 9 bulan. Saya merasa hukumannya terlalu berat untuk kesalahan saya. Apakah saya bisa mengajukan keberatan, ke mana, dan apakah hukuman ini memengaruhi kenaikan pangkat saya?',
    tags: ['hukuman-disiplin', 'keberatan', 'tunjangan-kinerja'],
    author: 28,
    anonymous: true,
    daysAgo: 67,
    replies: [
      {
        author: 7,
        body: `Dalam PP 94/2021, hukuman disiplin sedang memang berupa pemotongan tukin **25%** selama **6, 9, atau 12 bulan**, bergantung pelanggarannya.

Atas hukuman disiplin, PNS dapat menempuh **upaya administratif**. Untuk hukuman disiplin sedang, bentuknya **keberatan** yang diajukan tertulis kepada atasan pejabat yang berwenang menghukum, disertai alasan, dalam tenggat yang singkat (hitungan hari kerja sejak keputusan diterima). Segera cek pasal dan tanggal penerimaan SK Anda.

Soal pangkat: selama menjalani hukuman, usulan kenaikan pangkat umumnya tidak dapat diproses. Setelah masa hukuman selesai, hak itu pulih kembali.`,
      },
      {
        author: 28,
        anonymous: true,
        body: 'Terima kasih Pak. Tenggatnya ternyata sudah hampir habis. Saya akan menyusun surat keberatan malam ini.',
        replyTo: 0,
      },
      {
        author: 2,
        body: 'Menerima SK hukuman itu berat, apalagi kalau merasa tidak proporsional. Apa pun hasil keberatannya nanti, hukuman ini tidak mendefinisikan seluruh diri dan pengabdian Anda. Semoga ada orang terdekat yang bisa menemani melewati masa ini.',
      },
      {
        author: 31,
        anonymous: true,
        body: 'Saya pernah menjalani hukuman yang sama, 6 bulan. Yang membantu saya adalah tetap bekerja sebaik mungkin selama masa hukuman. Setelah selesai, atasan justru lebih percaya karena melihat saya tidak patah semangat.',
      },
    ],
  },
]

// ---------------------------------------------------------------------------
// Karier & Kompetensi
// ---------------------------------------------------------------------------
const KARIER: SeedThread[] = [
  {
    category: 'karier',
    title: 'Usia 38 tahun dan masih pelaksana: lebih baik pindah ke jabatan fungsional atau menunggu jabatan struktural?',
    body: `Bapak/Ibu, saya pelaksana golongan III/b, usia 38, S1 Ekonomi. Sudah 12 tahun di bagian keuangan. Beberapa senior menyarankan saya sabar menunggu jabatan pengawas. Yang lain bilang jabatan struktural makin sedikit sejak penyederhanaan birokrasi, lebih baik pindah ke JF seperti analis keuangan atau auditor.

Saya takut salah langkah kedua kalinya. Bagaimana menimbangnya?`,
    tags: ['jabatan-fungsional', 'pelaksana', 'jalur-karier'],
    author: 15,
    daysAgo: 35,
    replies: [
      {
        author: 7,
        body: `Beberapa hal untuk ditimbang, Pak:

1. **Ketersediaan jabatan.** Sejak penyederhanaan birokrasi, banyak jabatan pengawas dan administrator dialihkan menjadi fungsional. Lihat berapa jabatan pengawas di instansi Anda dan berapa orang yang antre.
2. **Kecocokan pekerjaan.** Pilih JF yang butir pekerjaannya sudah Anda kerjakan sehari-hari, sehingga transisinya alami. Pengalaman 12 tahun di keuangan adalah modal yang kuat.
3. **Syarat perpindahan.** Perpindahan dari jabatan lain ke JF melalui uji kompetensi dan ada batas usia; di usia 38 Anda masih sangat memungkinkan.
4. **Kebutuhan formasi.** Pastikan JF yang diincar memang dibutuhkan dalam peta jabatan unit Anda.

Pindah ke JF juga tidak menutup pintu struktural. Pejabat fungsional tetap bisa mengikuti seleksi jabatan manajerial bila memenuhi syarat.`,
      },
      {
        author: 15,
        body: 'Terima kasih Pak Anoa. Di kantor kami jabatan pengawas tinggal 4, dan yang antre lebih dari 10 orang. Sepertinya jawabannya sudah jelas.',
        replyTo: 0,
      },
      {
        author: 21,
        body: 'Saya dulu juga pelaksana 15 tahun, lalu pindah ke JF di usia 44. Menyesalnya cuma satu: kenapa tidak dari dulu. Pekerjaannya sama, tapi jalurnya jelas dan bisa direncanakan.',
      },
      {
        author: 25,
        body: `Izin berbeda pendapat sedikit. Di instansi saya, JF analis keuangan kerjanya jadi "serabutan" karena tetap disuruh urusan administrasi, sementara angka kreditnya bergantung pada SKP yang kadang tidak mencerminkan pekerjaannya.

Jadi jangan pindah hanya karena jalur struktural sempit. Pastikan dulu atasan paham peran JF itu.`,
      },
      {
        author: 7,
        body: 'Catatan Pak Sriti penting. Sebelum pindah, minta gambaran dari pejabat fungsional yang sudah ada di instansi, bagaimana pembagian kerja dan penilaiannya sehari-hari.',
        replyTo: 3,
      },
      {
        author: 3,
        body: 'Menambahkan dari sisi pangkat: untuk pelaksana dengan S1, pindah ke JF kategori keahlian juga membuka jalur kenaikan pangkat berbasis angka kredit, tidak hanya mengandalkan masa kerja 4 tahunan. Ini relevan kalau Bapak khawatir pangkat mentok di jalur pelaksana.',
      },
      {
        author: 15,
        body: 'Betul Pak Kancil, saya memang khawatir mentok seperti yang diceritakan di thread lain. Saya akan minta waktu dengan pejabat fungsional senior di kantor untuk tanya-tanya dulu.',
        replyTo: 5,
      },
      {
        author: 10,
        body: 'Semoga lancar Pak. Update di sini ya nanti, banyak yang bakal terbantu dengan ceritanya.',
      },
    ],
  },
  {
    category: 'karier',
    title: 'Tugas belajar S2 atau izin belajar, mana yang lebih menguntungkan untuk karier?',
    body: 'Saya diterima S2 di kampus negeri. Ada peluang beasiswa dengan status tugas belajar, atau saya kuliah biaya sendiri dengan izin belajar (kelas malam). Apa saja konsekuensi masing-masing terhadap gaji, tunjangan, jabatan, dan kenaikan pangkat?',
    tags: ['tugas-belajar', 'izin-belajar', 'studi-lanjut'],
    author: 29,
    daysAgo: 85,
    replies: [
      {
        author: 7,
        body: `Perbandingan singkatnya:

**Tugas belajar**
- Biasanya dibiayai (beasiswa/instansi), Anda dibebaskan dari tugas jabatan selama studi.
- Gaji tetap dibayar; tukin/TPP umumnya tidak dibayar penuh, bergantung aturan instansi.
- Bagi pejabat fungsional, tugas belajar yang lama dapat membuat Anda **diberhentikan sementara** dari JF dan diangkat kembali setelah selesai.
- Ada **ikatan dinas** setelah lulus, lamanya sesuai perjanjian (sering sekitar dua kali masa studi).

**Izin belajar**
- Biaya sendiri, kuliah di luar jam kerja, Anda tetap bekerja dan menerima penghasilan penuh.
- Beban ganda kerja dan kuliah cukup berat.
- Ijazahnya bisa dipakai untuk pengembangan karier bila sesuai kebutuhan jabatan.

Pilihannya bergantung pada kondisi keuangan keluarga, dukungan atasan, dan apakah Anda sanggup membagi waktu.`,
      },
      {
        author: 29,
        body: 'Terima kasih Pak. Soal diberhentikan sementara dari JF itu yang membuat saya ragu. Apakah angka kredit saya hilang?',
        replyTo: 0,
      },
      {
        author: 7,
        body: 'Tidak hilang. Angka kredit yang sudah dimiliki tetap tercatat dan diperhitungkan ketika Anda diangkat kembali. Yang tertunda adalah akumulasi angka kredit selama masa studi.',
        replyTo: 1,
      },
      {
        author: 17,
        body: 'Saya tugas belajar dengan beasiswa 2 tahun. Tukin dibayar 50% di instansi saya. Berat di awal, tapi bisa fokus belajar dan tesisnya selesai tepat waktu. Kalau izin belajar, rekan saya butuh 4 tahun karena keteteran.',
      },
      {
        author: 20,
        body: 'Sebaliknya saya izin belajar, kuliah Jumat malam dan Sabtu. Lulus 2,5 tahun. Kuncinya atasan yang mendukung dan tidak memberi rapat di Jumat sore, hehe.',
        replyTo: 3,
      },
      {
        author: 29,
        body: 'Dua pengalaman yang sama-sama berguna. Sepertinya saya akan coba beasiswa dulu, kalau tidak lolos, izin belajar. Terima kasih semuanya.',
      },
    ],
  },
  {
    category: 'karier',
    title: 'Bagaimana memenuhi 20 JP pengembangan kompetensi per tahun, dan pelatihan daring apa saja yang diakui?',
    body: 'Kata bagian kepegawaian, setiap PNS harus punya minimal 20 JP pengembangan kompetensi per tahun. Anggaran diklat di kantor kami sangat terbatas. Apakah webinar gratis bisa dihitung? Pelatihan daring apa saja yang diakui dan bagaimana mencatatnya?',
    tags: ['pengembangan-kompetensi', 'jam-pelajaran', 'pelatihan'],
    author: 10,
    daysAgo: 11,
    replies: [
      {
        author: 3,
        body: `Hak pengembangan kompetensi paling sedikit **20 JP per tahun** diatur dalam PP 11/2017 sebagaimana diubah PP 17/2020. Bentuknya tidak hanya pelatihan klasikal. Peraturan LAN Nomor 10 Tahun 2018 mengakui juga bentuk **nonklasikal**, misalnya:
- e-learning dan pembelajaran jarak jauh,
- coaching dan mentoring,
- magang, detasering, atau pertukaran pegawai,
- seminar/konferensi, selama ada bukti dan relevan dengan kompetensi.

Webinar bisa dihitung jika penyelenggaranya mencantumkan JP dan ada sertifikat, serta diakui oleh instansi Anda. Simpan sertifikatnya dan unggah ke riwayat diklat di SIASN/MyASN atau sistem kompetensi instansi.`,
      },
      {
        author: 10,
        body: 'Terima kasih Pak. Coaching dan mentoring dari atasan juga bisa dihitung? Kebetulan atasan saya rutin membimbing.',
        replyTo: 0,
      },
      {
        author: 3,
        body: 'Bisa, asalkan terdokumentasi: ada rencana, catatan sesi, dan jumlah jamnya. Bicarakan dengan bagian pengembangan SDM bagaimana format pencatatannya di instansi Anda.',
        replyTo: 1,
      },
      {
        author: 14,
        body: 'Hati-hati dengan webinar yang menjual "sertifikat 32 JP" dengan bayar. Di kantor kami sertifikat seperti itu ditolak karena penyelenggaranya tidak jelas. Lebih aman pelatihan dari LAN, pusdiklat kementerian, atau BPSDM provinsi.',
      },
      {
        author: 24,
        body: 'Tambahan: banyak pusdiklat kementerian punya kelas daring mandiri gratis untuk ASN. Saya menyelesaikan 3 kelas soal penulisan kebijakan dan analisis data, total lebih dari 30 JP.',
      },
      {
        author: 9,
        body: 'Setuju dengan Bu Lumba. Teman saya sudah keluar uang cukup banyak untuk sertifikat, akhirnya tidak diakui. Cek dulu ke kepegawaian sebelum daftar.',
        replyTo: 3,
      },
      {
        author: 10,
        body: 'Catatan dari semua sangat membantu. Saya sudah daftar dua kelas daring pusdiklat dan mulai mencatat sesi mentoring dengan atasan.',
      },
    ],
  },
  {
    category: 'karier',
    title: 'Masuk tiga besar seleksi terbuka JPT tapi yang dilantik orang lain, wajarkah saya kecewa?',
    body: 'Saya mengikuti seleksi terbuka jabatan pimpinan tinggi pratama dan masuk tiga besar dengan nilai tertinggi, menurut informasi yang saya dengar. Tapi yang dilantik orang lain. Saya mencoba menerima, tapi kecewa dan malu bertemu rekan kerja. Apakah nilai tertinggi tidak berarti apa-apa?',
    tags: ['seleksi-terbuka', 'jpt', 'kekecewaan'],
    author: 17,
    anonymous: true,
    daysAgo: 62,
    replies: [
      {
        author: 7,
        body: `Secara aturan, panitia seleksi menyampaikan **tiga nama terbaik** kepada PPK, dan PPK **memilih satu** dari ketiganya. Peringkat nilai menjadi bahan pertimbangan, tetapi bukan kewajiban memilih nilai tertinggi. Jadi tidak dilantiknya Anda tidak berarti proses itu otomatis salah, juga tidak berarti kompetensi Anda kurang.

Hasil seleksi Anda tetap berguna: masuk tiga besar menunjukkan Anda memenuhi standar kompetensi jabatan itu, dan rekam jejaknya bisa menjadi modal untuk seleksi berikutnya atau untuk manajemen talenta instansi.`,
      },
      {
        author: 2,
        body: `Kecewa setelah berusaha sungguh-sungguh itu sangat wajar, dan rasa malu yang Anda ceritakan juga sering muncul pada orang yang pernah ikut seleksi terbuka. Padahal, banyak rekan justru melihat keberanian Anda ikut seleksi.

Beri waktu untuk merasakan kecewanya dulu, tidak perlu memaksakan diri langsung "ikhlas". Kalau sudah lebih tenang, mungkin bisa meminta umpan balik dari panitia seleksi sebagai bahan seleksi berikutnya.`,
      },
      {
        author: 12,
        anonymous: true,
        body: 'Saya dua kali masuk tiga besar dan tidak dipilih, baru ketiga kalinya dilantik. Di kesempatan ketiga saya lebih siap dan lebih tenang. Jangan berhenti mencoba, Pak/Bu.',
      },
    ],
  },
  {
    category: 'karier',
    title: 'Manajemen talenta ASN: apa itu talent pool dan bagaimana caranya bisa masuk?',
    body: 'Instansi kami mulai menerapkan manajemen talenta dan ada istilah "kotak 9" dan "talent pool". Saya masih bingung bagaimana pegawai bisa masuk talent pool, apa saja yang dinilai, dan apa manfaatnya untuk karier.',
    tags: ['manajemen-talenta', 'talent-pool', 'pengembangan-karier'],
    author: 21,
    daysAgo: 6,
    replies: [
      {
        author: 3,
        body: `Manajemen talenta ASN dirujuk pada **PermenPANRB Nomor 3 Tahun 2020**, dan semangatnya diperkuat oleh UU 20/2023 tentang ASN. Inti mekanismenya:

- Pegawai dipetakan dalam **matriks 9 kotak** berdasarkan dua sumbu: **kinerja** (dari penilaian kinerja beberapa tahun terakhir) dan **potensi** (dari hasil asesmen kompetensi dan potensi).
- Pegawai di kotak dengan kinerja dan potensi tinggi masuk **talent pool**, yang menjadi sumber kandidat untuk jabatan kritis atau promosi.
- Mereka yang di talent pool biasanya mendapat program pengembangan khusus.

Jadi yang bisa Anda lakukan: menjaga predikat kinerja, mengikuti asesmen kompetensi ketika dibuka, dan menyelesaikan pengembangan kompetensi yang relevan.`,
      },
      {
        author: 21,
        body: 'Terima kasih Pak. Kalau belum pernah ikut asesmen, berarti posisi saya di sumbu potensi belum terisi ya?',
        replyTo: 0,
      },
      {
        author: 3,
        body: 'Betul, sehingga pemetaannya belum utuh. Tanyakan ke bagian pengembangan SDM jadwal asesmen berikutnya dan bagaimana cara mendaftar.',
        replyTo: 1,
      },
      {
        author: 11,
        body: 'Di instansi saya, hasil kotak 9 ditampilkan ke pegawai masing-masing. Awalnya kaget karena saya di kotak tengah, tapi setelah diskusi dengan atasan jadi tahu kompetensi apa yang perlu dikembangkan.',
      },
      {
        author: 16,
        body: 'Semoga penerapannya benar-benar objektif ya. Kekhawatiran saya, talent pool hanya jadi nama baru untuk "orang dekat pimpinan".',
        replyTo: 3,
      },
    ],
  },
  {
    category: 'karier',
    title: 'Ada yang pernah mengikuti Pelatihan Kepemimpinan Administrator sambil tetap bekerja?',
    body: `Saya baru dilantik sebagai administrator dan dijadwalkan mengikuti Pelatihan Kepemimpinan Administrator (PKA) dengan pola blended: ada pembelajaran jarak jauh, klasikal, dan aktualisasi di tempat kerja.

Bagaimana pengalaman Bapak/Ibu membagi waktu antara pelatihan dan pekerjaan? Proyek perubahan seperti apa yang biasanya dinilai baik oleh penguji?`,
    tags: ['pka', 'pelatihan-kepemimpinan', 'proyek-perubahan'],
    author: 8,
    daysAgo: 4,
    replies: [],
  },
]

// ---------------------------------------------------------------------------
// Kesejahteraan & Stres Kerja
// ---------------------------------------------------------------------------
const KESEJAHTERAAN: SeedThread[] = [
  {
    category: 'kesejahteraan',
    title: 'Lembur terus setiap akhir tahun anggaran, bagaimana kalian menjaga kewarasan?',
    body: `Selamat malam Bapak/Ibu. Saya menulis ini dari kantor, pukul 21.40.

Saya staf keuangan di sebuah dinas, mengurus SPJ dan pencairan. Sejak pertengahan November hampir setiap hari saya pulang di atas jam 10 malam, Sabtu juga masuk. Semua SPJ dari bidang teknis datang menumpuk di akhir tahun, dan tenggat dari BPKAD tidak bisa ditawar.

Yang saya rasakan beberapa minggu ini:
- tidur 4–5 jam, bangun tetap capek,
- sering sakit kepala dan tengkuk tegang,
- mudah tersinggung, bahkan ke anak dan pasangan,
- merasa bersalah kalau pulang "cepat" jam 7 malam, padahal itu pun sudah lewat jam kerja.

Pasangan saya mulai protes karena anak-anak hampir tidak pernah melihat saya bangun. Saya sendiri bingung: ini memang risiko pekerjaan yang harus diterima, atau ada yang salah dengan cara saya bekerja?

Bagaimana Bapak/Ibu yang mengalami hal serupa menjaga kewarasan? Apa yang bisa saya ubah, dan apa yang sebaiknya saya sampaikan ke atasan? Terima kasih sudah membaca curhatan panjang ini.`,
    tags: ['lembur', 'burnout', 'akhir-tahun-anggaran', 'keseimbangan-hidup'],
    author: 19,
    daysAgo: 27,
    replies: [
      {
        author: 12,
        body: 'Peluk virtual, Pak/Bu. Saya dulu bendahara pengeluaran 7 tahun sebelum jadi pengawas, dan Desember selalu jadi bulan terberat. Anda tidak sendirian, dan apa yang Anda rasakan itu bukan lebay.',
      },
      {
        author: 2,
        body: `Terima kasih sudah menuliskannya dengan jujur. Dari yang Anda ceritakan, tubuh dan emosi Anda sedang memberi sinyal yang cukup jelas: tidur yang tidak memulihkan, sakit kepala, dan mudah tersinggung. Itu tanda kelelahan yang menumpuk, bukan tanda Anda lemah.

Sebelum bicara soal mengubah sistem, boleh saya tanya: dalam seminggu ini, adakah satu waktu kecil yang benar-benar untuk diri sendiri, walau 15 menit? Kalau belum ada, mungkin itu titik mulai yang paling realistis.`,
      },
      {
        author: 19,
        body: 'Jujur tidak ada, Bu/Pak. Bahkan makan siang pun sambil memeriksa kuitansi. Baru sadar setelah ditanya begini.',
        replyTo: 1,
      },
      {
        author: 3,
        body: `Dari sisi aturan, sekadar untuk pegangan:
- **Perpres 21/2023** menetapkan jam kerja ASN **37,5 jam per minggu**. Di atas itu sudah masuk kategori kerja lembur.
- Kerja lembur semestinya didasarkan pada **surat perintah kerja lembur (SPKL)** dari atasan, dan uang lembur dibayar sesuai standar biaya yang berlaku.
- Lembur tanpa SPKL biasanya tidak bisa dibayar dan juga tidak tercatat sebagai beban kerja resmi.

Jadi meminta SPKL itu bukan sekadar soal uang, tapi juga cara membuat beban kerja Anda terlihat di mata organisasi.`,
      },
      {
        author: 23,
        body: `Saya di BPKAD kabupaten, jadi melihat dari sisi seberang. Akar masalahnya hampir selalu sama: **SPJ bidang teknis tidak ditutup tiap bulan**, sehingga semuanya tumpah di Desember.

Beberapa OPD di tempat kami sudah menerapkan "tutup buku bulanan": tanggal 10 setiap bulan, SPJ bulan sebelumnya wajib masuk. Lembur Desember mereka turun drastis. Mungkin ini bisa jadi usulan ke atasan Bapak/Ibu untuk tahun depan.`,
      },
      {
        author: 28,
        anonymous: true,
        body: 'Maaf kalau terdengar pesimis. Menurut saya ini sudah budaya, tidak akan berubah. Sudah 15 tahun saya lihat polanya sama. Yang bisa diubah cuma cara kita menyikapinya, jadi terima saja dan jaga kesehatan.',
      },
      {
        author: 16,
        body: `Izin berbeda pendapat, Pak/Bu. Budaya bisa berubah, walau pelan. Kantor saya dulu persis seperti itu. Kepala dinas baru mewajibkan SPJ bulanan dan melarang rapat setelah jam 4 sore. Tahun pertama banyak yang mengeluh, tahun kedua semua merasakan manfaatnya.

Memang tidak bisa diubah oleh satu staf sendirian, tapi usulan dari bawah dengan data konkret itu sering jadi pemicunya.`,
        replyTo: 5,
      },
      {
        author: 28,
        anonymous: true,
        body: 'Mungkin saya memang terlalu lama di lingkungan yang sama, jadi sudah tidak percaya ada yang bisa berubah. Senang mendengar ada kantor yang berhasil.',
        replyTo: 6,
      },
      {
        author: 5,
        anonymous: true,
        body: `Saya baru 2 tahun jadi PNS, dan yang saya alami agak beda: senior-senior pulang tepat waktu, pekerjaan "dilempar" ke kami yang muda. Alasannya "biar belajar".

Saya tidak berani menolak karena takut dicap tidak loyal dan memengaruhi penilaian perilaku kerja. Ada yang punya saran?`,
      },
      {
        author: 2,
        body: `Takut dicap tidak loyal itu sangat bisa dipahami, apalagi di awal karier. Menolak tidak harus berarti berkata "tidak". Kadang cukup memperjelas batas, misalnya:

"Baik, Pak/Bu. Saat ini saya sedang menyelesaikan X untuk tenggat besok. Yang ini bisa saya kerjakan besok pagi, atau ada yang ingin didahulukan?"

Kalimat seperti itu menunjukkan Anda mau bekerja, sambil mengembalikan keputusan prioritas ke pemberi tugas.`,
        replyTo: 8,
      },
      {
        author: 19,
        body: 'Betul sekali, Pak Camar. Di tempat saya, SPJ dari tiga bidang masuk di tanggal 18–20 Desember semua. Padahal kegiatannya sudah selesai sejak Agustus.',
        replyTo: 4,
      },
      {
        author: 13,
        anonymous: true,
        body: `Membaca ini saya ikut menangis sedikit. Minggu lalu anak saya yang kelas 2 SD bilang, "Ibu kerja terus, Ibu sayang kantor ya?" Saya menangis di mobil sebelum masuk rumah supaya anak tidak lihat.

Rasanya seperti gagal di dua tempat sekaligus, di kantor tidak pernah selesai, di rumah tidak pernah ada.`,
      },
      {
        author: 2,
        body: `Kalimat anak itu pasti sangat membekas. Tapi perasaan "gagal di dua tempat" sering muncul justru pada orang yang sangat peduli di dua tempat itu.

Mungkin bisa dicoba ritual kecil yang konsisten, misalnya 10 menit membacakan cerita sebelum tidur atau sarapan bersama walau sebentar. Anak biasanya lebih mengingat kehadiran yang rutin daripada lamanya waktu.`,
        replyTo: 11,
      },
      {
        author: 25,
        body: `Izin berbagi dari yang sudah lebih tua. Hampir 30 tahun saya bekerja, dan lembur akhir tahun tidak pernah benar-benar hilang. Yang saya sesali bukan lemburnya, tapi bahwa saya menganggap semua lembur itu wajib.

Padahal separuhnya bisa dicegah kalau saya berani bilang dari bulan Juni bahwa SPJ harus masuk. Jangan menunggu 30 tahun untuk sadar seperti saya.`,
      },
      {
        author: 4,
        body: `Tips teknis yang membantu saya waktu masih di bagian keuangan:
- **Kelompokkan pekerjaan sejenis.** Periksa kuitansi sekaligus, input sekaligus, jangan bolak-balik.
- **Daftar periksa SPJ** per jenis kegiatan, dibagikan ke bidang teknis di awal tahun, supaya berkas yang datang sudah lengkap.
- **Blok 2 jam pagi** tanpa menerima tamu atau telepon untuk pekerjaan yang butuh konsentrasi.

Dengan cara ini lembur saya berkurang dari tiap malam jadi 2–3 malam seminggu di bulan Desember.`,
      },
      {
        author: 19,
        body: 'Pak Rusa, daftar periksa SPJ itu menarik sekali. Bisakah dijelaskan isinya kira-kira apa saja?',
        replyTo: 14,
      },
      {
        author: 4,
        body: `Tentu, versi sederhananya:
1. Dokumen dasar: SK/surat tugas, undangan, daftar hadir.
2. Bukti belanja: kuitansi, faktur, bukti pajak.
3. Dokumentasi: foto kegiatan, notulen.
4. Kolom tanda tangan PPTK dan tanggal penyerahan.

Setiap bidang mencentang sebelum menyerahkan. Berkas yang belum lengkap langsung dikembalikan dengan catatan, tidak ditumpuk di meja saya.`,
        replyTo: 15,
      },
      {
        author: 3,
        body: 'Satu hal lagi yang sering terlupa: pekerjaan akhir tahun yang luar biasa ini sebaiknya **tercatat dalam SKP** sebagai capaian atau tugas tambahan, lengkap dengan bukti. Sampaikan dalam dialog kinerja. Kerja keras yang tidak tercatat mudah dilupakan saat penilaian.',
      },
      {
        author: 31,
        anonymous: true,
        body: 'Tahun lalu saya memaksakan diri terus sampai akhirnya dirawat 3 hari karena lambung. Ironisnya, setelah saya dirawat pekerjaan tetap bisa dibagi ke orang lain. Jadi tolong, Pak/Bu, jangan tunggu tubuh yang memaksa berhenti.',
      },
      {
        author: 30,
        body: `Saya perawat di puskesmas. Menguatkan cerita di atas: sakit kepala dan tengkuk tegang yang terus-menerus sebaiknya diperiksakan, minimal cek tekanan darah. Kurang tidur berminggu-minggu juga memengaruhi tekanan darah dan lambung.

Hal sederhana: minum air cukup, batasi kopi setelah jam 3 sore, dan usahakan jam tidur yang sama walau singkat.`,
        replyTo: 18,
      },
      {
        author: 19,
        body: 'Terima kasih Bu/Pak Cicak. Saya memang belum pernah cek tekanan darah sejak tahun lalu. Minggu ini saya sempatkan ke puskesmas.',
        replyTo: 19,
      },
      {
        author: 22,
        anonymous: true,
        body: 'Saya sedang membaca thread ini sambil menyeduh kopi sachet ketiga malam ini. Sepertinya saya juga perlu berkaca, hehe.',
      },
      {
        author: 2,
        body: 'Kopi ketiga bisa jadi tanda yang patut diperhatikan, Pak/Bu. Semoga malam ini bisa pulang sedikit lebih awal dan tidur cukup.',
        replyTo: 21,
      },
      {
        author: 12,
        body: 'Pak Kancil, di kantor kami SPKL ada, tapi uang lembur dibatasi 2 jam sehari. Selebihnya dianggap sukarela. Apakah memang begitu aturannya?',
        replyTo: 3,
      },
      {
        author: 6,
        body: `Izin menjawab, Pak. Besaran dan batas jam lembur yang bisa dibayar mengikuti **standar biaya** yang berlaku di instansi (standar biaya masukan untuk pusat, atau standar harga satuan yang ditetapkan kepala daerah). Di dalamnya biasanya ada batas jam per hari dan per bulan.

Jadi pembatasan itu kemungkinan sesuai standar biayanya. Tapi kalau lembur melebihi batas terjadi terus-menerus, itu sinyal untuk **perencanaan beban kerja**, bukan untuk diterima sebagai "sukarela" selamanya.`,
        replyTo: 23,
      },
      {
        author: 8,
        anonymous: true,
        body: 'Yang paling melelahkan buat saya bukan lemburnya, tapi atasan yang pulang jam 4 sore lalu mengirim pesan tugas jam 9 malam, "tolong besok pagi sudah ada ya".',
      },
      {
        author: 16,
        body: 'Coba biasakan membalas dengan pertanyaan klarifikasi, Pak/Bu: "Siap, untuk dibahas jam berapa besok, Pak?" Kadang ternyata baru dibutuhkan siang, jadi bisa dikerjakan pagi hari di kantor.',
        replyTo: 25,
      },
      {
        author: 2,
        body: `Karena banyak yang bercerita serupa, izin merangkum beberapa tanda yang perlu diperhatikan:
- capek yang tidak hilang setelah istirahat atau libur,
- merasa jauh atau sinis terhadap pekerjaan yang dulu dinikmati,
- merasa apa pun yang dikerjakan tidak ada artinya,
- keluhan fisik yang terus berulang.

Kalau beberapa tanda itu berlangsung berminggu-minggu, pertimbangkan untuk bicara dengan tenaga profesional. Banyak puskesmas sekarang punya layanan psikolog, dan bisa juga lewat rujukan BPJS. Mencari bantuan itu bentuk merawat diri, bukan tanda menyerah.`,
      },
      {
        author: 19,
        body: `Update, Bapak/Ibu. Kemarin saya memberanikan diri bicara dengan kepala bidang, membawa catatan jam pulang saya selama sebulan dan daftar SPJ yang masuk terlambat. Ternyata beliau tidak tahu separah itu.

Hasilnya:
1. Lembur dibatasi maksimal sampai pukul 21.00, dengan SPKL.
2. Sabtu bergiliran, tidak semua staf masuk.
3. Tahun depan diusulkan tutup SPJ bulanan seperti saran Pak Camar.

Belum sempurna, tapi rasanya seperti ada yang mendengar.`,
      },
      {
        author: 10,
        body: 'Ikut senang sekali membacanya! Data jam pulang itu ide cerdas. Saya mau meniru untuk bicara dengan atasan saya.',
        replyTo: 28,
      },
      {
        author: 28,
        anonymous: true,
        body: 'Baiklah, saya tarik kata-kata saya soal budaya tidak bisa berubah, hehe. Selamat, Pak/Bu, semoga konsisten berjalan.',
        replyTo: 28,
      },
      {
        author: 5,
        anonymous: true,
        body: 'Kabar kecil dari saya: kemarin saya coba kalimat dari Bu/Pak Merpati ke senior. Ternyata dia bilang "oh ya sudah, besok saja". Selama ini saya yang terlalu takut.',
        replyTo: 9,
      },
      {
        author: 1,
        body: 'Terima kasih semua yang sudah berbagi dengan hangat di thread ini. Thread ini kami sematkan sebagai rujukan. Pengingat kecil: tetap hindari menyebut nama instansi atau atasan secara spesifik, supaya semua bisa bercerita dengan aman.',
      },
      {
        author: 19,
        body: 'Seminggu setelah pembatasan jam lembur, tidur saya sudah 6 jam dan sakit kepala jauh berkurang. Tensi saya ternyata memang agak tinggi, sekarang sedang dipantau. Terima kasih semuanya, saya tidak menyangka curhatan malam-malam bisa berbuah sebanyak ini.',
      },
    ],
  },
  {
    category: 'kesejahteraan',
    title: 'Selalu capek walaupun tidur sudah cukup, apakah ini tanda burnout?',
    body: `Sudah sekitar tiga bulan saya merasa capek terus. Tidur 7 jam, akhir pekan istirahat, tapi Senin pagi rasanya berat sekali berangkat. Di kantor saya jadi lambat, sering lupa, dan mulai masa bodoh dengan pekerjaan yang dulu saya sukai.

Saya tidak sedang lembur berlebihan. Apakah ini burnout, atau saya hanya malas? Saya malu mau cerita ke rekan kantor.`,
    tags: ['burnout', 'kelelahan', 'kesehatan-mental'],
    author: 18,
    anonymous: true,
    daysAgo: 10,
    replies: [
      {
        author: 2,
        body: `Dari yang Anda ceritakan, ini tidak terdengar seperti malas. Orang yang malas biasanya tidak merasa terganggu dan tidak bertanya seperti ini.

Burnout biasanya ditandai tiga hal: **kelelahan** yang tidak hilang dengan istirahat, **menjauh secara perasaan** dari pekerjaan (masa bodoh, sinis), dan **merasa tidak efektif**. Beberapa yang Anda sebutkan cocok dengan itu. Tapi burnout tidak selalu soal jam kerja; bisa juga karena pekerjaan yang terasa tidak bermakna, kurang kendali, atau konflik nilai.

Saran saya dua hal: periksakan kesehatan fisik dulu, karena capek berkepanjangan bisa juga karena kurang darah, tiroid, atau gangguan tidur. Lalu kalau memungkinkan, bicarakan dengan psikolog agar bisa dipetakan bersama.`,
      },
      {
        author: 18,
        anonymous: true,
        body: 'Terima kasih. "Orang malas tidak bertanya seperti ini" itu membuat saya lega. Saya tidak pernah terpikir periksa darah.',
        replyTo: 0,
      },
      {
        author: 30,
        body: 'Setuju untuk cek lab dasar. Di puskesmas tempat saya, banyak pegawai muda yang mengeluh capek terus ternyata hemoglobinnya rendah. Murah dan cepat, tidak ada ruginya.',
        replyTo: 0,
      },
      {
        author: 14,
        anonymous: true,
        body: `Saya mengalami hal yang sama tahun lalu. Ternyata pemicunya bukan beban kerja, tapi saya merasa pekerjaan saya tidak ada gunanya: laporan dibuat, tidak pernah dibaca.

Yang membantu saya adalah mencari satu bagian kecil dari pekerjaan yang berdampak langsung, dalam kasus saya melayani warga di loket. Perlahan rasa "untuk apa" itu berkurang.`,
      },
      {
        author: 18,
        anonymous: true,
        body: 'Bagian "laporan tidak pernah dibaca" itu persis yang saya rasakan. Mungkin memang di situ masalahnya.',
        replyTo: 3,
      },
      {
        author: 9,
        anonymous: true,
        body: 'Tidak perlu malu, Pak/Bu. Saya dulu juga malu, tapi setelah cerita ke satu rekan yang saya percaya, ternyata dia juga merasakan hal serupa. Kadang kita hanya perlu tahu bahwa kita tidak aneh.',
      },
      {
        author: 18,
        anonymous: true,
        body: 'Update: hasil lab saya normal, jadi minggu depan saya sudah buat janji dengan psikolog di puskesmas. Terima kasih atas semua dorongannya.',
      },
    ],
  },
  {
    category: 'kesejahteraan',
    title: 'Keluarga besar menganggap PNS pasti kaya dan setiap bulan meminta bantuan. Bagaimana cara menolak?',
    body: `Saya anak pertama dari lima bersaudara dan satu-satunya yang PNS. Di mata keluarga besar, PNS itu pasti mapan. Setiap bulan ada saja permintaan: biaya sekolah keponakan, cicilan motor adik, sumbangan hajatan kerabat, sampai pinjaman yang tidak pernah dikembalikan.

Padahal kenyataannya gaji saya golongan III/b, sebagian sudah terpotong cicilan rumah, dan saya punya dua anak. Istri mulai mengeluh karena tabungan kami tidak pernah bertambah. Beberapa kali kami bertengkar gara-gara ini.

Yang paling berat: setiap kali saya mencoba menolak, ibu saya bilang, "Dulu kamu sekolah juga dibantu keluarga, sekarang giliranmu." Saya jadi merasa bersalah dan akhirnya memberi lagi.

Saya sayang keluarga dan ingin membantu, tapi saya juga mulai merasa sesak dan marah, lalu merasa berdosa karena marah. Bagaimana Bapak/Ibu yang pernah di posisi seperti ini membuat batas tanpa memutus hubungan?`,
    tags: ['keluarga', 'keuangan', 'batasan', 'generasi-sandwich'],
    author: 29,
    anonymous: true,
    daysAgo: 44,
    replies: [
      {
        author: 2,
        body: `Dari tulisan Bapak/Ibu terasa sekali dua hal yang sama kuatnya: rasa sayang dan keinginan membalas budi, serta rasa sesak karena kebutuhan keluarga inti sendiri terabaikan. Keduanya sah. Marah dalam situasi ini bukan dosa; itu sinyal bahwa ada batas yang terlewati.

Membuat batas bukan berarti berhenti berbakti. Bakti bisa diwujudkan dengan cara yang berkelanjutan, bukan dengan menguras diri sampai tidak ada yang tersisa untuk istri dan anak.`,
      },
      {
        author: 6,
        body: `Dari sisi keuangan, yang sering berhasil adalah mengubah bantuan dari "sesuai permintaan" menjadi **anggaran tetap**:

1. Sepakati dengan istri angka bantuan keluarga per bulan, misalnya 10% dari penghasilan bersih.
2. Pisahkan di rekening tersendiri.
3. Kalau ada permintaan, jawabannya bukan "tidak", tapi "bulan ini dana untuk keluarga tinggal sekian".
4. **Pinjaman** diperlakukan sebagai pemberian: hanya berikan yang Anda rela tidak kembali.

Dengan begitu keputusan tidak lagi bergantung pada rasa bersalah saat ditelepon.`,
      },
      {
        author: 29,
        anonymous: true,
        body: 'Ide rekening terpisah itu masuk akal, Pak. Jadi saya tidak perlu memutuskan ulang setiap kali ada yang meminta.',
        replyTo: 1,
      },
      {
        author: 23,
        anonymous: true,
        body: `Saya generasi sandwich juga. Yang paling membantu saya adalah **bicara ke ibu secara pribadi**, bukan di depan keluarga besar. Saya tunjukkan slip gaji dan potongan cicilan. Ibu saya kaget, ternyata beliau kira gaji PNS itu dua kali lipat dari kenyataannya.

Sejak itu beliau sendiri yang menyaring permintaan dari kerabat.`,
      },
      {
        author: 15,
        body: `Saya agak berbeda pandangan, mohon maaf. Dalam budaya kita, membantu keluarga itu kewajiban dan bisa jadi jalan rezeki. Saya khawatir kalau terlalu dihitung-hitung, hubungan keluarga jadi renggang.

Mungkin bukan batasnya yang perlu, tapi niatnya yang diluruskan.`,
      },
      {
        author: 2,
        body: `Terima kasih, Pak Gajah, nilai kekeluargaan itu memang penting dan banyak dari kita tumbuh dengan itu.

Hanya saja, dari cerita Bapak/Ibu penulis, niatnya sudah baik, justru karena itu mereka terus memberi. Yang bermasalah adalah ketika memberi mulai mengorbankan keluarga inti dan memicu pertengkaran di rumah. Batas yang jelas seringkali justru menjaga hubungan keluarga tetap hangat dalam jangka panjang, karena memberi dilakukan dengan rela, bukan dengan dongkol.`,
        replyTo: 4,
      },
      {
        author: 15,
        body: 'Iya, masuk akal juga, Bu/Pak. Memberi dengan dongkol memang tidak baik untuk semua pihak.',
        replyTo: 5,
      },
      {
        author: 29,
        anonymous: true,
        body: 'Terima kasih semuanya. Akhir pekan ini saya dan istri akan duduk bersama menentukan angka "dana keluarga". Setelah itu baru saya bicara ke ibu, pelan-pelan dan secara pribadi.',
      },
    ],
  },
  {
    category: 'kesejahteraan',
    title: 'Baru kembali dari cuti melahirkan, bagaimana membagi fokus antara pekerjaan dan bayi?',
    body: 'Minggu ini saya kembali bekerja setelah cuti melahirkan 3 bulan. Bayi dititipkan ke ibu saya. Di kantor saya tidak bisa fokus, pikiran ke rumah terus, dan harus memerah ASI di gudang karena tidak ada ruangan. Ada yang bisa berbagi cara melewati bulan-bulan pertama ini?',
    tags: ['ibu-bekerja', 'asi', 'cuti-melahirkan'],
    author: 13,
    daysAgo: 58,
    replies: [
      {
        author: 20,
        body: 'Peluk, Bu. Bulan pertama kembali kerja memang paling berat. Saya dulu menaruh foto bayi di meja dan menjadwalkan video call singkat saat istirahat siang. Perlahan pikiran jadi lebih tenang karena tahu kondisinya.',
      },
      {
        author: 3,
        body: `Soal ruang memerah ASI, Ibu punya dasar untuk meminta. **PP 33/2012** tentang Pemberian ASI Eksklusif mewajibkan penyelenggara tempat kerja menyediakan **fasilitas khusus untuk menyusui dan/atau memerah ASI** sesuai kemampuan, serta memberi kesempatan kepada ibu bekerja untuk memerah ASI selama waktu kerja.

Sampaikan ke bagian umum atau kepegawaian secara tertulis. Ruangan sederhana yang bersih, tertutup, dengan kursi dan stop kontak sudah sangat membantu.`,
      },
      {
        author: 13,
        body: 'Terima kasih Pak Kancil, saya tidak tahu ada aturannya. Selama ini saya sungkan meminta karena merasa merepotkan.',
        replyTo: 1,
      },
      {
        author: 27,
        anonymous: true,
        body: 'Di kantor kami ruang laktasi baru ada setelah tiga ibu mengajukan bersama-sama. Kalau ada rekan lain yang senasib, ajak mengajukan bareng, Bu. Suara bersama lebih didengar.',
        replyTo: 2,
      },
      {
        author: 2,
        body: 'Pikiran yang terus ke rumah itu bagian alami dari ikatan ibu dan bayi, bukan tanda Ibu tidak profesional. Beri diri sendiri waktu beradaptasi, mungkin beberapa minggu sampai beberapa bulan. Dan jangan lupa beristirahat juga, karena Ibu sekarang bekerja di dua tempat sekaligus.',
      },
      {
        author: 13,
        body: 'Update: bagian umum menyiapkan satu ruangan kecil bekas arsip untuk ruang laktasi. Sederhana, tapi bersih dan ada kuncinya. Terima kasih semuanya.',
      },
    ],
  },
  {
    category: 'kesejahteraan',
    title: 'Grup WhatsApp kantor aktif sampai jam 11 malam, apakah semua pesan wajib dibalas?',
    body: `Grup WhatsApp kantor kami berisi sekitar 60 orang, dan aktif dari subuh sampai hampir tengah malam. Isinya campur: instruksi pimpinan, info rapat, ucapan selamat, sampai kiriman video lucu.

Saya jadi tidak bisa lepas dari ponsel di rumah karena takut ketinggalan instruksi. Kalau saya bisukan grupnya, saya khawatir dianggap tidak responsif. Bagaimana Bapak/Ibu mengelola ini?`,
    tags: ['grup-whatsapp', 'batasan-kerja', 'keseimbangan-hidup'],
    author: 24,
    daysAgo: 19,
    replies: [
      {
        author: 11,
        anonymous: true,
        body: 'Relate sekali. Di kantor saya pernah ada instruksi jam 22.30 untuk rapat jam 07.30 besoknya. Yang tidak membaca dianggap salah.',
      },
      {
        author: 7,
        body: `Indonesia belum punya aturan khusus tentang hak untuk tidak dihubungi di luar jam kerja. Tetapi jam kerja ASN ditetapkan dalam Perpres 21/2023, dan perintah kedinasan di luar jam kerja semestinya untuk hal yang benar-benar mendesak.

Secara praktis, yang paling efektif adalah **kesepakatan tertulis di unit**, misalnya: instruksi penting hanya lewat grup khusus pengumuman, dan di luar jam kerja hanya untuk keadaan darurat. Ini bisa diusulkan ke pimpinan unit sebagai tata kelola komunikasi, bukan sebagai keluhan pribadi.`,
      },
      {
        author: 24,
        body: 'Ide grup khusus pengumuman itu bagus, Pak. Jadi grup yang ramai bisa dibisukan tanpa takut ketinggalan instruksi.',
        replyTo: 1,
      },
      {
        author: 26,
        body: 'Kami sudah menerapkan itu: satu grup "Info Resmi" yang hanya admin dan pimpinan bisa mengirim, satu grup bebas untuk obrolan. Hasilnya notifikasi penting selalu terbaca, dan grup ramai bisa dibisukan.',
        replyTo: 2,
      },
      {
        author: 22,
        body: `Izin berbeda pendapat sedikit. Di unit pelayanan seperti kami (penanganan bencana), pesan malam kadang memang darurat. Kalau aturannya terlalu kaku, bisa berbahaya.

Jadi menurut saya bukan melarang pesan malam, tapi membedakan mana yang darurat dan mana yang bisa menunggu.`,
      },
      {
        author: 7,
        body: 'Setuju, Pak. Unit dengan fungsi kedaruratan memang perlu pengaturan berbeda, misalnya jadwal piket siaga. Intinya sama: jelas siapa yang harus siaga dan kapan, supaya tidak semua orang siaga sepanjang waktu.',
        replyTo: 4,
      },
      {
        author: 2,
        body: 'Merasa harus terus memeriksa ponsel karena takut ketinggalan itu melelahkan secara mental, walau tidak terlihat sebagai "kerja". Mencoba satu jam tanpa ponsel sebelum tidur bisa jadi langkah awal yang kecil, sambil menunggu kesepakatan di kantor terbentuk.',
      },
      {
        author: 5,
        anonymous: true,
        body: 'Saya pakai fitur jadwal "jangan ganggu" mulai jam 21.00, dengan pengecualian nomor atasan langsung. Jadi kalau benar-benar darurat tetap masuk.',
      },
      {
        author: 24,
        body: 'Terima kasih semuanya. Saya sudah usulkan grup "Info Resmi" di rapat bidang dan disetujui kepala bidang. Mulai bulan depan dicoba.',
      },
    ],
  },
  {
    category: 'kesejahteraan',
    title: 'Ingin berhenti menjadi PNS tetapi orang tua melarang keras, bagaimana menghadapinya?',
    body: `Saya PNS 6 tahun. Sejak dua tahun lalu saya merasa pekerjaan ini tidak cocok dengan saya. Saya punya tawaran kerja di bidang yang saya sukai, penghasilannya kurang lebih sama.

Orang tua saya marah besar ketika saya menyinggung soal berhenti. Bagi mereka PNS adalah kebanggaan keluarga dan jaminan hari tua. Saya merasa terjebak antara ingin berbakti dan ingin menjalani hidup sendiri.`,
    tags: ['resign', 'keluarga', 'karier'],
    author: 9,
    anonymous: true,
    daysAgo: 72,
    replies: [
      {
        author: 2,
        body: `Terjebak di antara keinginan berbakti dan keinginan menentukan jalan hidup sendiri itu berat, apalagi ketika keduanya sama-sama lahir dari rasa sayang.

Mungkin membantu untuk memisahkan dua pertanyaan: **apa yang sebenarnya saya inginkan**, dan **bagaimana cara menyampaikannya ke orang tua**. Sering kali yang ditakutkan orang tua bukan pilihan kita, melainkan ketidakpastian yang mereka bayangkan. Menunjukkan rencana yang matang kadang meredakan ketakutan itu.`,
      },
      {
        author: 3,
        body: `Supaya keputusan Anda berdasarkan informasi lengkap, beberapa hal teknis:

- Berhenti atas permintaan sendiri diajukan **tertulis kepada PPK**. Permohonan dapat **ditunda paling lama 1 tahun** jika ada kepentingan dinas mendesak.
- Periksa apakah Anda masih punya **ikatan dinas** (misalnya bekas tugas belajar) yang mewajibkan pengembalian biaya.
- Dengan masa kerja 6 tahun, Anda belum memenuhi syarat hak pensiun, tetapi hak tabungan hari tua dan nilai tunai iuran pensiun di Taspen tetap dibayarkan sesuai ketentuan.
- Ada jalan tengah yang jarang diketahui: **cuti di luar tanggungan negara (CLTN)**, bagi PNS dengan masa kerja paling singkat 5 tahun, paling lama 3 tahun, untuk alasan pribadi yang mendesak. Selama CLTN tidak menerima penghasilan dan masa kerjanya tidak dihitung, dan persetujuannya bergantung pada kebijakan instansi.`,
      },
      {
        author: 9,
        anonymous: true,
        body: 'CLTN itu baru saya dengar. Mungkin bisa jadi jalan tengah untuk mencoba dulu tanpa langsung melepas status PNS. Orang tua mungkin lebih bisa menerima.',
        replyTo: 1,
      },
      {
        author: 3,
        body: 'Bisa jadi, tetapi perhatikan syaratnya: alasannya harus pribadi dan mendesak, dan tidak semua instansi mudah menyetujui. Pelajari dulu ketentuannya dengan bagian kepegawaian sebelum menjadikannya rencana utama.',
        replyTo: 2,
      },
      {
        author: 17,
        anonymous: true,
        body: 'Saya keluar dari PNS 4 tahun lalu. Orang tua saya tidak bicara dengan saya selama 3 bulan. Sekarang mereka justru bangga melihat saya lebih bahagia. Tapi saya setuju, siapkan dulu rencana keuangan minimal satu tahun.',
      },
      {
        author: 9,
        anonymous: true,
        body: 'Terima kasih semuanya. Saya belum memutuskan, tapi sekarang saya punya beberapa pilihan yang bisa saya diskusikan dengan orang tua, bukan hanya "berhenti atau tidak".',
      },
    ],
  },
  {
    category: 'kesejahteraan',
    title: 'Ada yang pernah konsultasi ke psikolog menggunakan BPJS? Bagaimana prosesnya?',
    body: 'Saya ingin konsultasi ke psikolog karena beberapa bulan ini cemas berlebihan soal pekerjaan. Apakah bisa dengan BPJS Kesehatan? Dan apakah ada kemungkinan kantor tahu? Saya takut memengaruhi penilaian atau karier.',
    tags: ['psikolog', 'bpjs', 'kesehatan-mental'],
    author: 14,
    anonymous: true,
    daysAgo: 36,
    replies: [
      {
        author: 30,
        body: `Bisa, Pak/Bu. Alurnya:
1. Datang ke **faskes tingkat pertama** (puskesmas/klinik) tempat Anda terdaftar di BPJS.
2. Sampaikan keluhan ke dokter. Banyak puskesmas sekarang punya **psikolog**, jadi bisa langsung ditangani di sana.
3. Kalau perlu penanganan lanjutan, dokter akan membuat **rujukan** ke rumah sakit, biasanya ke poli psikiatri atau psikolog klinis di RS.`,
      },
      {
        author: 2,
        body: `Soal kerahasiaan: rekam medis dan isi konseling bersifat **rahasia**, tidak dilaporkan ke kantor. Kantor hanya akan tahu kalau Anda sendiri mengajukan surat sakit atau izin yang menyebutkan alasannya.

Dan keputusan mencari bantuan ketika cemas mulai mengganggu itu langkah yang bertanggung jawab, sama seperti memeriksakan keluhan fisik.`,
      },
      {
        author: 14,
        anonymous: true,
        body: 'Terima kasih, saya jadi lebih berani. Kalau harus izin setengah hari untuk ke puskesmas, apa yang sebaiknya saya tulis?',
        replyTo: 1,
      },
      {
        author: 2,
        body: 'Cukup tulis "berobat ke puskesmas" atau "pemeriksaan kesehatan". Anda tidak wajib menjelaskan jenis pemeriksaannya.',
        replyTo: 2,
      },
      {
        author: 21,
        anonymous: true,
        body: 'Saya sudah 6 sesi dengan psikolog di puskesmas lewat BPJS, gratis. Tidak ada satu pun orang kantor yang tahu sampai sekarang saya ceritakan sendiri di sini. Semangat, Pak/Bu.',
      },
    ],
  },
  {
    category: 'kesejahteraan',
    title: 'Menjalani LDM karena penempatan kerja, bagaimana kalian bertahan bertahun-tahun?',
    body: 'Saya ditempatkan di kabupaten yang berjarak satu penerbangan dari istri dan anak. Sudah dua tahun pulang sebulan sekali. Usulan mutasi belum ada kabar. Makin lama makin terasa sepi dan rasa bersalah karena tidak ada di rumah. Bagaimana Bapak/Ibu yang LDM bertahan?',
    tags: ['ldm', 'keluarga', 'penempatan'],
    author: 31,
    daysAgo: 92,
    replies: [
      {
        author: 17,
        anonymous: true,
        body: 'Saya LDM 5 tahun sebelum mutasi disetujui. Yang menolong kami: jadwal video call tetap setiap malam jam 8, walau cuma 10 menit, dan anak-anak tahu kapan ayahnya "hadir". Konsistensi lebih penting dari durasi.',
      },
      {
        author: 2,
        body: `Rasa sepi dan rasa bersalah yang Bapak ceritakan itu dua beban yang sering datang bersamaan pada pasangan LDM. Keduanya wajar.

Selain menjaga hubungan dengan keluarga, coba juga bangun sedikit kehidupan sosial di tempat tugas: komunitas olahraga, kajian, atau sekadar makan malam rutin dengan rekan. Bertahan lama akan lebih ringan kalau Bapak tidak sendirian di sana.`,
      },
      {
        author: 31,
        body: 'Benar, Bu/Pak. Di sini saya hampir tidak punya kegiatan selain kantor dan kos. Mungkin itu yang membuat terasa makin berat.',
        replyTo: 1,
      },
      {
        author: 10,
        body: 'Dari sisi istri yang pernah ditinggal LDM: yang paling saya hargai dari suami adalah ketika dia tetap terlibat di keputusan kecil rumah tangga, bukan hanya mengirim uang. Itu membuat saya merasa tetap punya partner.',
      },
      {
        author: 31,
        body: 'Terima kasih Bu Kutilang, itu masukan yang sangat berarti. Saya akan lebih sering melibatkan diri, bukan hanya bertanya "anak-anak sehat?".',
        replyTo: 3,
      },
    ],
  },
]

// ---------------------------------------------------------------------------
// Hubungan Kerja & Konflik
// ---------------------------------------------------------------------------
const HUBUNGAN_KERJA: SeedThread[] = [
  {
    category: 'hubungan-kerja',
    title: 'Atasan sering memarahi saya di depan rekan-rekan saat rapat, bagaimana menyikapinya?',
    body: `Sudah hampir setahun kepala bidang kami yang baru sering marah di depan umum. Bukan hanya ke saya, tapi saya yang paling sering kena. Kalimatnya kadang menyakitkan, misalnya "Begini saja tidak bisa, kuliah di mana dulu?" di depan seluruh peserta rapat.

Saya sudah berusaha memperbaiki pekerjaan. Kesalahan yang dipersoalkan kadang memang ada, kadang hanya soal format yang tidak pernah dijelaskan sebelumnya. Tapi cara menyampaikannya membuat saya malu dan gemetar setiap kali masuk ruang rapat.

Akhir-akhir ini saya sulit tidur di malam sebelum rapat, dan mulai berpikir untuk minta pindah unit. Tapi saya juga merasa kalau pindah, seolah saya kalah dan masalahnya tidak selesai untuk rekan lain.

Beberapa pertanyaan:
1. Apakah perlakuan seperti ini bisa dilaporkan, dan ke mana?
2. Bagaimana cara bicara dengan atasan tanpa memperburuk keadaan?
3. Bagaimana menjaga diri supaya tidak terus-terusan gemetar dan cemas?

Terima kasih sudah membaca. Saya menulis anonim karena takut dikenali.`,
    tags: ['atasan', 'perundungan', 'komunikasi', 'kecemasan'],
    author: 22,
    anonymous: true,
    daysAgo: 7,
    replies: [
      {
        author: 2,
        body: `Terima kasih sudah berani menuliskannya. Dipermalukan di depan umum berulang kali itu melukai, dan reaksi gemetar serta sulit tidur yang Anda rasakan adalah respons yang wajar terhadap situasi yang menekan, bukan tanda Anda lemah.

Untuk pertanyaan nomor 3, beberapa hal kecil yang sering membantu sebelum rapat: tarik napas perlahan beberapa kali (hembuskan lebih panjang dari menarik), siapkan catatan poin yang ingin disampaikan, dan duduk di dekat rekan yang Anda rasa aman. Setelah rapat, beri diri waktu sebentar untuk menenangkan diri sebelum kembali bekerja.

Dan Anda tidak perlu menanggung ini sendirian. Cerita ke satu orang yang dipercaya bisa sangat meringankan.`,
      },
      {
        author: 7,
        body: `Untuk nomor 1: ASN terikat **kode etik**, salah satunya menghormati sesama dan menjaga martabat. Atasan juga wajib memberi **pembinaan** yang patut, bukan merendahkan. Perlakuan merendahkan secara berulang dapat dilaporkan.

Urutan yang disarankan:
1. **Dokumentasikan**: tanggal, tempat, kalimat yang diucapkan, siapa saja yang hadir.
2. Jika memungkinkan, sampaikan langsung ke atasan secara pribadi (lihat saran rekan-rekan di bawah).
3. Jika tidak berubah, laporkan ke **atasan dari atasan Anda** atau ke pejabat yang membidangi kepegawaian. Beberapa instansi juga punya saluran pengaduan/whistleblowing atau Inspektorat.

Catatan yang rapi membuat laporan Anda dinilai sebagai fakta, bukan sekadar perasaan.`,
      },
      {
        author: 22,
        anonymous: true,
        body: 'Terima kasih, Bu/Pak Merpati dan Pak Anoa. Saya mulai hari ini menulis catatan. Ternyata setelah saya ingat-ingat, kejadiannya sudah lebih dari sepuluh kali.',
      },
      {
        author: 28,
        body: 'Menurut saya tahan saja dulu, Pak/Bu. Atasan memang ada yang bertipe keras, tapi biasanya tidak bermaksud buruk. Kalau dilaporkan, nanti malah hubungan jadi lebih buruk dan Anda yang dicap bermasalah.',
      },
      {
        author: 16,
        body: `Saya paham maksud Pak Musang soal menjaga hubungan. Tapi "tipe keras" itu berbeda dengan merendahkan, misalnya menanyakan asal kampus di depan umum. Yang pertama soal standar kerja, yang kedua menyerang pribadi.

Kalau sudah lebih dari sepuluh kali dan membuat orang sulit tidur, menahan terus juga ada harganya, dan yang membayar adalah kesehatan penulis.`,
        replyTo: 3,
      },
      {
        author: 12,
        body: `Sebagai atasan, izin memberi saran cara bicara. Minta waktu empat mata, lalu fokus pada **pekerjaan** dan **cara**, misalnya:

"Pak/Bu, saya ingin hasil kerja saya sesuai harapan. Apakah bisa format yang diharapkan dijelaskan di awal? Dan kalau ada kesalahan, saya akan lebih mudah memperbaikinya kalau disampaikan langsung ke saya, bukan di forum rapat."

Banyak atasan tidak sadar dampak ucapannya sampai ada yang menyampaikan dengan tenang.`,
      },
      {
        author: 22,
        anonymous: true,
        body: 'Kalimat contoh dari Pak Beruang sangat membantu. Saya akan coba, walau deg-degan. Kalau tidak berhasil, baru saya pertimbangkan melapor dengan catatan yang sudah saya kumpulkan.',
        replyTo: 5,
      },
      {
        author: 13,
        anonymous: true,
        body: 'Saya pernah di situasi yang sama dan akhirnya minta pindah unit. Jujur, saya tidak merasa kalah. Saya merasa menyelamatkan diri. Kadang itu pilihan yang sah, Pak/Bu.',
      },
      {
        author: 22,
        anonymous: true,
        body: 'Update: saya sudah bicara empat mata. Beliau agak kaget, lalu bilang tidak bermaksud mempermalukan. Dua rapat terakhir koreksinya disampaikan lewat pesan pribadi. Belum tahu apakah akan bertahan, tapi setidaknya ada perubahan. Terima kasih semuanya.',
      },
    ],
  },
  {
    category: 'hubungan-kerja',
    title: 'Hasil kajian saya dipresentasikan atasan tanpa menyebut nama saya, apa yang sebaiknya saya lakukan?',
    body: 'Saya menyusun kajian selama dua bulan. Minggu lalu atasan mempresentasikannya di depan pimpinan daerah, dan di slide sama sekali tidak ada nama tim. Saat pimpinan memuji, atasan hanya bilang "terima kasih". Saya kecewa tapi tidak tahu apakah pantas mempersoalkan hal ini.',
    tags: ['pengakuan', 'atasan', 'kinerja'],
    author: 10,
    anonymous: true,
    daysAgo: 31,
    replies: [
      {
        author: 2,
        body: 'Kecewa karena kerja keras tidak diakui itu sangat wajar. Pengakuan bukan soal gengsi; itu bagian dari kebutuhan dasar untuk merasa berarti di tempat kerja. Jadi pertanyaan "pantaskah saya mempersoalkan" jawabannya: perasaan Anda pantas didengar.',
      },
      {
        author: 3,
        body: `Dari sisi administrasi kinerja, pastikan kajian itu **tercatat di SKP Anda** sebagai hasil kerja, lengkap dengan bukti (draf, surat penugasan, notulen). Itu yang akan dipakai dalam penilaian kinerja dan, bagi JF, konversi angka kredit.

Untuk ke depan, biasakan mencantumkan nama penyusun di halaman awal dokumen. Ini praktik lazim dan tidak bisa dianggap menonjolkan diri.`,
      },
      {
        author: 10,
        anonymous: true,
        body: 'Kajiannya memang ada di SKP saya sebagai RHK. Jadi secara penilaian aman. Yang sakit hanya perasaan, hehe.',
        replyTo: 1,
      },
      {
        author: 20,
        body: 'Coba sampaikan secara ringan ke atasan, misalnya: "Pak, senang kajiannya diapresiasi. Kalau nanti ada tindak lanjut, saya siap menjelaskan detailnya ke pimpinan." Ini memberi sinyal tanpa menuduh.',
      },
      {
        author: 31,
        anonymous: true,
        body: 'Saya pernah mengalami persis, dan lama-lama saya sadar atasan saya memang tidak terbiasa menyebut nama tim, bukan bermaksud mengambil. Setelah saya sampaikan, presentasi berikutnya beliau menyebut nama kami satu per satu.',
      },
      {
        author: 10,
        anonymous: true,
        body: 'Terima kasih, saya coba kalimat dari Bu Merak. Semoga tanggapannya baik.',
        replyTo: 3,
      },
    ],
  },
  {
    category: 'hubungan-kerja',
    title: 'Rekan satu tim jarang bekerja tapi menerima TPP yang sama, bagaimana agar saya tidak terus kesal?',
    body: 'Di tim kami ada satu rekan yang sering menghilang di jam kerja dan pekerjaannya selalu jatuh ke saya. Tapi TPP kami sama karena kelas jabatan sama. Atasan tahu, tapi diam saja. Saya jadi kesal setiap hari, dan itu mulai memengaruhi semangat saya sendiri.',
    tags: ['tpp', 'rekan-kerja', 'keadilan'],
    author: 17,
    daysAgo: 49,
    replies: [
      {
        author: 6,
        body: `Secara konsep, TPP memang ditetapkan berdasarkan **kelas jabatan**, tapi pembayarannya seharusnya dipengaruhi **kinerja dan disiplin**. Kalau komponen kinerja di daerah Anda benar-benar diukur dari capaian di aplikasi kinerja, rekan yang tidak bekerja seharusnya menerima lebih kecil.

Jika kenyataannya sama, kemungkinan: capaiannya tetap terisi (mungkin dengan pekerjaan yang sebenarnya Anda kerjakan), atau penilaiannya tidak dibedakan oleh atasan. Keduanya perlu dibenahi lewat pencatatan kerja yang lebih jelas.`,
      },
      {
        author: 17,
        body: 'Nah, itu dia, Pak. Laporan yang saya kerjakan kadang juga dia laporkan di aplikasi. Saya tidak pernah protes.',
        replyTo: 0,
      },
      {
        author: 3,
        body: 'Itu yang perlu dihentikan terlebih dahulu. Minta atasan menetapkan **pembagian tugas tertulis** per orang di awal bulan, dan laporkan pekerjaan Anda sendiri dengan bukti. Kalau pekerjaan jatuh ke Anda, minta disposisi resmi, sehingga tercatat sebagai hasil kerja Anda.',
        replyTo: 1,
      },
      {
        author: 28,
        body: 'Saya pernah di posisi rekan yang "menghilang" itu, jujur. Ternyata saya sedang mengurus orang tua yang sakit dan malu bercerita. Mungkin ada baiknya ditanyakan dulu dengan baik, Pak. Tidak selalu karena malas.',
      },
      {
        author: 17,
        body: 'Terima kasih Pak Musang, itu sudut pandang yang tidak terpikir. Saya akan coba mengajak dia bicara dulu sebelum ke atasan.',
        replyTo: 3,
      },
      {
        author: 2,
        body: 'Rasa kesal yang muncul setiap hari itu melelahkan, dan sering kali lebih menguras energi daripada pekerjaannya sendiri. Mengambil langkah konkret, seperti berbicara dan meminta pembagian tugas, biasanya membuat rasa kesal itu punya saluran, tidak lagi dipendam.',
      },
      {
        author: 17,
        body: 'Update: ternyata rekan saya sedang menjalani pengobatan rutin dan tidak enak bercerita. Kami sepakat dia mengambil tugas yang bisa dikerjakan fleksibel, dan pembagian tugas sekarang tertulis. Saya lega, dan jadi malu sendiri sudah berprasangka.',
      },
    ],
  },
  {
    category: 'hubungan-kerja',
    title: 'Baru dilantik menjadi atasan bagi staf yang lebih senior, ada tips agar diterima?',
    body: 'Saya baru dilantik sebagai pengawas di usia 34. Tiga dari lima staf saya jauh lebih senior, salah satunya dulu mentor saya. Saya merasa canggung memberi arahan. Bagaimana membangun hubungan kerja yang sehat dalam situasi ini?',
    tags: ['kepemimpinan', 'atasan-baru', 'senioritas'],
    author: 11,
    daysAgo: 83,
    replies: [
      {
        author: 12,
        body: `Pernah di posisi yang sama. Yang berhasil untuk saya:
- **Bicara satu per satu** di minggu pertama, tanyakan pengalaman dan saran mereka soal unit.
- **Akui keahlian mereka** secara terbuka, dan libatkan mereka dalam keputusan teknis.
- Tetap **jelas soal tanggung jawab**: Anda yang akan ditanya pimpinan, jadi keputusan akhir tetap di Anda.`,
      },
      {
        author: 25,
        body: 'Dari sisi senior: kami tidak keberatan dipimpin yang lebih muda, asalkan dihormati dan tidak digurui soal hal yang sudah kami kerjakan 20 tahun. Tanya saja pendapat kami, pasti kami bantu.',
      },
      {
        author: 11,
        body: 'Terima kasih Pak Sriti, ini yang ingin saya dengar dari sudut pandang senior. Termasuk mantan mentor saya, saya akan minta beliau jadi teman diskusi.',
        replyTo: 1,
      },
      {
        author: 7,
        body: 'Satu tambahan: dialog kinerja adalah momen yang baik untuk menyepakati peran masing-masing. Dengan staf senior, pendekatan "menyepakati ekspektasi" biasanya lebih diterima daripada "memberi target".',
      },
      {
        author: 16,
        body: 'Dan jangan lupa, tetap tegas kalau ada yang tidak sesuai aturan, meski senior. Hormat tidak sama dengan membiarkan. Staf lain juga melihat.',
      },
    ],
  },
  {
    category: 'hubungan-kerja',
    title: 'Diminta mengerjakan urusan pribadi atasan di jam kerja, bagaimana menolaknya dengan aman?',
    body: 'Atasan saya sering meminta saya mengurus keperluan pribadinya di jam kerja: membayar tagihan, mengantar anaknya les, mengurus dokumen kendaraan pribadi. Saya tidak enak menolak, tapi pekerjaan kantor saya jadi terbengkalai dan akhirnya saya yang ditegur. Apa yang harus saya lakukan?',
    tags: ['atasan', 'perintah-kedinasan', 'etika'],
    author: 27,
    anonymous: true,
    daysAgo: 15,
    replies: [
      {
        author: 7,
        body: `PNS wajib menaati **perintah kedinasan**, tetapi urusan pribadi atasan bukan perintah kedinasan. Memanfaatkan bawahan untuk kepentingan pribadi di jam kerja juga dapat dikategorikan penyalahgunaan wewenang, yang dilarang dalam PP 94/2021.

Cara menolak yang relatif aman:
1. Kaitkan dengan pekerjaan: "Mohon maaf Pak/Bu, saya sedang menyelesaikan X untuk tenggat hari ini."
2. Jika diminta berulang, sampaikan secara pribadi bahwa Anda khawatir pekerjaan kantor terbengkalai.
3. Catat permintaan yang terjadi (tanggal, jenis), untuk berjaga-jaga.`,
      },
      {
        author: 27,
        anonymous: true,
        body: 'Terima kasih Pak. Saya tidak tahu bahwa ini bisa masuk penyalahgunaan wewenang. Selama ini saya kira bagian dari "loyalitas".',
        replyTo: 0,
      },
      {
        author: 16,
        anonymous: true,
        body: 'Loyalitas itu kepada tugas dan organisasi, bukan kepada keperluan pribadi atasan. Saya dulu juga sering disuruh, dan baru berhenti setelah saya konsisten menjawab dengan alasan pekerjaan.',
        replyTo: 1,
      },
      {
        author: 30,
        anonymous: true,
        body: 'Masalahnya kalau menolak, kadang penilaian perilaku kerja jadi taruhan. Itu yang membuat banyak orang takut. Semoga atasan Bapak/Ibu tidak begitu.',
      },
      {
        author: 7,
        body: 'Kekhawatiran itu nyata. Itulah gunanya catatan: kalau penilaian tiba-tiba turun tanpa dasar kinerja yang jelas, Anda punya bahan untuk dialog atau keberatan atas hasil penilaian.',
        replyTo: 3,
      },
      {
        author: 27,
        anonymous: true,
        body: 'Sudah dua minggu saya mencoba menolak dengan alasan pekerjaan. Permintaannya berkurang jauh. Terima kasih atas keberaniannya.',
      },
    ],
  },
  {
    category: 'hubungan-kerja',
    title: 'Sering berselisih dengan rekan muda soal aplikasi dan cara kerja digital, bagaimana menjembatani?',
    body: 'Saya 55 tahun, sudah 30 tahun bekerja. Sekarang hampir semua pekerjaan lewat aplikasi. Rekan-rekan muda cepat sekali, tapi kalau saya bertanya, jawabannya sering ketus atau langsung diambil alih. Saya merasa tidak berguna, padahal pengalaman saya banyak. Bagaimana menjembatani perbedaan ini?',
    tags: ['antargenerasi', 'digitalisasi', 'rekan-kerja'],
    author: 23,
    daysAgo: 98,
    replies: [
      {
        author: 5,
        body: `Dari sisi yang muda, izin jujur, Pak: kadang kami ketus bukan karena meremehkan, tapi karena sedang dikejar tenggat dan menjelaskan terasa lebih lama daripada mengerjakan sendiri. Itu salah kami juga.

Mungkin bisa disepakati waktu khusus, misalnya 30 menit setiap Jumat, untuk belajar aplikasi bersama. Kami juga banyak belajar dari Bapak soal aturan dan sejarah kebijakan yang tidak ada di aplikasi.`,
      },
      {
        author: 23,
        body: 'Masuk akal, Bu. Saya juga sering bertanya di saat yang tidak tepat. Ide waktu khusus itu akan saya usulkan.',
        replyTo: 0,
      },
      {
        author: 2,
        body: 'Perasaan tidak berguna setelah puluhan tahun berkontribusi itu menyakitkan. Padahal pengalaman panjang adalah sesuatu yang tidak bisa dipelajari dari aplikasi. Mungkin kuncinya pertukaran: Bapak belajar aplikasi, rekan muda belajar konteks. Keduanya sama-sama dibutuhkan.',
      },
      {
        author: 22,
        body: 'Di kantor kami ada program "mentor terbalik": pegawai muda mengajari aplikasi, pegawai senior mengajari penulisan nota dinas dan pemahaman aturan. Hasilnya suasana jadi jauh lebih cair.',
      },
    ],
  },
  {
    category: 'hubungan-kerja',
    title: 'Bagaimana menyampaikan keberatan soal beban kerja ke atasan tanpa terkesan mengeluh?',
    body: `Sejak dua rekan di bidang kami pensiun dan tidak ada pengganti, pekerjaan mereka dibagi ke saya dan satu rekan lain. Sudah empat bulan begini dan belum ada tanda-tanda akan ada pegawai baru.

Saya ingin menyampaikan ke atasan bahwa beban ini tidak bisa terus-menerus, tapi saya khawatir terdengar seperti mengeluh atau tidak mau bekerja. Bagaimana cara menyampaikannya supaya ditanggapi serius? Apakah perlu membawa data tertentu?`,
    tags: ['beban-kerja', 'komunikasi', 'atasan'],
    author: 30,
    daysAgo: 0,
    replies: [],
  },
]

// ---------------------------------------------------------------------------
// Informasi & Pengumuman (staff only)
// ---------------------------------------------------------------------------
const INFORMASI: SeedThread[] = [
  {
    category: 'informasi',
    title: 'Selamat datang di Teduh: panduan singkat sebelum mulai berdiskusi',
    body: `Selamat datang di **Teduh**, ruang berbagi dan saling menguatkan bagi sesama ASN.

Banyak dari kita menyimpan pertanyaan dan beban yang sulit disampaikan di kantor, dari soal pangkat dan cuti sampai hubungan dengan atasan dan kelelahan kerja. Di sini Anda bisa bertanya dan bercerita dengan nama samaran.

**Beberapa hal yang perlu diketahui:**
- Setiap anggota memakai **nama samaran**. Anda juga bisa memilih mengirim secara **anonim** untuk topik yang sensitif.
- Ada **pakar** kepegawaian yang membantu menjawab pertanyaan seputar aturan. Jawaban mereka ditandai khusus.
- **Moderator** menjaga agar diskusi tetap aman, sopan, dan tidak membuka identitas siapa pun.
- Pilih kategori yang paling sesuai agar pertanyaan Anda cepat ditemukan oleh yang bisa membantu.

**Cara mendapat jawaban yang baik:**
1. Tuliskan konteksnya: jenis jabatan, golongan, instansi pusat atau daerah, tanpa data pribadi.
2. Sebutkan apa yang sudah Anda coba atau tanyakan sebelumnya.
3. Kembali ke thread untuk memberi kabar akhir; itu sangat membantu anggota lain.

Jika Anda butuh bantuan lebih dari sekadar forum, Anda dapat **meminta konseling pribadi** dari halaman akun Anda. Percakapan dengan konselor bersifat rahasia dan tidak tampil di forum.

Jika Anda sedang dalam keadaan darurat atau merasa tidak aman, segera hubungi layanan darurat **112** atau fasilitas kesehatan terdekat. Forum ini bukan layanan darurat.

Selamat berdiskusi, dan semoga Teduh benar-benar menjadi tempat berteduh.`,
    tags: ['panduan', 'selamat-datang'],
    author: 0,
    daysAgo: 120,
    replies: [
      {
        author: 25,
        body: 'Terima kasih sudah membuat ruang seperti ini. Semoga bermanfaat untuk kita semua, terutama teman-teman muda yang baru masuk.',
      },
      {
        author: 4,
        body: 'Salam kenal semuanya. Senang ada tempat bertanya tanpa takut dinilai macam-macam.',
      },
    ],
  },
  {
    category: 'informasi',
    title: 'Aturan komunitas: jaga privasi dan jangan unggah NIP, SK, atau data pribadi',
    body: `Untuk melindungi semua anggota, mohon perhatikan aturan berikut:

1. **Jangan menuliskan atau mengunggah data pribadi**: NIP, NIK, nomor telepon, alamat, surel, foto SK, slip gaji, atau tangkapan layar yang memuat identitas. Tutup dulu bagian tersebut sebelum berbagi.
2. **Jangan menyebut nama** atasan, rekan, atau instansi secara spesifik ketika bercerita tentang konflik. Ceritakan situasinya, bukan orangnya.
3. **Hormati perbedaan pendapat.** Boleh tidak setuju, tapi sampaikan dengan santun.
4. **Tidak ada promosi**, jual beli, penawaran pinjaman, atau jasa "pengurusan" kepegawaian berbayar.
5. **Netral secara politik.** Jangan mengampanyekan calon atau partai apa pun.

Moderator dapat menyunting atau menyembunyikan konten yang melanggar, dan akan memberi tahu penulisnya. Jika Anda melihat konten yang mengkhawatirkan, gunakan tombol laporkan.`,
    tags: ['aturan-komunitas', 'privasi'],
    author: 1,
    daysAgo: 119,
    replies: [
      {
        author: 26,
        body: 'Poin nomor 4 penting sekali. Banyak penipuan mengatasnamakan "jasa percepatan kenaikan pangkat" dan "jasa mutasi". Semua layanan kepegawaian resmi tidak dipungut biaya.',
      },
    ],
  },
  {
    category: 'informasi',
    title: 'Pengingat: jawaban di forum bukan pengganti keputusan resmi instansi',
    body: `Terima kasih atas antusiasme Bapak/Ibu. Banyak pertanyaan yang sudah terjawab dengan baik oleh pakar dan sesama anggota.

Kami ingin mengingatkan bahwa jawaban di Teduh, termasuk dari pakar, bersifat **informasi dan pendapat**, bukan keputusan resmi. Ketentuan teknis seperti besaran TPP, potongan tunjangan, atau syarat mutasi sering berbeda antarinstansi dan bisa berubah.

Untuk keputusan yang berdampak pada hak Anda:
- minta **penegasan tertulis** dari bagian kepegawaian atau BKD/BKPSDM instansi Anda,
- rujuk peraturan terbaru yang berlaku,
- simpan bukti komunikasi resmi.

Kami juga mengundang Bapak/Ibu untuk memberi kabar di thread masing-masing setelah mendapat kepastian, supaya anggota lain bisa belajar dari pengalaman nyata.`,
    tags: ['pengumuman', 'penafian'],
    author: 1,
    daysAgo: 21,
    replies: [
      {
        author: 3,
        body: 'Setuju sepenuhnya. Saya selalu berusaha menyebut dasar aturannya, tapi praktik di instansi bisa berbeda. Penegasan tertulis adalah pegangan terbaik.',
      },
      {
        author: 14,
        body: 'Terima kasih pengingatnya. Saya pribadi jadi lebih percaya diri bertanya ke kepegawaian karena sudah tahu dasar aturannya dari sini.',
      },
      {
        author: 20,
        body: 'Kabar di akhir thread itu memang paling membantu. Saya sering mencari thread lama dan langsung melihat bagian paling bawah, hehe.',
      },
    ],
  },
]

export const SEED_THREADS: SeedThread[] = [
  ...INFORMASI,
  ...KENAIKAN_PANGKAT,
  ...MUTASI,
  ...CUTI,
  ...GAJI,
  ...SKP,
  ...DISIPLIN,
  ...KARIER,
  ...KESEJAHTERAAN,
  ...HUBUNGAN_KERJA,
]
