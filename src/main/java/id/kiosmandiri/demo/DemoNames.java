package id.kiosmandiri.demo;

import java.util.List;

/** Name parts for generated members and employers. */
final class DemoNames {

    static final List<String> MALE_FIRST = List.of("Agus", "Bambang", "Budi", "Dedi", "Eko", "Fajar", "Hendra",
            "Imam", "Joko", "Kurniawan", "Made", "Muhammad", "Nugroho", "Putu", "Rizky", "Slamet", "Teguh",
            "Wahyu", "Yusuf", "Arif", "Bayu", "Dimas", "Gilang", "Hadi", "Irfan", "Rahmat", "Sutrisno", "Andi");
    static final List<String> FEMALE_FIRST = List.of("Ani", "Dewi", "Dian", "Fitri", "Indah", "Kartika", "Lestari",
            "Maya", "Nur", "Putri", "Ratna", "Sari", "Siti", "Sri", "Wulan", "Yuni", "Ayu", "Eka", "Rina",
            "Nining", "Rahmawati", "Intan", "Nadia", "Lina");
    static final List<String> FAMILY = List.of("Santoso", "Wijaya", "Saputra", "Hidayat", "Pratama", "Setiawan",
            "Kusuma", "Siregar", "Nasution", "Simanjuntak", "Hasibuan", "Sihombing", "Wibowo", "Susanto",
            "Purnomo", "Rahayu", "Permana", "Gunawan", "Lubis", "Harahap", "Tanjung", "Nugraha", "Halim",
            "Syahputra", "Ramadhan", "Firmansyah", "Utami", "Maharani", "Wulandari", "Anggraini");
    static final List<String> COMPANY_WORDS = List.of("Sinar", "Jaya", "Abadi", "Mandiri", "Sejahtera", "Makmur",
            "Nusantara", "Prima", "Karya", "Sentosa", "Bumi", "Indah", "Cahaya", "Maju", "Bersama", "Mitra",
            "Utama", "Lestari", "Perkasa", "Gemilang");
    static final List<String> COMPANY_TRADES = List.of("Tekstil", "Logistik", "Konstruksi", "Pangan", "Elektronik",
            "Retail", "Plastik", "Farmasi", "Garmen", "Otomotif", "Percetakan", "Perkebunan", "Digital", "Kimia");
    static final List<String> STREETS = List.of("Jl. Merdeka", "Jl. Sudirman", "Jl. Diponegoro", "Jl. Gatot Subroto",
            "Jl. Ahmad Yani", "Jl. Pemuda", "Jl. Veteran", "Jl. Kartini", "Jl. Pahlawan", "Jl. Cendana");
    static final List<String> CITIES = List.of("Jakarta Pusat", "Jakarta Timur", "Bekasi", "Depok", "Tangerang",
            "Bogor", "Bandung", "Cimahi", "Karawang", "Serang");

    private DemoNames() {
    }
}
