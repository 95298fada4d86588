/** The categories PRODUCT.md names, in display order. */
export const CATEGORIES = [
  { slug: 'kenaikan-pangkat', name_id: 'Kenaikan Pangkat & Jabatan', name_en: 'Promotion & Position', description_id: 'Syarat, angka kredit, uji kompetensi, dan jabatan fungsional.', description_en: 'Requirements, credit points, competency tests and functional positions.' },
  { slug: 'mutasi', name_id: 'Mutasi & Penempatan', name_en: 'Transfer & Placement', description_id: 'Pindah tugas, penempatan, dan alih instansi.', description_en: 'Transfers, placement and moving between agencies.' },
  { slug: 'cuti', name_id: 'Cuti & Izin', name_en: 'Leave & Permits', description_id: 'Cuti tahunan, sakit, melahirkan, besar, dan izin belajar.', description_en: 'Annual, sick, maternity and long leave; study permits.' },
  { slug: 'gaji', name_id: 'Gaji, Tunjangan & Pensiun', name_en: 'Salary, Allowances & Pension', description_id: 'Gaji pokok, tunjangan kinerja, TPP, dan persiapan pensiun.', description_en: 'Base pay, performance allowances and preparing for retirement.' },
  { slug: 'skp', name_id: 'Penilaian Kinerja (SKP)', name_en: 'Performance Appraisal (SKP)', description_id: 'Menyusun SKP, ekspektasi atasan, dan predikat kinerja.', description_en: 'Writing the SKP, supervisor expectations and ratings.' },
  { slug: 'disiplin', name_id: 'Disiplin & Etika', name_en: 'Discipline & Ethics', description_id: 'Aturan disiplin, kode etik, dan prosedur pemeriksaan.', description_en: 'Discipline rules, the code of ethics and hearings.' },
  { slug: 'karier', name_id: 'Karier & Kompetensi', name_en: 'Career & Competence', description_id: 'Pengembangan kompetensi, pelatihan, dan jalur karier.', description_en: 'Competence development, training and career paths.' },
  { slug: 'kesejahteraan', name_id: 'Kesejahteraan & Stres Kerja', name_en: 'Wellbeing & Work Stress', description_id: 'Stres, kelelahan kerja, dan keseimbangan hidup.', description_en: 'Stress, burnout and work-life balance.' },
  { slug: 'hubungan-kerja', name_id: 'Hubungan Kerja & Konflik', name_en: 'Work Relations & Conflict', description_id: 'Konflik dengan atasan atau rekan, dan komunikasi di kantor.', description_en: 'Conflict with a superior or colleagues, communication at work.' },
  { slug: 'informasi', name_id: 'Informasi & Pengumuman', name_en: 'Information & Announcements', description_id: 'Pengumuman resmi dari pengelola Teduh.', description_en: 'Official announcements from the Teduh team.', staff_only: true },
]
